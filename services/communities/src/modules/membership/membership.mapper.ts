import type { JoinRequestRow, MembershipRow } from "../../db/tables.js";
import type { JoinRequestStatus, MembershipRole } from "../common/enums.js";
import { JoinRequest, Membership } from "./membership.type.js";

export function toMembership(row: MembershipRow): Membership {
  return Object.assign(new Membership(), {
    id: row.id,
    role: row.role as MembershipRole,
    since: row.since,
    until: row.until,
    active: row.until === null,
    communityId: row.community_id,
    personId: row.person_id,
    organizationId: row.organization_id,
  });
}

export function toJoinRequest(row: JoinRequestRow): JoinRequest {
  return Object.assign(new JoinRequest(), {
    id: row.id,
    status: row.status as JoinRequestStatus,
    motivation: row.motivation,
    reason: row.reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    communityId: row.community_id,
    personId: row.person_id,
    organizationId: row.organization_id,
    decidedById: row.decided_by,
    membershipId: row.membership_id,
  });
}
