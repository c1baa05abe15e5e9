import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPeople, seededCommunityId, seededPersonId } from "@comtem/seed-data";
import { stableId, type Principal } from "@comtem/service-kit";
import { testBackends, testPrincipals } from "@comtem/testing";
import { startPlanning, type PlanningHarness } from "./harness.js";

const competenze = seededCommunityId("competenze-digitali");
const dati = seededCommunityId("dati");
const person = (i: number) => seededPersonId(seedPeople[i]!.key);
const roles: Record<string, Principal | undefined> = {
  anonymous: undefined,
  participant: testPrincipals.member(person(1), [
    { communityId: competenze, role: "PARTECIPANTE" },
  ]),
  "co-coordinator of another community": testPrincipals.member(person(2), [
    { communityId: dati, role: "CO_COORDINATORE" },
  ]),
  "co-coordinator of this community": testPrincipals.member(person(3), [
    { communityId: competenze, role: "CO_COORDINATORE" },
  ]),
  admin: testPrincipals.admin(person(4)),
};
const coordinator = roles["co-coordinator of this community"]!;
const expectedCode: Record<string, string | null> = {
  anonymous: "UNAUTHENTICATED",
  participant: "FORBIDDEN",
  "co-coordinator of another community": "FORBIDDEN",
  "co-coordinator of this community": null,
  admin: null,
};

