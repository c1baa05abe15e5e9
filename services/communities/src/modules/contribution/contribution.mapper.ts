import type { ContributionRow } from "../../db/tables.js";
import type { ContributionKind, ContributionStatus } from "../common/enums.js";
import { Contribution } from "./contribution.type.js";

export function toContribution(row: ContributionRow): Contribution {
  return Object.assign(new Contribution(), {
    id: row.id,
    kind: row.kind as ContributionKind,
    status: row.status as ContributionStatus,
    title: row.title,
    description: row.description,
    createdAt: row.created_at,
    statusChangedAt: row.status_changed_at,
    version: row.version,
    communityId: row.community_id,
    meetingId: row.meeting_id,
    personId: row.person_id,
    organizationId: row.organization_id,
  });
}
