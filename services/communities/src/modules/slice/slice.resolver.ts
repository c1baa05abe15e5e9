import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { CommunitiesContext } from "../../context.js";
import { CAPS } from "../common/caps.js";
import { UiSlicePayload } from "../common/payloads.js";
import { toCommunity } from "../community/community.mapper.js";
import { Community } from "../community/community.type.js";
import {
  RegisterUiSliceInput,
  SetUiSliceEnabledArgs,
  SliceVersionArgs,
  UiSlicesArgs,
  UiSliceVersionsArgs,
} from "./slice.input.js";
import { UiSlice } from "./slice.type.js";

@Resolver(() => UiSlice)
export class UiSliceResolver {
  // One per slice: the shell and the four first-party slices, plus community teams' own.
  @Directive("@listSize(assumedSize: 10)")
  @Query(() => [UiSlice], {
    description: `The UI slices the shell loads: the active version of each, when enabled; at most ${CAPS.uiSlices}, by name.`,
  })
  async uiSlices(
    @Args(() => UiSlicesArgs) { communityId }: UiSlicesArgs,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<UiSlice[]> {
    return services.slices.activeEnabled(communityId);
  }

  @Directive("@listSize(assumedSize: 10)")
  @Query(() => [UiSlice], {
    description: `Every registered version of a slice, newest first: at most ${CAPS.uiSliceVersions}.`,
  })
  async uiSliceVersions(
    @Args(() => UiSliceVersionsArgs) { name }: UiSliceVersionsArgs,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<UiSlice[]> {
    return services.slices.versions(name);
  }

  @Authorized()
  @Mutation(() => UiSlicePayload, {
    description:
      "Registers a new version of a UI slice and activates it. Co-coordinators of its community or admins; platform-wide slices: admins. The manifest's origin must be allowlisted (https in production).",
  })
  async registerUiSlice(
    @Arg("input", () => RegisterUiSliceInput) input: RegisterUiSliceInput,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<UiSlicePayload> {
    return services.slices.register(principal, input);
  }

  @Authorized()
  @Mutation(() => UiSlicePayload, {
    description: "Re-activates a registered version (rollback); the others are deactivated.",
  })
  async activateUiSliceVersion(
    @Args(() => SliceVersionArgs) { name, version }: SliceVersionArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<UiSlicePayload> {
    return services.slices.activate(principal, name, version);
  }

  @Authorized()
  @Mutation(() => UiSlicePayload, { description: "Enables or disables a slice's active version." })
  async setUiSliceEnabled(
    @Args(() => SetUiSliceEnabledArgs) { name, enabled }: SetUiSliceEnabledArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<UiSlicePayload> {
    return services.slices.setEnabled(principal, name, enabled);
  }

  @FieldResolver(() => Community, { nullable: true, description: "Null: platform-wide." })
  async community(
    @Root() slice: UiSlice,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Community | null> {
    if (!slice.communityId) return null;
    const row = await loaders.community.load(slice.communityId);
    return row ? toCommunity(row) : null;
  }
}
