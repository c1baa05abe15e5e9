import { enforce, policy, type GoalActionFacts, type Principal } from "@comtem/service-kit";

/**
 * Who may see and change plans: the shared policy's `plan.edit` and `plan.readDrafts`
 * (packages/service-kit/src/policy.ts), evaluated on the community roles the gateway forwarded
 * from the communities subgraph. Editors change their community's plans, members read its
 * drafts, everyone reads plans from CONDIVISO on; admins do everything.
 */
export const canEdit = (principal: Principal, communityId: string): boolean =>
  policy["plan.edit"](principal, communityId);

export const canReadDrafts = policy["plan.readDrafts"];

export function isVisible(principal: Principal, plan: { status: string; community_id: string }) {
  return plan.status !== "BOZZA" || canReadDrafts(principal, plan.community_id);
}

export function requireEditor(principal: Principal, communityId: string): void {
  enforce(
    principal,
    canEdit(principal, communityId),
    "Only the community's co-coordinators and referents, or admins, may edit its plan",
  );
}

/** `goalAction.deliver`, the rule the repository applies when a deliverable is linked. */
export const canDeliver = (principal: Principal, goalAction: GoalActionFacts): boolean =>
  policy["goalAction.deliver"](principal, goalAction);
