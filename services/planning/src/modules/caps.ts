/**
 * The most items a list field returns (docs/adr/0008-bounded-lists.md): lists that grow with
 * time or use are capped, most relevant first, and their descriptions say so.
 */
export const CAPS = {
  /** Per community, newest first: one plan a year. */
  plans: 50,
  /** Per plan, by code: 2020 has 27 for 10 plans. */
  goalActions: 100,
  /** Goal-actions answering one contribution, by code. */
  contributionGoalActions: 50,
  /** Per person, by name. */
  personWorkingGroups: 100,
  /** Per working group: coordinators first, then by joining date. */
  workingGroupMembers: 200,
  /** A year's goal-actions across every community (27 in 2020). */
  cronoprogramma: 500,
  /** What the goal-action input accepts (contributionIds, referentIds). */
  goalActionContributions: 50,
  goalActionReferents: 20,
} as const;
