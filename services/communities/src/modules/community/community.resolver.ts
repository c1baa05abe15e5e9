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
import {
  InputError,
  PageArgs,
  connectionTypes,
  hasCommunityRole,
  policy,
  type Connection,
} from "@comtem/service-kit";
import { withMemberships } from "../../access.js";
import { calendarFeedUrl } from "../../config.js";
import type { CommunitiesContext } from "../../context.js";
import { toAnnouncement } from "../announcement/announcement.mapper.js";
import { Announcement } from "../announcement/announcement.type.js";
import { CAPS } from "../common/caps.js";
import { ContributionKind, ContributionStatus, MeetingKind } from "../common/enums.js";
import { CommunityPayload } from "../common/payloads.js";
import { toContribution } from "../contribution/contribution.mapper.js";
import { Contribution } from "../contribution/contribution.type.js";
import { toMeeting } from "../meeting/meeting.mapper.js";
import { Meeting } from "../meeting/meeting.type.js";
import { MembershipFilterArgs } from "../membership/membership.input.js";
import { toMembership } from "../membership/membership.mapper.js";
import { Membership } from "../membership/membership.type.js";
import {
  CommunitiesArgs,
  CommunityLookupArgs,
  CreateCommunityInput,
  UpdateCommunityArgs,
} from "./community.input.js";
import { toCommunity } from "./community.mapper.js";
import { Community, CommunityCapabilities, CommunityGrant } from "./community.type.js";

