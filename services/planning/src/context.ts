import DataLoader from "dataloader";
import type { Kysely } from "kysely";
import {
  byIdLoader,
  groupRows,
  isId,
  type Principal,
  type PrincipalContext,
} from "@comtem/service-kit";
import type { PlanningDatabase } from "./db/tables.js";
import { isVisible } from "./access.js";
import { CAPS } from "./modules/caps.js";
import { PlanningRepository } from "./modules/planning.repository.js";
import { PlanningService } from "./modules/planning.service.js";

/**
 * Per-request loaders: one SQL statement per level of a query, whatever the number of plans,
 * actions, groups or members. Plans the caller may not see are dropped here, once.
 */
export function createLoaders(db: Kysely<PlanningDatabase>, principal: Principal) {
  const repository = new PlanningRepository(db);
  const visible = <R extends { status: string; community_id: string }>(rows: R[]) =>
    rows.filter((row) => isVisible(principal, row));
  const plan = byIdLoader(async (ids) => visible(await repository.plansByIds(ids)));
  return {
    plan,
    plansByCommunity: new DataLoader(async (communityIds: readonly string[]) =>
      groupRows(
        communityIds,
        visible(await repository.plansByCommunities(communityIds.filter(isId))),
        (r) => r.community_id,
        CAPS.plans,
      ),
    ),
    goalAction: byIdLoader((ids) => repository.goalActionsByIds(ids)),
    goalActionsByPlan: new DataLoader(async (planIds: readonly string[]) =>
      groupRows(
        planIds,
        await repository.goalActionsByPlans(planIds),
        (r) => r.plan_id,
        CAPS.goalActions,
      ),
    ),
    goalActionsByContribution: new DataLoader(async (contributionIds: readonly string[]) => {
      const ids = contributionIds.filter(isId);
      const rows = await repository.goalActionsByContributions(ids);
      return contributionIds.map((id) =>
        rows
          .filter((row) => row.contribution_ids.includes(id))
          .slice(0, CAPS.contributionGoalActions),
      );
    }),
    milestonesByGoalAction: new DataLoader(async (ids: readonly string[]) =>
      groupRows(ids, await repository.milestonesByGoalActions(ids), (r) => r.goal_action_id),
    ),
    workingGroup: byIdLoader((ids) => repository.workingGroupsByIds(ids)),
    workingGroupByGoalAction: new DataLoader(async (ids: readonly string[]) => {
      const rows = await repository.workingGroupsByGoalActions(ids);
      return ids.map((id) => rows.find((row) => row.goal_action_id === id) ?? null);
    }),
    workingGroupsByPerson: new DataLoader(async (personIds: readonly string[]) =>
      groupRows(
        personIds,
        await repository.workingGroupsByPeople(personIds.filter(isId)),
        (r) => r.person_id,
        CAPS.personWorkingGroups,
      ),
    ),
    membersByWorkingGroup: new DataLoader(async (ids: readonly string[]) =>
      groupRows(
        ids,
        await repository.membersByWorkingGroups(ids),
        (r) => r.working_group_id,
        CAPS.workingGroupMembers,
      ),
    ),
  };
}
export type PlanningLoaders = ReturnType<typeof createLoaders>;

export interface PlanningContext extends PrincipalContext {
  principal: Principal;
  loaders: PlanningLoaders;
  service: PlanningService;
  /** Public origin of the gateway, for URLs handed to clients. */
  publicUrl: string;
}
