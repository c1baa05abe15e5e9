import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { connectionTypes, type Connection } from "@comtem/service-kit";
import type { CommunitiesContext } from "../../context.js";
import { IdArgs } from "../common/args.js";
import { ContributionPayload } from "../common/payloads.js";
import { toCommunity } from "../community/community.mapper.js";
import { Community } from "../community/community.type.js";
import { Organization, Person, organizationRef, personRef } from "../federation/entities.js";
import { toMeeting } from "../meeting/meeting.mapper.js";
import { Meeting } from "../meeting/meeting.type.js";
import {
  ContributionsArgs,
  CreateContributionInput,
  SetContributionStatusArgs,
} from "./contribution.input.js";
import { toContribution } from "./contribution.mapper.js";
import { Contribution } from "./contribution.type.js";

export const ContributionConnection = connectionTypes("Contribution", Contribution);

@Resolver(() => Contribution)
export class ContributionResolver {
  @Query(() => ContributionConnection, { description: "Proposals and needs, in the order raised." })
  async contributions(
    @Args(() => ContributionsArgs) { filter, first, after }: ContributionsArgs,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<Connection<Contribution>> {
    return services.contributions.list(filter ?? {}, { first, after });
  }

  @Query(() => Contribution, { nullable: true })
  async contribution(
    @Args(() => IdArgs) { id }: IdArgs,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Contribution | null> {
    const row = await loaders.contribution.load(id);
    return row ? toContribution(row) : null;
  }

  @Authorized()
  @Mutation(() => ContributionPayload, {
    description:
      "An active member raises a proposal or a need for the organization they represent there.",
  })
  async createContribution(
    @Arg("input", () => CreateContributionInput) input: CreateContributionInput,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<ContributionPayload> {
    return services.contributions.create(principal, input);
  }

  @Authorized()
  @Mutation(() => ContributionPayload, {
    description:
      "Co-coordinators of the community or admins change the status. Stale version → CONFLICT.",
  })
  async setContributionStatus(
    @Args(() => SetContributionStatusArgs) { id, version, status }: SetContributionStatusArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<ContributionPayload> {
    return services.contributions.setStatus(principal, id, status, version);
  }

  @FieldResolver(() => Community)
  async community(
    @Root() contribution: Contribution,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Community> {
    const row = await loaders.community.load(contribution.communityId);
    if (!row) throw new Error(`contribution ${contribution.id} has no community`);
    return toCommunity(row);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "Where it was raised." })
  async meeting(
    @Root() contribution: Contribution,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Meeting | null> {
    if (!contribution.meetingId) return null;
    const row = await loaders.meeting.load(contribution.meetingId);
    return row ? toMeeting(row) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who raised it." })
  person(@Root() contribution: Contribution): Person {
    return personRef(contribution.personId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organization it is raised for.",
  })
  organization(@Root() contribution: Contribution): Organization {
    return organizationRef(contribution.organizationId);
  }
}