export const CommunityConnection = connectionTypes("Community", Community);

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => CommunityConnection, { description: "The communities, ordered by name." })
  async communities(
    @Args(() => CommunitiesArgs) { first, after }: CommunitiesArgs,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<Connection<Community>> {
    return services.communities.list({ first, after });
  }

  @Query(() => Community, {
    nullable: true,
    description: "One community by id or by slug (give exactly one).",
  })
  async community(
    @Args(() => CommunityLookupArgs) { id, slug }: CommunityLookupArgs,
    @Ctx() { loaders, services }: CommunitiesContext,
  ): Promise<Community | null> {
    if (Boolean(id) === Boolean(slug)) {
      throw new InputError("Give exactly one of id and slug", id ? "slug" : "id");
    }
    if (id) {
      const row = await loaders.community.load(id);
      return row ? toCommunity(row) : null;
    }
    return services.communities.bySlug(slug as string);
  }

  @Query(() => CommunityConnection, {
    description: "Communities where the caller is an active member (empty when anonymous).",
  })
  async myCommunities(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<Connection<Community>> {
    if (!principal.personId) {
      return {
        edges: [],
        totalCount: 0,
        pageInfo: {
          hasNextPage: false,
          hasPreviousPage: false,
          startCursor: null,
          endCursor: null,
        },
      };
    }
    return services.communities.list({ first, after }, principal.personId);
  }

  // One per active membership: a person is in a handful of the ~10 communities.
  @Directive("@listSize(assumedSize: 6)")
  @Query(() => [CommunityGrant], {
    description:
      "The caller's active community roles (empty when anonymous). The gateway uses it to fill principal.communities.",
  })
  async myCommunityGrants(
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<CommunityGrant[]> {
    return services.memberships.grantsOf(principal);
  }

  @Authorized("ADMIN")
  @Mutation(() => CommunityPayload, { description: "Admins open a new community." })
  async createCommunity(
    @Arg("input", () => CreateCommunityInput) input: CreateCommunityInput,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<CommunityPayload> {
    return services.communities.create(input);
  }

  @Authorized()
  @Mutation(() => CommunityPayload, {
    description:
      "Co-coordinators of the community or admins edit its names and declaratoria. Stale version → CONFLICT.",
  })
  async updateCommunity(
    @Args(() => UpdateCommunityArgs) { id, version, input }: UpdateCommunityArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<CommunityPayload> {
    return services.communities.update(principal, id, input, version);
  }

  @FieldResolver(() => CommunityCapabilities, {
    description:
      "What the caller may do in this community (all false when anonymous), from the caller's memberships: the same rules that guard the mutations.",
  })
  async viewerCan(
    @Root() community: Community,
    @Ctx() { principal, loaders }: CommunitiesContext,
  ): Promise<CommunityCapabilities> {
    const personId = principal.personId;
    // One statement each for any number of communities in the response (DataLoader).
    const [memberships, pending] = personId
      ? await Promise.all([
          loaders.membershipsByPerson.load(personId),
          loaders.pendingJoinRequestsByPerson.load(personId),
        ])
      : [[], []];
    const subject = withMemberships(principal, memberships);
    const manage = policy["community.manage"](subject, community.id);
    return {
      manage,
      organize: policy["community.organize"](subject, community.id),
      requestToJoin: policy["community.requestToJoin"](subject, {
        isMember: hasCommunityRole(subject, community.id),
        hasPendingRequest: pending.some((r) => r.community_id === community.id),
      }),
      contribute: policy["community.contribute"](subject, community.id),
      registerForMeetings: policy["community.registerForMeetings"](subject, community.id),
      createPlan: policy["plan.edit"](subject, community.id),
      registerUiSlice: manage,
    };
  }

  @FieldResolver(() => String, {
    description: "iCalendar feed of the community's meetings (subscribe in a calendar app).",
  })
  calendarFeedUrl(@Root() community: Community, @Ctx() { config }: CommunitiesContext): string {
    return calendarFeedUrl(config, community.slug);
  }

  // Seed: ~25 members per community; real ones have tens to a few hundred.
  @Directive("@listSize(assumedSize: 40)")
  @FieldResolver(() => [Membership], {
    description: `Members, active ones unless asked: at most ${CAPS.communityMemberships}, active ones first, by role and seniority.`,
  })
  async memberships(
    @Root() community: Community,
    @Args(() => MembershipFilterArgs) { role, includeEnded }: MembershipFilterArgs,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Membership[]> {
    const rows = await loaders.membershipsByCommunity.load(community.id);
    return rows
      .filter((r) => (includeEnded || r.until === null) && (!role || r.role === role))
      .map(toMembership);
  }

  // At least 3 a year plus working-group meetings (DOMAIN.md), over a few years.
  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Meeting], {
    description: `Meetings in time order: the most recent ${CAPS.meetings} at most (filtered by kind after).`,
  })
  async meetings(
    @Root() community: Community,
    @Arg("kind", () => MeetingKind, { nullable: true }) kind: MeetingKind | null,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Meeting[]> {
    // The loader has them most recent first.
    const rows = (await loaders.meetingsByCommunity.load(community.id)).toReversed();
    return rows.filter((r) => !kind || r.kind === kind).map(toMeeting);
  }

  // 5–8 a year per community (seed).
  @Directive("@listSize(assumedSize: 20)")
  @FieldResolver(() => [Contribution], {
    description: `Proposals and needs, in the order raised: the most recent ${CAPS.contributions} at most (filtered after).`,
  })
  async contributions(
    @Root() community: Community,
    @Arg("kind", () => ContributionKind, { nullable: true }) kind: ContributionKind | null,
    @Arg("status", () => ContributionStatus, { nullable: true }) status: ContributionStatus | null,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Contribution[]> {
    // The loader has them most recent first.
    const rows = (await loaders.contributionsByCommunity.load(community.id)).toReversed();
    return rows
      .filter((r) => (!kind || r.kind === kind) && (!status || r.status === status))
      .map(toContribution);
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Announcement], {
    description: `Its announcements, newest first: at most ${CAPS.announcements}.`,
  })
  async announcements(
    @Root() community: Community,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Announcement[]> {
    return (await loaders.announcementsByCommunity.load(community.id)).map(toAnnouncement);
  }
}