describe.each(testBackends())("planning subgraph on %s", (backend) => {
  let planning: PlanningHarness;
  beforeAll(async () => {
    planning = await startPlanning(backend);
  });
  afterAll(async () => {
    await planning?.close();
  });

  /** Everything a mutation could have written, to prove a refusal wrote nothing. */
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all(
        (
          [
            "activity_plan",
            "goal_action",
            "milestone",
            "working_group",
            "working_group_member",
          ] as const
        ).map((table) => planning.database.db.selectFrom(table).selectAll().execute()),
      ),
    );

  const planOf = async (communityId: string, year = 2020) =>
    planning.database.db
      .selectFrom("activity_plan")
      .selectAll()
      .where("community_id", "=", communityId)
      .where("year", "=", year)
      .executeTakeFirstOrThrow();

  it("tells each caller what they may do with a plan (viewerCan), by the rule of the mutations", async () => {
    const plan = await planOf(competenze);
    const query = `query($id: ID!) { activityPlan(id: $id) { status viewerCan { edit advance addGoalAction manageWorkingGroups } } }`;
    for (const [name, principal] of Object.entries(roles)) {
      const { data, errors } = await planning.run(query, { id: plan.id }, principal);
      expect(errors, name).toBeUndefined();
      const editor = expectedCode[name] === null;
      expect(data!.activityPlan.viewerCan, name).toEqual({
        edit: editor,
        advance: editor && data!.activityPlan.status !== "CONCLUSO",
        addGoalAction: editor,
        manageWorkingGroups: editor,
      });
    }
    // A referent edits plans too (co-coordinators and referents).
    const referent = testPrincipals.member(person(6), [
      { communityId: competenze, role: "REFERENTE_REGIONE" },
    ]);
    const { data } = await planning.run(query, { id: plan.id }, referent);
    expect(data!.activityPlan.viewerCan.edit).toBe(true);
  });

  it("tells who may share a goal-action's deliverable (viewerCan.deliver), by goalAction.deliver", async () => {
    const plan = await planOf(competenze);
    const id = randomUUID();
    const [referent, lead, member] = [person(7), person(8), person(9)];
    await planning.database.db
      .insertInto("goal_action")
      .values({
        id,
        plan_id: plan.id,
        code: "CD-2020-DELIVER",
        title: "Azione con gruppo di lavoro",
        deliverable_title: "Linee guida",
        deliverable_kind: "LINEE_GUIDA",
        contribution_ids: [],
        referent_ids: [referent],
      })
      .execute();
    const groupId = randomUUID();
    await planning.database.db
      .insertInto("working_group")
      .values({ id: groupId, goal_action_id: id, name: "GdL" })
      .execute();
    await planning.database.db
      .insertInto("working_group_member")
      .values([
        { working_group_id: groupId, person_id: lead, role: "REFERENTE_GDL" },
        { working_group_id: groupId, person_id: member, role: "MEMBRO" },
      ])
      .execute();
    const participantOf = (personId: string) =>
      testPrincipals.member(personId, [{ communityId: competenze, role: "PARTECIPANTE" }]);
    const expected: [string, Principal | undefined, boolean][] = [
      ...Object.entries(roles).map(
        ([name, principal]) =>
          [name, principal, expectedCode[name] === null] as [
            string,
            Principal | undefined,
            boolean,
          ],
      ),
      ["working-group member", participantOf(member), true],
      ["working-group lead", participantOf(lead), true],
      ["goal-action referent", participantOf(referent), true],
    ];
    const query = `query($id: ID!) { goalAction(id: $id) { viewerCan { deliver } } }`;
    for (const [name, principal, deliver] of expected) {
      const { data, errors } = await planning.run(query, { id }, principal);
      expect(errors, name).toBeUndefined();
      expect(data!.goalAction.viewerCan.deliver, name).toBe(deliver);
    }
    await planning.database.db.deleteFrom("goal_action").where("id", "=", id).execute();
  });

  it("computes the 2020 system plan from the stored data", async () => {
    const query = `{ systemPlan(year: 2020) { communitiesWithPlan goalActions goalActionsNeedingWorkingGroup workingGroupsStartedByMonth { month count } deliverablesByKindAndStatus { kind status count } } }`;
    const { data } = await planning.run(query);
    expect(data!.systemPlan).toMatchObject({
      communitiesWithPlan: 10,
      goalActions: 27,
      goalActionsNeedingWorkingGroup: 21,
      workingGroupsStartedByMonth: [{ month: "2020-07", count: 19 }],
    });
    const deliverables = data!.systemPlan.deliverablesByKindAndStatus as { count: number }[];
    expect(deliverables.reduce((sum, d) => sum + d.count, 0)).toBe(27);
  });

  it("lists the cronoprogramma with timelines", async () => {
    const { data } = await planning.run(
      `{ cronoprogramma(year: 2020) { code timeline { plannedStart plannedEnd } milestones { dueOn } } }`,
    );
    expect(data!.cronoprogramma).toHaveLength(27);
    for (const row of data!.cronoprogramma) {
      expect(row.timeline.plannedEnd >= row.timeline.plannedStart).toBe(true);
    }
  });

  describe("plan board", () => {
    const board = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Community {
      plans { year status goalActions { code progress contributions { id } referents { id }
        milestones { done }
        workingGroup { status members { role person { id } } } viewerCan { deliver } } } } } }`;

    async function statementsFor(communityId: string) {
      const before = planning.database.statements();
      // Signed in, so that viewerCan needs the plan, the working group and its members.
      const result = await planning.run(
        board,
        { reps: [{ __typename: "Community", id: communityId }] },
        testPrincipals.member(person(1), [{ communityId, role: "PARTECIPANTE" }]),
      );
      expect(result.errors).toBeUndefined();
      return { statements: planning.database.statements() - before, result };
    }

    it("costs the same number of SQL statements for a plan ten times larger", async () => {
      const small = await statementsFor(competenze);
      const actions = small.result.data!._entities[0].plans[0].goalActions;
      expect(actions).toHaveLength(3);

      const big = randomUUID();
      const planId = randomUUID();
      const db = planning.database.db;
      await db
        .insertInto("activity_plan")
        .values({ id: planId, community_id: big, year: 2020, status: "IN_CORSO" })
        .execute();
      for (let i = 0; i < 30; i += 1) {
        const id = randomUUID();
        await db
          .insertInto("goal_action")
          .values({
            id,
            plan_id: planId,
            code: `XX-2020-${String(i).padStart(2, "0")}`,
            title: `Azione ${i}`,
            deliverable_title: "D",
            deliverable_kind: "REPORT",
            contribution_ids: [randomUUID(), randomUUID()],
            referent_ids: [person(i % 50)],
          })
          .execute();
        await db
          .insertInto("milestone")
          .values({ id: randomUUID(), goal_action_id: id, title: "M", due_on: "2020-09-01" })
          .execute();
        const groupId = randomUUID();
        await db
          .insertInto("working_group")
          .values({ id: groupId, goal_action_id: id, name: `G ${i}`, status: "AVVIATO" })
          .execute();
        await db
          .insertInto("working_group_member")
          .values(
            Array.from({ length: 8 }, (_, m) => ({
              working_group_id: groupId,
              person_id: person((i + m) % 50),
              role: m ? "MEMBRO" : "REFERENTE_GDL",
            })),
          )
          .execute();
      }
      const large = await statementsFor(big);
      expect(large.result.data!._entities[0].plans[0].goalActions).toHaveLength(30);
      console.log(
        `plan board SQL statements: 3 actions → ${small.statements}, 30 actions × 8 members → ${large.statements}`,
      );
      expect(large.statements).toBe(small.statements);
    });
  });

  describe("visibility", () => {
    it("hides drafts from anonymous callers and shows them to members", async () => {
      const draftId = stableId(`draft:${backend}`);
      await planning.database.db
        .insertInto("activity_plan")
        .values({ id: draftId, community_id: competenze, year: 2021 })
        .execute();
      const query = `query($id: ID!) { activityPlan(id: $id) { year status } }`;
      expect((await planning.run(query, { id: draftId })).data!.activityPlan).toBeNull();
      expect(
        (await planning.run(query, { id: draftId }, roles["co-coordinator of another community"]))
          .data!.activityPlan,
      ).toBeNull();
      expect(
        (await planning.run(query, { id: draftId }, roles.participant)).data!.activityPlan,
      ).toEqual({ year: 2021, status: "BOZZA" });
      const list = `{ activityPlans(first: 100, filter: { year: 2021 }) { totalCount } }`;
      expect((await planning.run(list)).data!.activityPlans.totalCount).toBe(0);
      expect((await planning.run(list, {}, roles.admin)).data!.activityPlans.totalCount).toBe(1);
      await planning.database.db.deleteFrom("activity_plan").where("id", "=", draftId).execute();
    });
  });

  describe("role matrix", () => {
    type Case = {
      name: string;
      run: (
        p: Principal | undefined,
      ) => Promise<{ errors?: { extensions?: Record<string, unknown> }[]; data?: any }>;
    };
    let codes = 10;
    const cases: Case[] = [
      {
        name: "createActivityPlan",
        run: (p) =>
          planning.run(
            `mutation($c: ID!) { createActivityPlan(input: { communityId: $c, year: 2031 }) { plan { id } userErrors { code } } }`,
            { c: competenze },
            p,
          ),
      },
      {
        name: "updateActivityPlan",
        run: async (p) => {
          const plan = await planOf(competenze);
          return planning.run(
            `mutation($id: ID!, $v: Int!) { updateActivityPlan(id: $id, version: $v, input: { agendaNote: "nota" }) { plan { id } } }`,
            { id: plan.id, v: plan.version },
            p,
          );
        },
      },
      {
        name: "advanceActivityPlan",
        run: async (p) => {
          const id = randomUUID();
          await planning.database.db
            .insertInto("activity_plan")
            .values({ id, community_id: competenze, year: 2040 + codes++ })
            .execute();
          const result = await planning.run(
            `mutation($id: ID!) { advanceActivityPlan(id: $id, version: 1, status: CONDIVISO) { plan { status } } }`,
            { id },
            p,
          );
          await planning.database.db.deleteFrom("activity_plan").where("id", "=", id).execute();
          return result;
        },
      },
      {
        name: "createGoalAction",
        run: async (p) => {
          const plan = await planOf(competenze);
          return planning.run(
            `mutation($id: ID!, $code: String!) { createGoalAction(planId: $id, input: { code: $code, title: "Nuova azione", deliverableTitle: "Report", deliverableKind: REPORT }) { goalAction { id } } }`,
            { id: plan.id, code: `CD-2030-${codes++}` },
            p,
          );
        },
      },
      {
        name: "updateGoalAction",
        run: async (p) => {
          const action = await planning.database.db
            .selectFrom("goal_action")
            .selectAll()
            .where("code", "=", "CD-2020-01")
            .executeTakeFirstOrThrow();
          return planning.run(
            `mutation($id: ID!, $v: Int!) { updateGoalAction(id: $id, version: $v, input: { progress: 91 }) { goalAction { progress } } }`,
            { id: action.id, v: action.version },
            p,
          );
        },
      },
      {
        name: "createWorkingGroup",
        run: async (p) => {
          const plan = await planOf(competenze);
          const id = randomUUID();
          await planning.database.db
            .insertInto("goal_action")
            .values({
              id,
              plan_id: plan.id,
              code: `TEST-${randomUUID()}`,
              title: "Senza gruppo",
              deliverable_title: "D",
              deliverable_kind: "REPORT",
            })
            .execute();
          const result = await planning.run(
            `mutation($id: ID!) { createWorkingGroup(goalActionId: $id, name: "Nuovo GdL") { workingGroup { id } } }`,
            { id },
            p,
          );
          if (result.errors)
            await planning.database.db.deleteFrom("goal_action").where("id", "=", id).execute();
          return result;
        },
      },
      {
        name: "advanceWorkingGroup",
        run: async (p) => {
          const plan = await planOf(competenze);
          const action = randomUUID();
          const group = randomUUID();
          const db = planning.database.db;
          await db
            .insertInto("goal_action")
            .values({
              id: action,
              plan_id: plan.id,
              code: `TEST-${randomUUID()}`,
              title: "Con gruppo",
              deliverable_title: "D",
              deliverable_kind: "REPORT",
            })
            .execute();
          await db
            .insertInto("working_group")
            .values({ id: group, goal_action_id: action, name: "GdL" })
            .execute();
          const result = await planning.run(
            `mutation($id: ID!) { advanceWorkingGroup(id: $id, version: 1, status: COSTITUITO, on: "2020-09-01") { workingGroup { status composedOn } } }`,
            { id: group },
            p,
          );
          await db.deleteFrom("goal_action").where("id", "=", action).execute();
          return result;
        },
      },
      {
        name: "addWorkingGroupMember",
        run: (p) =>
          planning.run(
            `mutation($g: ID!, $p: ID!) { addWorkingGroupMember(workingGroupId: $g, personId: $p) { userErrors { code } } }`,
            { g: stableId("working-group:CD-2020-02"), p: randomUUID() },
            p,
          ),
      },
      {
        name: "removeWorkingGroupMember",
        run: async (p) => {
          const member = await planning.database.db
            .selectFrom("working_group_member")
            .selectAll()
            .where("working_group_id", "=", stableId("working-group:CD-2020-03"))
            .executeTakeFirstOrThrow();
          return planning.run(
            `mutation($g: ID!, $p: ID!) { removeWorkingGroupMember(workingGroupId: $g, personId: $p) { userErrors { code } } }`,
            { g: member.working_group_id, p: member.person_id },
            p,
          );
        },
      },
    ];

    for (const testCase of cases) {
      it.each(Object.keys(roles))(`${testCase.name} as %s`, async (role) => {
        const before = await snapshot();
        const result = await testCase.run(roles[role]);
        const code = expectedCode[role];
        if (code) {
          expect(result.errors?.[0]?.extensions?.code).toBe(code);
          expect(await snapshot()).toBe(before);
        } else {
          expect(result.errors).toBeUndefined();
        }
      });
    }
  });

  describe("bad input", () => {
    it.each([
      [
        "invalid transition",
        async () => {
          const plan = await planOf(dati);
          return planning.run(
            `mutation($id: ID!, $v: Int!) { advanceActivityPlan(id: $id, version: $v, status: BOZZA) { plan { id } } }`,
            { id: plan.id, v: plan.version },
            coordinatorOf(dati),
          );
        },
        "BAD_USER_INPUT",
        "status",
      ],
      [
        "progress 101",
        async () => {
          const action = await actionByCode("DA-2020-01");
          return planning.run(
            `mutation($id: ID!, $v: Int!) { updateGoalAction(id: $id, version: $v, input: { progress: 101 }) { goalAction { id } } }`,
            { id: action.id, v: action.version },
            coordinatorOf(dati),
          );
        },
        "BAD_USER_INPUT",
        "input.progress",
      ],
      [
        "end before start",
        async () => {
          const action = await actionByCode("DA-2020-01");
          return planning.run(
            `mutation($id: ID!, $v: Int!) { updateGoalAction(id: $id, version: $v, input: { plannedEnd: "2019-01-01" }) { goalAction { id } } }`,
            { id: action.id, v: action.version },
            coordinatorOf(dati),
          );
        },
        "BAD_USER_INPUT",
        "plannedEnd",
      ],
      [
        "stale version",
        async () => {
          const action = await actionByCode("DA-2020-01");
          return planning.run(
            `mutation($id: ID!, $v: Int!) { updateGoalAction(id: $id, version: $v, input: { progress: 12 }) { goalAction { id } } }`,
            { id: action.id, v: action.version - 1 || 99 },
            coordinatorOf(dati),
          );
        },
        "CONFLICT",
        "version",
      ],
      [
        "malformed id",
        async () => planning.run(`{ goalAction(id: "x'; drop table goal_action; --") { id } }`),
        "BAD_USER_INPUT",
        "id",
      ],
    ])("%s → %s, nothing written", async (_label, attempt, code, field) => {
      const before = await snapshot();
      const result = await attempt();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await snapshot()).toBe(before);
    });

    it("accepts the fresh version and bumps it", async () => {
      const action = await actionByCode("DA-2020-02");
      const result = await planning.run(
        `mutation($id: ID!, $v: Int!) { updateGoalAction(id: $id, version: $v, input: { progress: 61 }) { goalAction { progress version } } }`,
        { id: action.id, v: action.version },
        coordinatorOf(dati),
      );
      expect(result.data!.updateGoalAction.goalAction).toEqual({
        progress: 61,
        version: action.version + 1,
      });
    });
  });

  it("exports the open-data CSV with the documented columns", async () => {
    const { data } = await planning.run(
      `{ planOpenData(year: 2020) { csvUrl fields { name type description } } }`,
    );
    expect(data!.planOpenData.csvUrl).toBe("http://gateway.test/open-data/pda-2020.csv");
    const listening = planning.server.httpServer.listen(0, "127.0.0.1");
    await new Promise((resolve) => listening.once("listening", resolve));
    const { port } = listening.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/open-data/pda-2020.csv`);
      expect(response.headers.get("content-type")).toContain("text/csv");
      const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
      expect(Object.keys(records[0]!)).toEqual(
        data!.planOpenData.fields.map((f: { name: string }) => f.name),
      );
      // Earlier tests added actions to 2020: compare with the figures computed now.
      const figures = (
        await planning.run(
          `{ systemPlan(year: 2020) { goalActions goalActionsNeedingWorkingGroup workingGroupsStartedByMonth { month count } } }`,
        )
      ).data!.systemPlan;
      expect(records).toHaveLength(figures.goalActions);
      expect(records.filter((r) => r.richiede_gdl === "true")).toHaveLength(
        figures.goalActionsNeedingWorkingGroup,
      );
      const july = figures.workingGroupsStartedByMonth.find(
        (m: { month: string }) => m.month === "2020-07",
      );
      expect(records.filter((r) => r.gdl_avviato_il?.startsWith("2020-07"))).toHaveLength(
        july.count,
      );
      const seeded = records.find((r) => r.codice_azione === "CD-2020-02")!;
      expect(seeded).toMatchObject({
        anno: "2020",
        tipo_deliverable: "KIT_RIUSO",
        richiede_gdl: "true",
        stato_gdl: "AVVIATO",
      });
      expect((await fetch(`http://127.0.0.1:${port}/open-data/../../etc/passwd`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
  });

  function coordinatorOf(communityId: string): Principal {
    return testPrincipals.member(coordinator.personId!, [{ communityId, role: "CO_COORDINATORE" }]);
  }
  async function actionByCode(code: string) {
    return planning.database.db
      .selectFrom("goal_action")
      .selectAll()
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
  }
});
