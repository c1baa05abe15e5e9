import {
  AuthenticationError,
  NotAllowedError,
  isAdmin,
  type CommunityRole,
  type Principal,
} from "@comtem/service-kit";

/** Community roles that may edit a community's plan (DOMAIN.md "Roles"). */
const EDITOR_ROLES: readonly CommunityRole[] = [
  "CO_COORDINATORE",
  "REFERENTE_REGIONE",
  "REFERENTE_LEPIDA",
];

/**
 * Who may see and change plans, from the principal's community roles (forwarded by the
 * gateway from the communities subgraph): editors change their community's plans, members
 * read its drafts, everyone reads plans from CONDIVISO on; admins do everything.
 */
export function canEdit(principal: Principal, communityId: string): boolean {
  return (
    isAdmin(principal) ||
    principal.communityRoles.some(
      (grant) => grant.communityId === communityId && EDITOR_ROLES.includes(grant.role),
    )
  );
}

export function canReadDrafts(principal: Principal, communityId: string): boolean {
  return (
    isAdmin(principal) ||
    principal.communityRoles.some((grant) => grant.communityId === communityId)
  );
}

export function isVisible(principal: Principal, plan: { status: string; community_id: string }) {
  return plan.status !== "BOZZA" || canReadDrafts(principal, plan.community_id);
}

export function requireEditor(principal: Principal, communityId: string): void {
  if (!principal.personId) throw new AuthenticationError("Log in to do this");
  if (!canEdit(principal, communityId)) {
    throw new NotAllowedError(
      "Only the community's co-coordinators and referents, or admins, may edit its plan",
    );
  }
}
