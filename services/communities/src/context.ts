import type { Kysely } from "kysely";
import {
  byIdLoader,
  groupLoader,
  type Principal,
  type PrincipalContext,
} from "@comtem/service-kit";
import type { CommunitiesConfig } from "./config.js";
import type { CommunitiesDatabase } from "./db/tables.js";
import { CAPS } from "./modules/common/caps.js";
import { AnnouncementRepository } from "./modules/announcement/announcement.repository.js";
import { AnnouncementService } from "./modules/announcement/announcement.service.js";
import { CommunityRepository } from "./modules/community/community.repository.js";
import { CommunityService } from "./modules/community/community.service.js";
import { ContributionRepository } from "./modules/contribution/contribution.repository.js";
import { ContributionService } from "./modules/contribution/contribution.service.js";
import { MeetingRepository } from "./modules/meeting/meeting.repository.js";
import { MeetingService } from "./modules/meeting/meeting.service.js";
import { MembershipRepository } from "./modules/membership/membership.repository.js";
import { MembershipService } from "./modules/membership/membership.service.js";
import { SliceService } from "./modules/slice/slice.service.js";

export function createLoaders(db: Kysely<CommunitiesDatabase>) {
  const communities = new CommunityRepository(db);
  const memberships = new MembershipRepository(db);
  const meetings = new MeetingRepository(db);
  const contributions = new ContributionRepository(db);
  const announcements = new AnnouncementRepository(db);
  return {
    community: byIdLoader((ids) => communities.byIds(ids)),
    meeting: byIdLoader((ids) => meetings.byIds(ids)),
    contribution: byIdLoader((ids) => contributions.byIds(ids)),
    membershipsByCommunity: groupLoader(
      (ids) => memberships.ofCommunities(ids),
      (r) => r.community_id,
      CAPS.communityMemberships,
    ),
    membershipsByPerson: groupLoader(
      (ids) => memberships.ofPeople(ids),
      (r) => r.person_id,
    ),
    pendingJoinRequestsByPerson: groupLoader(
      (ids) => memberships.pendingOf(ids),
      (r) => r.person_id,
    ),
    meetingsByCommunity: groupLoader(
      (ids) => meetings.ofCommunities(ids),
      (r) => r.community_id,
      CAPS.meetings,
    ),
    attendanceByMeeting: groupLoader(
      (ids) => meetings.attendanceOf(ids),
      (r) => r.meeting_id,
    ),
    registrationsByMeeting: groupLoader(
      (ids) => meetings.registrationsOf(ids),
      (r) => r.meeting_id,
    ),
    contributionsByCommunity: groupLoader(
      (ids) => contributions.ofCommunities(ids),
      (r) => r.community_id,
      CAPS.contributions,
    ),
    contributionsByOrganization: groupLoader(
      (ids) => contributions.ofOrganizations(ids),
      (r) => r.organization_id,
      CAPS.contributions,
    ),
    announcementsByCommunity: groupLoader(
      (ids) => announcements.ofCommunities(ids),
      (r) => r.community_id,
      CAPS.announcements,
    ),
  };
}
export type CommunitiesLoaders = ReturnType<typeof createLoaders>;

export function createServices(db: Kysely<CommunitiesDatabase>, config: CommunitiesConfig) {
  return {
    communities: new CommunityService(db),
    memberships: new MembershipService(db),
    meetings: new MeetingService(db),
    contributions: new ContributionService(db),
    announcements: new AnnouncementService(db),
    slices: new SliceService(db, config),
  };
}
export type CommunitiesServices = ReturnType<typeof createServices>;

export interface CommunitiesContext extends PrincipalContext {
  principal: Principal;
  /** Fresh per request: batching and caching never leak between callers. */
  loaders: CommunitiesLoaders;
  services: CommunitiesServices;
  config: CommunitiesConfig;
}
