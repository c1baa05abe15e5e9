import { randomUUID } from "node:crypto";
import { sql, type Insertable, type Kysely, type Transaction } from "kysely";
import {
  InputError,
  NotFoundError,
  decodeCursor,
  isAdmin,
  toConnection,
  staleVersion,
  uniquely,
  userError,
  type Connection,
  type Principal,
  type UserError,
} from "@comtem/service-kit";
import { requireEditor } from "../access.js";
import type { GoalActionTable, PlanningDatabase } from "../db/tables.js";
import { CAPS } from "./caps.js";
import { toGoalAction, toPlan, toWorkingGroup } from "./mappers.js";
import type { GoalAction } from "./goal-action/goal-action.type.js";
import type {
  AdvancePlanArgs,
  AdvanceWorkingGroupArgs,
  CreatePlanInput,
  GoalActionInput,
  PlanFilter,
  UpdatePlanInput,
  WorkingGroupMemberArgs,
} from "./planning.input.js";
import { nextStatus, PlanStatus, type ActivityPlan } from "./plan/plan.type.js";
import {
  nextWorkingGroupStatus,
  WorkingGroupStatus,
  type WorkingGroup,
} from "./working-group/working-group.type.js";

type Db = Kysely<PlanningDatabase> | Transaction<PlanningDatabase>;

export interface PlanResult {
  plan: ActivityPlan | null;
  userErrors: UserError[];
}
export interface GoalActionResult {
  goalAction: GoalAction | null;
  userErrors: UserError[];
}
export interface WorkingGroupResult {
  workingGroup: WorkingGroup | null;
  userErrors: UserError[];
}

/** A stale `version` changes nothing and says so. */
async function checkedUpdate<T>(
  updated: T | undefined,
  exists: () => Promise<unknown>,
  what: string,
): Promise<T> {
  if (updated) return updated;
  if (await exists()) {
    throw staleVersion(what);
  }
  throw new NotFoundError(`${what} not found`, "id");
}

/** The rules of planning: who edits, allowed transitions, optimistic concurrency. */
export class PlanningService {
  constructor(private readonly db: Kysely<PlanningDatabase>) {}

  private async planOf(db: Db, planId: string) {
    const plan = await db
      .selectFrom("activity_plan")
      .selectAll()
      .where("id", "=", planId)
      .executeTakeFirst();
    if (!plan) throw new NotFoundError("Activity plan not found", "planId");
    return plan;
  }

