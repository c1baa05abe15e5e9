import {
  COMMUNITY_STAFF,
  communitiesWithRole,
  enforce,
  policy,
  type Principal,
  type ResourceFacts,
} from "@comtem/service-kit";

/**
 * Who may do what with a resource (README "Authorization"); the rules themselves are the
 * shared policy's `resource.*` capabilities (packages/service-kit/src/policy.ts):
 * - any authenticated person creates drafts (for a community only if they hold a role in it),
 *   for their own organization (admins: any);
 * - the creator edits and publishes their resource while it is not archived;
 * - the community's coordinators (co-coordinators and the Region's and Lepida's referents)
 *   edit, publish, archive and feature its resources, and see its drafts;
 * - linking a resource as a goal-action's deliverable needs `goalAction.deliver` (the plan's
 *   editors, the goal-action's referents and working group);
 * - admins do everything; everyone else sees PUBBLICATA resources only.
 */
export type ResourceScope = ResourceFacts;

export function coordinatedCommunities(principal: Principal): string[] {
  return communitiesWithRole(principal, COMMUNITY_STAFF);
}

export const canSee = policy["resource.see"];
export const canEdit = policy["resource.edit"];
export const canCurate = policy["resource.curate"];

export function requireCreate(principal: Principal, communityId: string | null | undefined) {
  return enforce(
    principal,
    policy["resource.create"](principal, communityId),
    "Only members of the community may share a resource in it",
  );
}

/** The organization named as the contributor must be the caller's own (admins: any). */
export function requireOwnOrganization(
  principal: Principal,
  organizationId: string | null | undefined,
) {
  if (organizationId === null || organizationId === undefined) return;
  enforce(
    principal,
    policy["organization.actFor"](principal, organizationId),
    "You may share resources only for the organization you represent",
  );
}

export function requireEdit(principal: Principal, resource: ResourceScope): string {
  return enforce(
    principal,
    canEdit(principal, resource),
    "Only the resource's creator, the community's coordinators or admins may change it",
  );
}

export function requireCurate(principal: Principal, resource: ResourceScope): string {
  return enforce(
    principal,
    canCurate(principal, resource),
    "Only the community's coordinators or admins may do this",
  );
}
