/** What the viewer may do on a community's plan page. The server enforces the same rules. */
export interface PlanPermissions {
  /** Open a new PdA for the community. */
  createPlan: boolean;
  /** Change the plan's document link and agenda note. */
  edit: boolean;
  /** Move the plan one step along its workflow. */
  advance: boolean;
  /** Add goal-actions and change them (status, progress, details). */
  addGoalAction: boolean;
  /** Create working groups, change their members, advance them. */
  manageWorkingGroups: boolean;
}

export const NO_PERMISSIONS: PlanPermissions = {
  createPlan: false,
  edit: false,
  advance: false,
  addGoalAction: false,
  manageWorkingGroups: false,
};

/** The parts of the plan page's query that say who is looking. */
export interface ViewerFacts {
  me?: { id: string; systemRoles: readonly string[] } | null;
  myCommunityGrants?: readonly { communityId: string; role: string }[];
}

/**
 * The one place the slice decides which planning actions to show.
 *
 * Until the API says it (`Community.viewerCan`, `ActivityPlan.viewerCan`), it mirrors the
 * planning service's rule (services/planning/src/access.ts): admins, and the community's
 * co-coordinators and referents, edit its plans; participants only read. When `viewerCan` lands
 * this returns `{ createPlan: community.viewerCan.createPlan, ...plan.viewerCan }`.
 */
export function planPermissions(viewer: ViewerFacts, communityId: string): PlanPermissions {
  if (!viewer.me) return NO_PERMISSIONS;
  const editor =
    viewer.me.systemRoles.includes("ADMIN") ||
    (viewer.myCommunityGrants ?? []).some(
      (g) => g.communityId === communityId && g.role !== "PARTECIPANTE",
    );
  if (!editor) return NO_PERMISSIONS;
  return {
    createPlan: true,
    edit: true,
    advance: true,
    addGoalAction: true,
    manageWorkingGroups: true,
  };
}