  private async goalActionWithPlan(db: Db, goalActionId: string) {
    const row = await db
      .selectFrom("goal_action as g")
      .innerJoin("activity_plan as p", "p.id", "g.plan_id")
      .selectAll("g")
      .select(["p.community_id", "p.status as plan_status"])
      .where("g.id", "=", goalActionId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError("Goal-action not found", "goalActionId");
    return row;
  }

  private async workingGroupWithCommunity(db: Db, workingGroupId: string) {
    const row = await db
      .selectFrom("working_group as w")
      .innerJoin("goal_action as g", "g.id", "w.goal_action_id")
      .innerJoin("activity_plan as p", "p.id", "g.plan_id")
      .selectAll("w")
      .select("p.community_id")
      .where("w.id", "=", workingGroupId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError("Working group not found", "workingGroupId");
    return row;
  }

  async listPlans(
    principal: Principal,
    filter: PlanFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ActivityPlan>> {
    const after = decodeCursor(page.after, 2);
    let query = this.db.selectFrom("activity_plan");
    if (filter.communityId) query = query.where("community_id", "=", filter.communityId);
    if (filter.year) query = query.where("year", "=", filter.year);
    if (filter.status) query = query.where("status", "=", filter.status);
    if (!isAdmin(principal)) {
      // Drafts only for members of their community.
      const mine = principal.communityRoles.map((g) => g.communityId);
      query = query.where((eb) =>
        eb.or([
          eb("status", "<>", PlanStatus.BOZZA),
          ...(mine.length > 0 ? [eb("community_id", "in", mine)] : []),
        ]),
      );
    }
    let rows = query.selectAll();
    if (after) {
      rows = rows.where(sql<boolean>`(-year, id) > (${after[0]}, ${after[1]}::uuid)`);
    }
    const [list, total] = await Promise.all([
      rows
        .orderBy("year", "desc")
        .orderBy("id")
        .limit(page.first + 1)
        .execute(),
      query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
    ]);
    return toConnection(list, page, Number(total.n), (r) => [-r.year, r.id], toPlan);
  }

  async createPlan(principal: Principal, input: CreatePlanInput): Promise<PlanResult> {
    requireEditor(principal, input.communityId);
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          const existing = await trx
            .selectFrom("activity_plan")
            .select("id")
            .where("community_id", "=", input.communityId)
            .where("year", "=", input.year)
            .executeTakeFirst();
          if (existing) {
            return {
              plan: null,
              userErrors: [
                userError("DUPLICATE", "This community already has a plan for that year", "year"),
              ],
            };
          }
          const row = await trx
            .insertInto("activity_plan")
            .values({
              id: randomUUID(),
              community_id: input.communityId,
              year: input.year,
              document_url: input.documentUrl ?? null,
              agenda_note: input.agendaNote ?? null,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          return { plan: toPlan(row), userErrors: [] };
        }),
      "This community got a plan for that year meanwhile; reload and retry",
      "year",
    );
  }

  async updatePlan(
    principal: Principal,
    id: string,
    version: number,
    input: UpdatePlanInput,
  ): Promise<PlanResult> {
    const plan = await this.planOf(this.db, id);
    requireEditor(principal, plan.community_id);
    const changes: Partial<Record<"document_url" | "agenda_note" | "approved_on", string | null>> =
      {};
    if (input.documentUrl !== undefined) changes.document_url = input.documentUrl;
    if (input.agendaNote !== undefined) changes.agenda_note = input.agendaNote;
    if (input.approvedOn !== undefined) changes.approved_on = input.approvedOn;
    const row = await checkedUpdate(
      await this.db
        .updateTable("activity_plan")
        .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
        .where("id", "=", id)
        .where("version", "=", version)
        .returningAll()
        .executeTakeFirst(),
      () => this.planOf(this.db, id),
      "The plan",
    );
    return { plan: toPlan(row), userErrors: [] };
  }

  async advancePlan(principal: Principal, args: AdvancePlanArgs): Promise<PlanResult> {
    const plan = await this.planOf(this.db, args.id);
    requireEditor(principal, plan.community_id);
    const allowed = nextStatus[plan.status as PlanStatus];
    if (args.status !== allowed) {
      throw new InputError(
        allowed
          ? `A plan in ${plan.status} can only move to ${allowed}`
          : `A plan in ${plan.status} cannot change status`,
        "status",
      );
    }
    const approvedOn =
      args.status === PlanStatus.APPROVATO && !plan.approved_on
        ? new Date().toISOString().slice(0, 10)
        : plan.approved_on;
    const row = await checkedUpdate(
      await this.db
        .updateTable("activity_plan")
        .set((eb) => ({
          status: args.status,
          approved_on: approvedOn,
          version: eb("version", "+", 1),
          updated_at: new Date(),
        }))
        .where("id", "=", args.id)
        .where("version", "=", args.version)
        .where("status", "=", plan.status)
        .returningAll()
        .executeTakeFirst(),
      () => this.planOf(this.db, args.id),
      "The plan",
    );
    return { plan: toPlan(row), userErrors: [] };
  }

  private goalActionChanges(input: GoalActionInput) {
    const changes: Partial<Record<keyof GoalActionTable, unknown>> = {};
    const map: [keyof GoalActionInput, keyof GoalActionTable][] = [
      ["code", "code"],
      ["title", "title"],
      ["description", "description"],
      ["needsWorkingGroup", "needs_working_group"],
      ["plannedStart", "planned_start"],
      ["plannedEnd", "planned_end"],
      ["status", "status"],
      ["progress", "progress"],
      ["deliverableTitle", "deliverable_title"],
      ["deliverableKind", "deliverable_kind"],
      ["deliverableDue", "deliverable_due"],
      ["deliverableStatus", "deliverable_status"],
      ["contributionIds", "contribution_ids"],
      ["referentIds", "referent_ids"],
    ];
    for (const [from, to] of map) {
      const value = input[from];
      if (value === undefined) continue;
      if (value === null && !["planned_start", "planned_end", "deliverable_due"].includes(to)) {
        throw new InputError(`${from} cannot be null`, from);
      }
      changes[to] = Array.isArray(value) ? [...new Set(value as string[])] : value;
    }
    return changes;
  }

  private checkTimeline(start: string | null | undefined, end: string | null | undefined) {
    if (start && end && end < start) {
      throw new InputError("plannedEnd cannot be before plannedStart", "plannedEnd");
    }
  }

  private async replaceMilestones(trx: Db, goalActionId: string, input: GoalActionInput) {
    if (!input.milestones) return;
    await trx.deleteFrom("milestone").where("goal_action_id", "=", goalActionId).execute();
    if (input.milestones.length === 0) return;
    await trx
      .insertInto("milestone")
      .values(
        input.milestones.map((m) => ({
          id: randomUUID(),
          goal_action_id: goalActionId,
          title: m.title.trim(),
          due_on: m.dueOn,
          done: m.done,
        })),
      )
      .execute();
  }

  private async codeTaken(db: Db, code: string | undefined, exceptId?: string) {
    if (!code) return false;
    let query = db.selectFrom("goal_action").select("id").where("code", "=", code);
    if (exceptId) query = query.where("id", "<>", exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async createGoalAction(
    principal: Principal,
    planId: string,
    input: GoalActionInput,
  ): Promise<GoalActionResult> {
    const plan = await this.planOf(this.db, planId);
    requireEditor(principal, plan.community_id);
    for (const required of ["code", "title", "deliverableTitle", "deliverableKind"] as const) {
      if (!input[required]) throw new InputError(`${required} is required`, required);
    }
    this.checkTimeline(input.plannedStart, input.plannedEnd);
    const changes = this.goalActionChanges(input);
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          if (await this.codeTaken(trx, input.code)) {
            return {
              goalAction: null,
              userErrors: [userError("DUPLICATE", "Another goal-action has this code", "code")],
            };
          }
          const id = randomUUID();
          const row = await trx
            .insertInto("goal_action")
            .values({ ...changes, id, plan_id: planId } as Insertable<GoalActionTable>)
            .returningAll()
            .executeTakeFirstOrThrow();
          await this.replaceMilestones(trx, id, input);
          return { goalAction: toGoalAction(row), userErrors: [] };
        }),
      "Another goal-action took this code meanwhile; reload and retry",
      "code",
    );
  }

  async updateGoalAction(
    principal: Principal,
    id: string,
    version: number,
    input: GoalActionInput,
  ): Promise<GoalActionResult> {
    const current = await this.goalActionWithPlan(this.db, id);
    requireEditor(principal, current.community_id);
    const changes = this.goalActionChanges(input);
    this.checkTimeline(
      input.plannedStart !== undefined ? input.plannedStart : current.planned_start,
      input.plannedEnd !== undefined ? input.plannedEnd : current.planned_end,
    );
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          if (await this.codeTaken(trx, input.code, id)) {
            return {
              goalAction: null,
              userErrors: [userError("DUPLICATE", "Another goal-action has this code", "code")],
            };
          }
          const row = await checkedUpdate(
            await trx
              .updateTable("goal_action")
              .set((eb) => ({
                ...(changes as object),
                version: eb("version", "+", 1),
                updated_at: new Date(),
              }))
              .where("id", "=", id)
              .where("version", "=", version)
              .returningAll()
              .executeTakeFirst(),
            () => this.goalActionWithPlan(trx, id),
            "The goal-action",
          );
          await this.replaceMilestones(trx, id, input);
          return { goalAction: toGoalAction(row), userErrors: [] };
        }),
      "Another goal-action took this code meanwhile; reload and retry",
      "code",
    );
  }

  async createWorkingGroup(
    principal: Principal,
    goalActionId: string,
    name: string,
  ): Promise<WorkingGroupResult> {
    const action = await this.goalActionWithPlan(this.db, goalActionId);
    requireEditor(principal, action.community_id);
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          const existing = await trx
            .selectFrom("working_group")
            .select("id")
            .where("goal_action_id", "=", goalActionId)
            .executeTakeFirst();
          if (existing) {
            return {
              workingGroup: null,
              userErrors: [
                userError(
                  "DUPLICATE",
                  "This goal-action already has a working group",
                  "goalActionId",
                ),
              ],
            };
          }
          await trx
            .updateTable("goal_action")
            .set({ needs_working_group: true })
            .where("id", "=", goalActionId)
            .execute();
          const row = await trx
            .insertInto("working_group")
            .values({ id: randomUUID(), goal_action_id: goalActionId, name: name.trim() })
            .returningAll()
            .executeTakeFirstOrThrow();
          return { workingGroup: toWorkingGroup(row), userErrors: [] };
        }),
      "This goal-action got a working group meanwhile; reload and retry",
      "goalActionId",
    );
  }

  async advanceWorkingGroup(
    principal: Principal,
    args: AdvanceWorkingGroupArgs,
  ): Promise<WorkingGroupResult> {
    const group = await this.workingGroupWithCommunity(this.db, args.id);
    requireEditor(principal, group.community_id);
    const allowed = nextWorkingGroupStatus[group.status as WorkingGroupStatus];
    if (args.status !== allowed) {
      throw new InputError(
        allowed
          ? `A working group in ${group.status} can only move to ${allowed}`
          : `A working group in ${group.status} cannot change status`,
        "status",
      );
    }
    if (
      args.status === WorkingGroupStatus.AVVIATO &&
      group.composed_on &&
      args.on < group.composed_on
    ) {
      throw new InputError("A group cannot start before it was composed", "on");
    }
    const dates =
      args.status === WorkingGroupStatus.COSTITUITO
        ? { composed_on: args.on }
        : args.status === WorkingGroupStatus.AVVIATO
          ? { started_on: args.on }
          : {};
    const row = await checkedUpdate(
      await this.db
        .updateTable("working_group")
        .set((eb) => ({
          ...dates,
          status: args.status,
          version: eb("version", "+", 1),
          updated_at: new Date(),
        }))
        .where("id", "=", args.id)
        .where("version", "=", args.version)
        .returningAll()
        .executeTakeFirst(),
      () => this.workingGroupWithCommunity(this.db, args.id),
      "The working group",
    );
    return { workingGroup: toWorkingGroup(row), userErrors: [] };
  }

  async addMember(principal: Principal, args: WorkingGroupMemberArgs): Promise<WorkingGroupResult> {
    const group = await this.workingGroupWithCommunity(this.db, args.workingGroupId);
    requireEditor(principal, group.community_id);
    const inserted = await this.db
      .insertInto("working_group_member")
      .values({ working_group_id: args.workingGroupId, person_id: args.personId, role: args.role })
      .onConflict((oc) => oc.columns(["working_group_id", "person_id"]).doNothing())
      .returning("person_id")
      .executeTakeFirst();
    return {
      workingGroup: toWorkingGroup(group),
      userErrors: inserted ? [] : [userError("DUPLICATE", "Already a member", "personId")],
    };
  }

  async removeMember(
    principal: Principal,
    args: WorkingGroupMemberArgs,
  ): Promise<WorkingGroupResult> {
    const group = await this.workingGroupWithCommunity(this.db, args.workingGroupId);
    requireEditor(principal, group.community_id);
    const removed = await this.db
      .deleteFrom("working_group_member")
      .where("working_group_id", "=", args.workingGroupId)
      .where("person_id", "=", args.personId)
      .executeTakeFirst();
    return {
      workingGroup: toWorkingGroup(group),
      userErrors:
        Number(removed.numDeletedRows) > 0
          ? []
          : [userError("NOT_FOUND", "Not a member", "personId")],
    };
  }

  /** Plans of a year that the public sees: from CONDIVISO on. */
  private publicPlansOf(year: number) {
    return this.db
      .selectFrom("activity_plan")
      .select("id")
      .where("year", "=", year)
      .where("status", "<>", PlanStatus.BOZZA);
  }

  /** System-wide figures of a year, computed from the stored plans (drafts excluded). */
  async systemPlan(year: number) {
    const plans = this.publicPlansOf(year);
    const [communities, actions, byMonth, deliverables] = await Promise.all([
      this.db
        .selectFrom("activity_plan")
        .select((eb) => eb.fn.count<string>("community_id").distinct().as("n"))
        .where("id", "in", plans)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom("goal_action")
        .select((eb) => [
          eb.fn.countAll<string>().as("total"),
          eb.fn.count<string>("id").filterWhere("needs_working_group", "=", true).as("needing"),
        ])
        .where("plan_id", "in", plans)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom("working_group as w")
        .innerJoin("goal_action as g", "g.id", "w.goal_action_id")
        .select([
          sql<string>`to_char(w.started_on, 'YYYY-MM')`.as("month"),
          (eb) => eb.fn.countAll<string>().as("n"),
        ])
        .where("g.plan_id", "in", plans)
        .where("w.started_on", "is not", null)
        .groupBy(sql`to_char(w.started_on, 'YYYY-MM')`)
        .orderBy("month")
        .execute(),
      this.db
        .selectFrom("goal_action")
        .select([
          "deliverable_kind",
          "deliverable_status",
          (eb) => eb.fn.countAll<string>().as("n"),
        ])
        .where("plan_id", "in", plans)
        .groupBy(["deliverable_kind", "deliverable_status"])
        .orderBy("deliverable_kind")
        .orderBy("deliverable_status")
        .execute(),
    ]);
    return {
      year,
      communitiesWithPlan: Number(communities.n),
      goalActions: Number(actions.total),
      goalActionsNeedingWorkingGroup: Number(actions.needing),
      workingGroupsStartedByMonth: byMonth.map((r) => ({ month: r.month, count: Number(r.n) })),
      deliverablesByKindAndStatus: deliverables.map((r) => ({
        kind: r.deliverable_kind,
        status: r.deliverable_status,
        count: Number(r.n),
      })),
    };
  }

  /** Every goal-action of a year's public plans with its timeline (a Gantt chart's rows). */
  async cronoprogramma(year: number): Promise<GoalAction[]> {
    const rows = await this.db
      .selectFrom("goal_action")
      .selectAll()
      .where("plan_id", "in", this.publicPlansOf(year))
      .orderBy(sql`planned_start nulls last`)
      .orderBy("code")
      .limit(CAPS.cronoprogramma)
      .execute();
    return rows.map(toGoalAction);
  }

  /** Rows of the open-data CSV of a year (public plans only). */
  async openDataRows(year: number) {
    return this.db
      .selectFrom("goal_action as g")
      .innerJoin("activity_plan as p", "p.id", "g.plan_id")
      .leftJoin("working_group as w", "w.goal_action_id", "g.id")
      .select([
        "p.year",
        "p.community_id",
        "p.status as plan_status",
        "g.code",
        "g.title",
        "g.description",
        "g.status",
        "g.progress",
        "g.planned_start",
        "g.planned_end",
        "g.deliverable_title",
        "g.deliverable_kind",
        "g.deliverable_due",
        "g.deliverable_status",
        "g.needs_working_group",
        "w.status as working_group_status",
        "w.composed_on as working_group_composed_on",
        "w.started_on as working_group_started_on",
      ])
      .where("p.year", "=", year)
      .where("p.status", "<>", PlanStatus.BOZZA)
      .orderBy("g.code")
      .execute();
  }

  async goalActionIdByCode(code: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("goal_action")
      .select("id")
      .where("code", "=", code)
      .executeTakeFirst();
    return row?.id;
  }
}
