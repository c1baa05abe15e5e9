import type { Kysely } from "kysely";
import {
  enforce,
  requireAuthenticated,
  type CommunityRole,
  type Principal,
} from "@comtem/service-kit";
import type { CommunitiesDatabase, MembershipRow } from "./db/tables.js";

/** The caller's active roles in one community, read from the memberships table. */
export async function activeRoles(
  db: Kysely<CommunitiesDatabase>,
  personId: string,
  communityId: string,
): Promise<CommunityRole[]> {
  const rows = await db
    .selectFrom("membership")
    .select("role")
    .where("person_id", "=", personId)
    .where("community_id", "=", communityId)
    .where("until", "is", null)
    .execute();
  return rows.map((row) => row.role as CommunityRole);
}

/**
 * The principal with its community roles replaced by the caller's active memberships (all of
 * them, as the loader `membershipsByPerson` returns them). This subgraph owns memberships: the
 * roles the gateway forwarded are a cache for other subgraphs and are not trusted here.
 */
export function withMemberships(
  principal: Principal,
  memberships: readonly Pick<MembershipRow, "community_id" | "role" | "until">[],
): Principal {
  return {
    ...principal,
    communityRoles: principal.personId
      ? memberships
          .filter((m) => m.until === null)
          .map((m) => ({ communityId: m.community_id, role: m.role as CommunityRole }))
      : [],
  };
}

/**
 * Object-level check for this subgraph's writes: evaluates a capability of the shared policy
 * (`policy["community.manage"]`, ...) with the caller's roles in that community read from the
 * memberships table. `communityId: null` (system-wide) is admins only. Pass the transaction so
 * the check and the write see the same state. Returns the caller's person id.
 */
export async function requireCapability(
  db: Kysely<CommunitiesDatabase>,
  principal: Principal,
  communityId: string | null,
  capability: (principal: Principal, communityId: string | null) => boolean,
  action: string,
): Promise<string> {
  const personId = requireAuthenticated(principal);
  const roles = communityId ? await activeRoles(db, personId, communityId) : [];
  const subject: Principal = {
    ...principal,
    communityRoles: roles.map((role) => ({ communityId: communityId as string, role })),
  };
  return enforce(
    principal,
    capability(subject, communityId),
    communityId === null
      ? `Only administrators may ${action} for the whole system`
      : `Your role in this community does not allow you to ${action}`,
  );
}
