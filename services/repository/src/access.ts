import {
  AuthenticationError,
  NotAllowedError,
  isAdmin,
  type CommunityRole,
  type Principal,
} from "@comtem/service-kit";

/**
 * Who may do what with a resource (README "Authorization"):
 * - any authenticated person creates drafts (for a community only if they hold a role in it);
 * - the creator edits and publishes their resource while it is not archived;
 * - the community's coordinators (co-coordinators and the Region's and Lepida's referents)
 *   edit, publish, archive and feature its resources, and see its drafts;
 * - admins do everything; everyone else sees PUBBLICATA resources only.
 */
const COORDINATOR_ROLES: readonly CommunityRole[] = [
  "CO_COORDINATORE",
  "REFERENTE_REGIONE",
  "REFERENTE_LEPIDA",
];

export interface ResourceScope {
  status: string;
  community_id: string | null;
  created_by: string | null;
}

export function coordinatedCommunities(principal: Principal): string[] {
  return principal.communityRoles
    .filter((grant) => COORDINATOR_ROLES.includes(grant.role))
    .map((grant) => grant.communityId);
}

export function isCoordinator(principal: Principal, communityId: string | null): boolean {
  return communityId !== null && coordinatedCommunities(principal).includes(communityId);
}

export function isCreator(principal: Principal, resource: ResourceScope): boolean {
  return principal.personId !== null && resource.created_by === principal.personId;
}

export function canSee(principal: Principal, resource: ResourceScope): boolean {
  return (
    resource.status === "PUBBLICATA" ||
    isAdmin(principal) ||
    isCreator(principal, resource) ||
    isCoordinator(principal, resource.community_id)
  );
}

/** Edit and publish: the creator (unless archived), the community's coordinators, admins. */
export function canEdit(principal: Principal, resource: ResourceScope): boolean {
  return (
    isAdmin(principal) ||
    isCoordinator(principal, resource.community_id) ||
    (isCreator(principal, resource) && resource.status !== "ARCHIVIATA")
  );
}

/** Archive and feature: the community's coordinators and admins. */
export function canCurate(principal: Principal, resource: ResourceScope): boolean {
  return isAdmin(principal) || isCoordinator(principal, resource.community_id);
}

function requireLogin(principal: Principal): string {
  if (!principal.personId) throw new AuthenticationError("Log in to do this");
  return principal.personId;
}

export function requireCreate(principal: Principal, communityId: string | null | undefined) {
  const personId = requireLogin(principal);
  if (
    communityId &&
    !isAdmin(principal) &&
    !principal.communityRoles.some((grant) => grant.communityId === communityId)
  ) {
    throw new NotAllowedError("Only members of the community may share a resource in it");
  }
  return personId;
}

export function requireEdit(principal: Principal, resource: ResourceScope): string {
  const personId = requireLogin(principal);
  if (!canEdit(principal, resource)) {
    throw new NotAllowedError(
      "Only the resource's creator, the community's coordinators or admins may change it",
    );
  }
  return personId;
}

export function requireCurate(principal: Principal, resource: ResourceScope): string {
  const personId = requireLogin(principal);
  if (!canCurate(principal, resource)) {
    throw new NotAllowedError("Only the community's coordinators or admins may do this");
  }
  return personId;
}
