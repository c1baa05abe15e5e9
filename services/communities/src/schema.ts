import { buildFederatedSchema, isId, type FederatedSchema } from "@comtem/service-kit";
import type { CommunitiesContext } from "./context.js";
import { AnnouncementResolver } from "./modules/announcement/announcement.resolver.js";
import { toCommunity } from "./modules/community/community.mapper.js";
import { CommunityResolver } from "./modules/community/community.resolver.js";
import { toContribution } from "./modules/contribution/contribution.mapper.js";
import { ContributionResolver } from "./modules/contribution/contribution.resolver.js";
import {
  OrganizationExtensionResolver,
  PersonExtensionResolver,
} from "./modules/federation/entities.resolver.js";
import { organizationRef, personRef } from "./modules/federation/entities.js";
import { toMeeting } from "./modules/meeting/meeting.mapper.js";
import {
  MeetingAttendeeResolver,
  MeetingRegistrationResolver,
  MeetingResolver,
  OrganizationAttendanceResolver,
} from "./modules/meeting/meeting.resolver.js";
import {
  JoinRequestResolver,
  MembershipResolver,
} from "./modules/membership/membership.resolver.js";
import { UiSliceResolver } from "./modules/slice/slice.resolver.js";

/**
 * The communities subgraph schema: owner of Community, Meeting and Contribution (entities),
 * Membership, JoinRequest, Announcement and UiSlice; extends Person and Organization.
 */
export function buildCommunitiesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      CommunityResolver,
      MembershipResolver,
      JoinRequestResolver,
      MeetingResolver,
      MeetingRegistrationResolver,
      MeetingAttendeeResolver,
      OrganizationAttendanceResolver,
      ContributionResolver,
      AnnouncementResolver,
      UiSliceResolver,
      PersonExtensionResolver,
      OrganizationExtensionResolver,
    ],
    referenceResolvers: {
      // `_entities` calls these once per representation; the loaders turn them into one query.
      Community: {
        __resolveReference: async (ref: { id: string }, { loaders }: CommunitiesContext) => {
          const row = await loaders.community.load(ref.id);
          return row ? toCommunity(row) : null;
        },
      },
      Meeting: {
        __resolveReference: async (ref: { id: string }, { loaders }: CommunitiesContext) => {
          const row = await loaders.meeting.load(ref.id);
          return row ? toMeeting(row) : null;
        },
      },
      Contribution: {
        __resolveReference: async (ref: { id: string }, { loaders }: CommunitiesContext) => {
          const row = await loaders.contribution.load(ref.id);
          return row ? toContribution(row) : null;
        },
      },
      // Owned by the people subgraph: the id is all this subgraph needs (no SQL).
      Person: {
        __resolveReference: (ref: { id: string }) => (isId(ref.id) ? personRef(ref.id) : null),
      },
      Organization: {
        __resolveReference: (ref: { id: string }) =>
          isId(ref.id) ? organizationRef(ref.id) : null,
      },
    },
  });
}
