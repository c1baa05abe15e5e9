import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RepositoryContext } from "../../context.js";
import { Person, reference } from "../federated/federated.types.js";
import { toResource } from "../mappers.js";
import { SupportOfferPayload } from "../payloads.js";
import { IdArgs } from "../resource/resource.input.js";
import { Resource } from "../resource/resource.type.js";
import { OfferSupportArgs, WhoCanHelpArgs } from "./support.input.js";
import { Helper, SupportOffer } from "./support.type.js";

@Resolver(() => SupportOffer)
export class SupportOfferResolver {
  @Query(() => [Helper], {
    description:
      "Who can help: people with active offers on published resources about a topic or one resource (give exactly one), most offers first.",
  })
  whoCanHelp(
    @Args(() => WhoCanHelpArgs) args: WhoCanHelpArgs,
    @Ctx() { support }: RepositoryContext,
  ): Promise<Helper[]> {
    return support.whoCanHelp(args);
  }

  @Mutation(() => SupportOfferPayload, {
    description: "Any authenticated person offers help on a published resource.",
  })
  offerSupport(
    @Args(() => OfferSupportArgs) { input }: OfferSupportArgs,
    @Ctx() { principal, support }: RepositoryContext,
  ): Promise<SupportOfferPayload> {
    return support.offer(principal, input);
  }

  @Mutation(() => SupportOfferPayload, { description: "The person who offered, or admins." })
  withdrawSupportOffer(
    @Args(() => IdArgs) { id }: IdArgs,
    @Ctx() { principal, support }: RepositoryContext,
  ): Promise<SupportOfferPayload> {
    return support.withdraw(principal, id);
  }

  @FieldResolver(() => String, { nullable: true })
  contact(@Root() offer: SupportOffer, @Ctx() { principal }: RepositoryContext): string | null {
    // Personal data: only for authenticated callers (docs/identity.md).
    return principal.personId ? offer.contact : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() offer: SupportOffer): Person {
    return reference(offer.personId, Person);
  }

  @FieldResolver(() => Resource, { nullable: true })
  async resource(
    @Root() offer: SupportOffer,
    @Ctx() { loaders }: RepositoryContext,
  ): Promise<Resource | null> {
    const row = await loaders.resource.load(offer.resourceId);
    return row ? toResource(row) : null;
  }
}

@Resolver(() => Helper)
export class HelperResolver {
  @FieldResolver(() => [Resource])
  async resources(
    @Root() helper: Helper,
    @Ctx() { loaders }: RepositoryContext,
  ): Promise<Resource[]> {
    // One DataLoader batch for the resources of every helper in the answer.
    const rows = await loaders.resource.loadMany(helper.resourceIds);
    return rows.filter((r) => r && !(r instanceof Error)).map((r) => toResource(r as never));
  }
}
