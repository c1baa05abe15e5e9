import { PRINCIPAL_HEADER, signPrincipal, type Logger, type Principal } from "@comtem/service-kit";

/**
 * Where a goal-action belongs: the community of its plan, or null when the goal-action does
 * not exist or its plan is not visible to the caller. Throws when planning cannot answer.
 */
export type GoalActionCommunity = (
  principal: Principal,
  goalActionId: string,
) => Promise<string | null>;

const QUERY =
  "query RepositoryGoalActionCommunity($id: ID!) { goalAction(id: $id) { plan { community { id } } } }";

/**
 * Asks the planning subgraph (the owner of goal-actions) as the caller, with the caller's
 * principal signed like the gateway signs it. Only the gateway and subgraphs hold the secret.
 * See docs/adr/0004-goal-action-deliverable-link.md.
 */
export function planningGoalActionCommunity(options: {
  url: string;
  signingSecret: string;
  logger: Logger;
  timeoutMs?: number;
}): GoalActionCommunity {
  return async (principal, goalActionId) => {
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [PRINCIPAL_HEADER]: await signPrincipal(principal, options.signingSecret),
      },
      body: JSON.stringify({ query: QUERY, variables: { id: goalActionId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    const body = (await response.json()) as {
      data?: { goalAction: { plan: { community: { id: string } } } | null } | null;
      errors?: unknown[];
    };
    if (!response.ok || !body.data || body.errors) {
      options.logger.warn({ status: response.status }, "goal-action lookup in planning failed");
      throw new Error(`planning answered ${response.status}`);
    }
    return body.data.goalAction?.plan.community.id ?? null;
  };
}

/** No planning subgraph configured: nothing can be verified, so nothing is found. */
export const noPlanning: GoalActionCommunity = async () => {
  throw new Error("PLANNING_URL is not configured");
};
