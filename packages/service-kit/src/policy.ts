import { AuthenticationError, NotAllowedError } from "./errors.js";
import { isAdmin, type CommunityRole, type Principal } from "./principal.js";

/**
 * The platform's authorization rules, written once. Each capability is a pure function of the
 * principal and the facts of the object it is about (its community, creator, status,
 * organization). Mutation guards call them through `enforce`, and the `viewerCan` fields of
 * the API return them as booleans, so what the UI offers and what the API accepts cannot drift.
 *
 * The community roles are read from `principal.communityRoles`. The communities subgraph, which
 * owns memberships, first replaces them with the rows of its own table (see its access.ts); the
 * other subgraphs use the roles the gateway forwarded.
 */

/** Who runs a community: memberships, join requests, contribution status, declaratoria, UI slices. */
export const COMMUNITY_MANAGERS: readonly CommunityRole[] = ["CO_COORDINATORE"];
/** Co-coordinators with the Region's and Lepida's referents: meetings, announcements, plans, curation. */
export const COMMUNITY_STAFF: readonly CommunityRole[] = [
  "CO_COORDINATORE",
  "REFERENTE_REGIONE",
  "REFERENTE_LEPIDA",
];
/** Any active member. */
export const COMMUNITY_MEMBERS: readonly CommunityRole[] = [...COMMUNITY_STAFF, "PARTECIPANTE"];

/** Whether the principal holds one of `roles` in the community (never for `null`). */
export function hasCommunityRole(
  principal: Principal,
  communityId: string | null | undefined,
  roles: readonly CommunityRole[] = COMMUNITY_MEMBERS,
): boolean {
  if (!communityId) return false;
  return principal.communityRoles.some(
    (grant) => grant.communityId === communityId && roles.includes(grant.role),
  );
}

/** The communities where the principal holds one of `roles`. */
export function communitiesWithRole(
  principal: Principal,
  roles: readonly CommunityRole[] = COMMUNITY_MEMBERS,
): string[] {
  return principal.communityRoles
    .filter((grant) => roles.includes(grant.role))
    .map((grant) => grant.communityId);
}

const signedIn = (principal: Principal) => principal.personId !== null;
/** Admins always; otherwise one of `roles` in the community; system-wide (null): admins only. */
const roleOrAdmin =
  (roles: readonly CommunityRole[]) => (principal: Principal, communityId: string | null) =>
    signedIn(principal) && (isAdmin(principal) || hasCommunityRole(principal, communityId, roles));

/** What a resource rule needs to know about the resource. */
export interface ResourceFacts {
  status: string;
  community_id: string | null;
  created_by: string | null;
}

/** What the contact rule needs to know about the person shown. */
export interface PersonFacts {
  personId: string;
  /** Communities where that person is an active member (from the communities subgraph). */
  communityIds: readonly string[];
}

/** What the join rule needs to know about the caller and the community. */
export interface JoinFacts {
  isMember: boolean;
  hasPendingRequest: boolean;
}

/** What the deliverable rule needs to know about the goal-action (owned by planning). */
export interface GoalActionFacts {
  /** The community of the goal-action's plan. */
  communityId: string;
  /** The goal-action's own referents (GoalAction.referents). */
  referentIds: readonly string[];
  /** The members of its working group, the group lead (REFERENTE_GDL) included. */
  workingGroupMemberIds: readonly string[];
}

const planEdit = roleOrAdmin(COMMUNITY_STAFF);

const isCreator = (principal: Principal, resource: ResourceFacts) =>
  principal.personId !== null && resource.created_by === principal.personId;

