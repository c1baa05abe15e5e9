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

type PlanCapabilities = Omit<PlanPermissions, "createPlan">;

/**
 * The one place the slice decides which planning actions to show: what the API says the viewer
 * may do (`Community.viewerCan`, `ActivityPlan.viewerCan`, computed by the policy that guards
 * the mutations). No role name here; anonymous viewers get all false.
 */
export function planPermissions(
  community: { viewerCan: { createPlan: boolean } } | null | undefined,
  plan?: { viewerCan: PlanCapabilities } | null,
): PlanPermissions {
  const can = plan?.viewerCan;
  return {
    createPlan: community?.viewerCan.createPlan ?? false,
    edit: can?.edit ?? false,
    advance: can?.advance ?? false,
    addGoalAction: can?.addGoalAction ?? false,
    manageWorkingGroups: can?.manageWorkingGroups ?? false,
  };
}
