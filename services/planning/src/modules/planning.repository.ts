import { sql, type Kysely } from "kysely";
import type {
  ActivityPlanRow,
  GoalActionRow,
  MilestoneRow,
  PlanningDatabase,
  WorkingGroupMemberRow,
  WorkingGroupRow,
} from "../db/tables.js";

/**
 * Reads of the planning schema. Every method takes a whole batch of keys (DataLoaders call
 * them), so a query over many plans, actions or groups costs one statement per level.
 */
export class PlanningRepository {
  constructor(private readonly db: Kysely<PlanningDatabase>) {}

  plansByIds(ids: readonly string[]): Promise<ActivityPlanRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom("activity_plan").selectAll().where("id", "in", ids).execute();
  }

  plansByCommunities(communityIds: readonly string[]): Promise<ActivityPlanRow[]> {
    if (communityIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("activity_plan")
      .selectAll()
      .where("community_id", "in", communityIds)
      .orderBy("year", "desc")
      .execute();
  }

  goalActionsByIds(ids: readonly string[]): Promise<GoalActionRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom("goal_action").selectAll().where("id", "in", ids).execute();
  }

  goalActionsByPlans(planIds: readonly string[]): Promise<GoalActionRow[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("goal_action")
      .selectAll()
      .where("plan_id", "in", planIds)
      .orderBy("code")
      .execute();
  }

  goalActionsByContributions(contributionIds: readonly string[]): Promise<GoalActionRow[]> {
    if (contributionIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("goal_action")
      .selectAll()
      .where("contribution_ids", "&&", sql<string[]>`${sql.val([...contributionIds])}::uuid[]`)
      .orderBy("code")
      .execute();
  }

  milestonesByGoalActions(goalActionIds: readonly string[]): Promise<MilestoneRow[]> {
    if (goalActionIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("milestone")
      .selectAll()
      .where("goal_action_id", "in", goalActionIds)
      .orderBy("due_on")
      .execute();
  }

  workingGroupsByIds(ids: readonly string[]): Promise<WorkingGroupRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom("working_group").selectAll().where("id", "in", ids).execute();
  }

  workingGroupsByGoalActions(goalActionIds: readonly string[]): Promise<WorkingGroupRow[]> {
    if (goalActionIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("working_group")
      .selectAll()
      .where("goal_action_id", "in", goalActionIds)
      .execute();
  }

  workingGroupsByPeople(
    personIds: readonly string[],
  ): Promise<(WorkingGroupRow & { person_id: string })[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("working_group_member as m")
      .innerJoin("working_group as g", "g.id", "m.working_group_id")
      .selectAll("g")
      .select("m.person_id")
      .where("m.person_id", "in", personIds)
      .orderBy("g.name")
      .execute();
  }

  membersByWorkingGroups(groupIds: readonly string[]): Promise<WorkingGroupMemberRow[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("working_group_member")
      .selectAll()
      .where("working_group_id", "in", groupIds)
      .orderBy("role", "desc")
      .orderBy("joined_on")
      .execute();
  }
}