export const policy = {
  /**
   * `community.manage`: edit the community and its declaratoria, decide join requests, manage
   * memberships, set the status of contributions, register UI slices. Co-coordinators; admins.
   */
  "community.manage": roleOrAdmin(COMMUNITY_MANAGERS),
  /**
   * `community.organize`: schedule and edit meetings, record attendance, post announcements.
   * Co-coordinators and the Region's and Lepida's referents; admins. System-wide: admins.
   */
  "community.organize": roleOrAdmin(COMMUNITY_STAFF),
  /** `community.contribute`: raise a proposal or a need. Active members; admins. */
  "community.contribute": roleOrAdmin(COMMUNITY_MEMBERS),
  /** `community.registerForMeetings`: members of the community (anyone signed in for plenaries). */
  "community.registerForMeetings": (principal: Principal, communityId: string | null) =>
    signedIn(principal) &&
    (communityId === null || roleOrAdmin(COMMUNITY_MEMBERS)(principal, communityId)),
  /** `community.requestToJoin`: signed in, not already a member, no pending request. */
  "community.requestToJoin": (principal: Principal, facts: JoinFacts) =>
    signedIn(principal) && !facts.isMember && !facts.hasPendingRequest,
  /**
   * `organization.actFor`: name an organization as the author of a write (a resource, an
   * import, a join request). One's own organization, as the gateway looked it up; admins any.
   */
  "organization.actFor": (principal: Principal, organizationId: string | null | undefined) =>
    signedIn(principal) &&
    (isAdmin(principal) ||
      (Boolean(organizationId) && principal.organizationId === organizationId)),
  /**
   * `plan.edit`: create the community's activity plan, edit it, move it through its workflow,
   * add and edit goal-actions, manage working groups. Co-coordinators and referents of the plan's
   * community; admins. (Linking deliverables: `goalAction.deliver`.)
   */
  "plan.edit": planEdit,
  /**
   * `goalAction.deliver`: share a resource as a goal-action's deliverable (set, change or clear
   * `goalActionId`). The people who produce it: the plan's editors (`plan.edit`), the
   * goal-action's referents and the members of its working group (lead included), who are
   * often ordinary participants; admins any. See docs/adr/0004-goal-action-deliverable-link.md.
   */
  "goalAction.deliver": (principal: Principal, goalAction: GoalActionFacts) =>
    planEdit(principal, goalAction.communityId) ||
    (principal.personId !== null &&
      (goalAction.referentIds.includes(principal.personId) ||
        goalAction.workingGroupMemberIds.includes(principal.personId))),
  /** `plan.readDrafts`: see a plan still in BOZZA. Any member of the community; admins. */
  "plan.readDrafts": (principal: Principal, communityId: string) =>
    isAdmin(principal) || hasCommunityRole(principal, communityId, COMMUNITY_MEMBERS),
  /** `resource.create`: share a resource; in a community, only as one of its members. */
  "resource.create": (principal: Principal, communityId: string | null | undefined) =>
    signedIn(principal) &&
    (!communityId || isAdmin(principal) || hasCommunityRole(principal, communityId)),
  /** `resource.see`: published ones for everyone; drafts for their creator, curators, admins. */
  "resource.see": (principal: Principal, resource: ResourceFacts) =>
    resource.status === "PUBBLICATA" ||
    isAdmin(principal) ||
    isCreator(principal, resource) ||
    hasCommunityRole(principal, resource.community_id, COMMUNITY_STAFF),
  /** `resource.edit` (and publish): its creator unless archived, its community's staff, admins. */
  "resource.edit": (principal: Principal, resource: ResourceFacts) =>
    isAdmin(principal) ||
    hasCommunityRole(principal, resource.community_id, COMMUNITY_STAFF) ||
    (isCreator(principal, resource) && resource.status !== "ARCHIVIATA"),
  /** `resource.curate` (archive, feature, publish again once archived): its community's staff; admins. */
  "resource.curate": (principal: Principal, resource: ResourceFacts) =>
    isAdmin(principal) || hasCommunityRole(principal, resource.community_id, COMMUNITY_STAFF),
  /** `resource.offerSupport`: anyone signed in, on a published resource. */
  "resource.offerSupport": (principal: Principal, resource: ResourceFacts) =>
    signedIn(principal) && resource.status === "PUBBLICATA",
  /**
   * `person.seeContact`: a person's e-mail and phone. The person themself, admins, and people
   * who are active members of a community the person is an active member of.
   */
  "person.seeContact": (principal: Principal, person: PersonFacts) =>
    signedIn(principal) &&
    (principal.personId === person.personId ||
      isAdmin(principal) ||
      person.communityIds.some((id) => hasCommunityRole(principal, id))),
  /**
   * `person.seeIdentities`: a person's identities at identity providers (issuer, subject,
   * fiscal code). The person themself and admins.
   */
  "person.seeIdentities": (principal: Principal, personId: string) =>
    signedIn(principal) && (principal.personId === personId || isAdmin(principal)),
} as const;

export type Capability = keyof typeof policy;

/**
 * Guard for a write: UNAUTHENTICATED when anonymous, FORBIDDEN when the capability is false.
 * Returns the caller's person id.
 */
export function enforce(principal: Principal, allowed: boolean, message: string): string {
  if (!principal.personId) throw new AuthenticationError("Log in to do this");
  if (!allowed) throw new NotAllowedError(message);
  return principal.personId;
}
