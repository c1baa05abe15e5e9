import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPeople, seededCommunityId, seededPersonId } from "@comtem/seed-data";
import { testBackends, testPrincipals } from "@comtem/testing";
import { startPlanning, type PlanningHarness } from "./harness.js";

const competenze = seededCommunityId("competenze-digitali");
const coordinator = testPrincipals.member(seededPersonId(seedPeople[3]!.key), [
  { communityId: competenze, role: "CO_COORDINATORE" },
]);

/**
 * Unique-constraint races: another writer commits the same code (or plan, or working group)
 * after the service checked for duplicates and before it writes. A trigger plays that writer:
 * right before the service's own INSERT/UPDATE it inserts the duplicate row, so the database
 * answers unique_violation (23505) exactly where a real race would. The mutation must say
 * CONFLICT naming the field, not INTERNAL_SERVER_ERROR, and write nothing.
 */
describe.each(testBackends())("unique-constraint races in planning on %s", (backend) => {
  let planning: PlanningHarness;
  beforeAll(async () => {
    planning = await startPlanning(backend);
  });
  afterAll(async () => {
    await planning?.close();
  });

  const snapshot = async () =>
    JSON.stringify(
      await Promise.all(
        (["activity_plan", "goal_action", "milestone", "working_group"] as const).map((table) =>
          planning.database.db.selectFrom(table).selectAll().orderBy("id").execute(),
        ),
      ),
    );

  /**
   * Installs a BEFORE trigger on `table` that runs `duplicate` (an INSERT of the competing row,
   * which may read NEW) when `when` holds; the competing row's id is `rivalId`, which the
   * trigger skips so that it does not fire on its own insert.
   */
  async function rival(
    name: string,
    table: string,
    event: "INSERT" | "UPDATE",
    when: string,
    duplicate: string,
  ) {
    const schema = planning.database.schema;
    await sql
      .raw(
        `CREATE FUNCTION ${schema}.${name}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN ${duplicate}; RETURN NEW; END $$`,
      )
      .execute(planning.database.db);
    await sql
      .raw(
        `CREATE TRIGGER ${name} BEFORE ${event} ON ${schema}.${table}
         FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${schema}.${name}()`,
      )
      .execute(planning.database.db);
  }

  async function planOf(year = 2020) {
    return planning.database.db
      .selectFrom("activity_plan")
      .selectAll()
      .where("community_id", "=", competenze)
      .where("year", "=", year)
      .executeTakeFirstOrThrow();
  }

  async function expectConflict(
    attempt: () => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>,
    field: string,
  ) {
    const before = await snapshot();
    const result = await attempt();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field });
    expect(await snapshot()).toBe(before);
  }

  it("createActivityPlan: a plan for the same community and year → CONFLICT", async () => {
    const rivalId = randomUUID();
    await rival(
      "race_plan",
      "activity_plan",
      "INSERT",
      `NEW.year = 2077 AND NEW.id <> '${rivalId}'`,
      `INSERT INTO ${planning.database.schema}.activity_plan (id, community_id, year, created_at, updated_at)
       VALUES ('${rivalId}', NEW.community_id, NEW.year, now(), now())`,
    );
    await expectConflict(
      () =>
        planning.run(
          `mutation($c: ID!) { createActivityPlan(input: { communityId: $c, year: 2077 }) { plan { id } userErrors { code } } }`,
          { c: competenze },
          coordinator,
        ),
      "year",
    );
  });

  const goalActionRow = (rivalId: string, code: string) =>
    `INSERT INTO ${planning.database.schema}.goal_action
       (id, plan_id, code, title, deliverable_title, deliverable_kind, contribution_ids, referent_ids, created_at, updated_at)
     VALUES ('${rivalId}', NEW.plan_id, ${code}, 'Rivale', 'D', 'REPORT', '{}', '{}', now(), now())`;

  it("createGoalAction: the same code → CONFLICT", async () => {
    const rivalId = randomUUID();
    await rival(
      "race_goal_action_insert",
      "goal_action",
      "INSERT",
      `NEW.code = 'RACE-2020-01' AND NEW.id <> '${rivalId}'`,
      goalActionRow(rivalId, "NEW.code"),
    );
    const plan = await planOf();
    await expectConflict(
      () =>
        planning.run(
          `mutation($p: ID!) { createGoalAction(planId: $p, input: { code: "RACE-2020-01", title: "Azione", deliverableTitle: "Report", deliverableKind: REPORT }) { goalAction { id } userErrors { code } } }`,
          { p: plan.id },
          coordinator,
        ),
      "code",
    );
  });

  it("updateGoalAction: a code taken meanwhile → CONFLICT", async () => {
    const rivalId = randomUUID();
    await rival(
      "race_goal_action_update",
      "goal_action",
      "UPDATE",
      `NEW.code = 'RACE-2020-02' AND OLD.code <> 'RACE-2020-02'`,
      goalActionRow(rivalId, "NEW.code"),
    );
    const action = await planning.database.db
      .selectFrom("goal_action")
      .selectAll()
      .where("plan_id", "=", (await planOf()).id)
      .orderBy("code")
      .executeTakeFirstOrThrow();
    await expectConflict(
      () =>
        planning.run(
          `mutation($id: ID!, $v: Int!) { updateGoalAction(id: $id, version: $v, input: { code: "RACE-2020-02" }) { goalAction { id } userErrors { code } } }`,
          { id: action.id, v: action.version },
          coordinator,
        ),
      "code",
    );
  });

  it("createWorkingGroup: a group for the same goal-action → CONFLICT", async () => {
    const plan = await planOf();
    const goalActionId = randomUUID();
    await planning.database.db
      .insertInto("goal_action")
      .values({
        id: goalActionId,
        plan_id: plan.id,
        code: "RACE-2020-03",
        title: "Azione senza gruppo",
        deliverable_title: "Report",
        deliverable_kind: "REPORT",
        contribution_ids: [],
        referent_ids: [],
      })
      .execute();
    const rivalId = randomUUID();
    await rival(
      "race_working_group",
      "working_group",
      "INSERT",
      `NEW.goal_action_id = '${goalActionId}' AND NEW.id <> '${rivalId}'`,
      `INSERT INTO ${planning.database.schema}.working_group (id, goal_action_id, name, created_at, updated_at)
       VALUES ('${rivalId}', NEW.goal_action_id, 'GdL rivale', now(), now())`,
    );
    await expectConflict(
      () =>
        planning.run(
          `mutation($a: ID!) { createWorkingGroup(goalActionId: $a, name: "GdL") { workingGroup { id } userErrors { code } } }`,
          { a: goalActionId },
          coordinator,
        ),
      "goalActionId",
    );
  });
});
