import type { Kysely } from "kysely";
import {
  NotAllowedError,
  isAdmin,
  requireAuthenticated,
  type CommunityRole,
  type Principal,
} from "@comtem/service-kit";
import type { CommunitiesDatabase } from "./db/tables.js";

/** Who runs a community: memberships, join requests, contribution status, UI slices, declaratoria. */
export const MANAGERS: readonly CommunityRole[] = ["CO_COORDINATORE"];
/** Co-coordinators with the Region's and Lepida's referents: meetings and announcements. */
export const STAFF: readonly CommunityRole[] = [
  "CO_COORDINATORE",
  "REFERENTE_REGIONE",
  "REFERENTE_LEPIDA",
];
/** Any active member. */
export const MEMBERS: readonly CommunityRole[] = [...STAFF, "PARTECIPANTE"];

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
 * Object-level check for this subgraph's writes. The memberships table is the source of truth:
 * the community roles the gateway put in the principal are a cache for other subgraphs and are
 * not trusted here. Admins may do anything; `communityId: null` (system-wide) is admins only.
 * Pass the transaction so the check and the write see the same state.
 */
export async function requireCommunityRole(
  db: Kysely<CommunitiesDatabase>,
  principal: Principal,
  communityId: string | null,
  allowed: readonly CommunityRole[],
  action: string,
): Promise<string> {
  const personId = requireAuthenticated(principal);
  if (isAdmin(principal)) return personId;
  if (communityId === null) {
    throw new NotAllowedError(`Only administrators may ${action} for the whole system`);
  }
  const roles = await activeRoles(db, personId, communityId);
  if (!roles.some((role) => allowed.includes(role))) {
    throw new NotAllowedError(`Your role in this community does not allow you to ${action}`);
  }
  return personId;
}
