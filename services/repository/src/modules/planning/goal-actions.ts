import {
  PRINCIPAL_HEADER,
  traceHeaders,
  type GoalActionFacts,
  type Logger,
  type Principal,
} from "@comtem/service-kit";

/**
 * What the shared `goalAction.deliver` rule needs about a goal-action: the community of its
 * plan, its referents and the members of its working group. Null when the goal-action does not
 * exist or its plan is not visible to the caller. Throws when planning cannot answer.
 */
export type GoalActionLookup = (
  principal: Principal,
  goalActionId: string,
) => Promise<GoalActionFacts | null>;

/** Everything in one request to planning (its owner); persons are federation stubs there. */
export const GOAL_ACTION_FACTS_QUERY =
  "query RepositoryGoalActionFacts($id: ID!) { goalAction(id: $id) { plan { community { id } } referents { id } workingGroup { members { person { id } } } } }";

interface GoalActionAnswer {
  plan: { community: { id: string } };
  referents: { id: string }[];
  workingGroup: { members: { person: { id: string } }[] } | null;
}

/**
 * Asks the planning subgraph (the owner of goal-actions) as the caller, relaying the principal
 * header the gateway signed for this request (its audience names planning too). This subgraph
 * holds no signing key, so it can only ask as someone who is calling it right now. Any doubt
 * about the answer is an error, so the caller refuses the link (fail closed).
 * See docs/adr/0004-goal-action-deliverable-link.md.
 */
export function planningGoalActionLookup(options: {
  url: string;
  logger: Logger;
  timeoutMs?: number;
}): (
  relayedPrincipal: string | undefined,
  goalActionId: string,
) => Promise<GoalActionFacts | null> {
  return async (relayedPrincipal, goalActionId) => {
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(relayedPrincipal ? { [PRINCIPAL_HEADER]: relayedPrincipal } : {}),
        ...traceHeaders(),
      },
      body: JSON.stringify({ query: GOAL_ACTION_FACTS_QUERY, variables: { id: goalActionId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    const body = (await response.json()) as {
      data?: { goalAction: GoalActionAnswer | null } | null;
      errors?: unknown[];
    };
    if (!response.ok || !body.data || body.errors) {
      options.logger.warn({ status: response.status }, "goal-action lookup in planning failed");
      throw new Error(`planning answered ${response.status}`);
    }
    const goalAction = body.data.goalAction;
    if (!goalAction) return null;
    return {
      communityId: goalAction.plan.community.id,
      referentIds: goalAction.referents.map((p) => p.id),
      workingGroupMemberIds: (goalAction.workingGroup?.members ?? []).map((m) => m.person.id),
    };
  };
}

/** No planning subgraph configured: nothing can be verified, so every link is refused. */
export const noPlanning: GoalActionLookup = async () => {
  throw new Error("PLANNING_URL is not configured");
};
