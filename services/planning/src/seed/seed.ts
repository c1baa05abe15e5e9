import type { Kysely } from "kysely";
import {
  seedCommunityRefs,
  seedPeople,
  seededCommunityId,
  seededContributionId,
  seededGoalActionId,
  seededPersonId,
} from "@comtem/seed-data";
import { stableId } from "@comtem/service-kit";
import type { PlanningDatabase } from "../db/tables.js";
import { plans2020, type SeedGoalAction } from "./plan-2020.js";

export interface PlanningSeedResult {
  plans: number;
  goalActions: number;
  workingGroups: number;
}

/** Working-group dates: 19 groups composed and started in July, 2 composed in the autumn. */
function groupDates(action: SeedGoalAction, index: number) {
  if (action.group === "july") {
    const day = String(6 + (index % 20)).padStart(2, "0");
    return { status: "AVVIATO", composed_on: "2020-07-01", started_on: `2020-07-${day}` };
  }
  return {
    status: "COSTITUITO",
    composed_on: index % 2 ? "2020-10-12" : "2020-09-21",
    started_on: null,
  };
}

/**
 * The 2020 plans, idempotent (stable ids, existing rows kept), in one transaction. People come
 * from the shared seed (members rotate over them); contributions are the communities seed's
 * kick-off contributions, referred to by their stable ids.
 */
export async function seedPlanningData(db: Kysely<PlanningDatabase>): Promise<PlanningSeedResult> {
  const people = seedPeople.map((p) => seededPersonId(p.key));
  let cursor = 0;
  const nextPeople = (n: number) =>
    Array.from({ length: n }, () => people[cursor++ % people.length] as string);

  return db.transaction().execute(async (trx) => {
    const result: PlanningSeedResult = { plans: 0, goalActions: 0, workingGroups: 0 };
    let groupIndex = 0;
    for (const community of seedCommunityRefs) {
      const actions = plans2020[community.slug] ?? [];
      const planId = stableId(`plan:${community.slug}:2020`);
      const plan = await trx
        .insertInto("activity_plan")
        .values({
          id: planId,
          community_id: seededCommunityId(community.slug),
          year: 2020,
          status: "IN_CORSO",
          approved_on: "2020-06-30",
          agenda_note:
            "Recepito dall'Agenda Digitale dell'Emilia-Romagna come contributo alla programmazione 2020-2025 (illustrativo).",
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .execute();
      result.plans += plan.length;

      for (const [i, action] of actions.entries()) {
        const code = `${community.code}-2020-${String(i + 1).padStart(2, "0")}`;
        const goalActionId = seededGoalActionId(code);
        const team = nextPeople(4);
        const inserted = await trx
          .insertInto("goal_action")
          .values({
            id: goalActionId,
            plan_id: planId,
            code,
            title: action.title,
            description: action.description,
            needs_working_group: action.group !== null,
            planned_start: action.start,
            planned_end: action.end,
            status:
              action.progress >= 100 ? "COMPLETATA" : action.progress > 0 ? "IN_CORSO" : "AVVIATA",
            progress: action.progress,
            deliverable_title: action.deliverable,
            deliverable_kind: action.kind,
            deliverable_due: action.end,
            deliverable_status: action.progress >= 100 ? "CONSEGNATO" : "IN_LAVORAZIONE",
            contribution_ids: action.answers.map((n) => seededContributionId(community.slug, n)),
            referent_ids: team.slice(0, 1),
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute();
        result.goalActions += inserted.length;
        if (inserted.length === 0) continue;

        await trx
          .insertInto("milestone")
          .values([
            {
              id: stableId(`milestone:${code}:1`),
              goal_action_id: goalActionId,
              title: "Avvio delle attività",
              due_on: action.start,
              done: true,
            },
            {
              id: stableId(`milestone:${code}:2`),
              goal_action_id: goalActionId,
              title: "Consegna del deliverable",
              due_on: action.end,
              done: action.progress >= 100,
            },
          ])
          .execute();

        if (action.group) {
          const groupId = stableId(`working-group:${code}`);
          await trx
            .insertInto("working_group")
            .values({
              id: groupId,
              goal_action_id: goalActionId,
              name: `GdL ${action.title}`,
              ...groupDates(action, groupIndex++),
            })
            .execute();
          await trx
            .insertInto("working_group_member")
            .values(
              team.map((personId, m) => ({
                working_group_id: groupId,
                person_id: personId,
                role: m === 0 ? "REFERENTE_GDL" : "MEMBRO",
                joined_on: "2020-07-01",
              })),
            )
            .execute();
          result.workingGroups += 1;
        }
      }
    }
    return result;
  });
}
