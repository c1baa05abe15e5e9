import { Args, Ctx, Directive, Query, Resolver } from "type-graphql";
import { CAPS } from "../caps.js";
import type { PlanningContext } from "../../context.js";
import { openDataFields } from "../../open-data/plan-csv.js";
import { GoalAction } from "../goal-action/goal-action.type.js";
import { YearArgs } from "../planning.input.js";
import { OpenDataset, SystemPlan } from "../payloads.js";

@Resolver()
export class SystemPlanResolver {
  @Query(() => SystemPlan, { description: "Figures of the system-wide plan of a year." })
  async systemPlan(
    @Args(() => YearArgs) { year }: YearArgs,
    @Ctx() { service }: PlanningContext,
  ): Promise<SystemPlan> {
    return service.systemPlan(year);
  }

  // 27 goal-actions in 2020 (10 communities); the cost model also weighs the query by 10.
  @Directive("@listSize(assumedSize: 30)")
  @Query(() => [GoalAction], {
    description: `Cronoprogramma: every goal-action of the year with its timeline (Gantt rows), by planned start; at most ${CAPS.cronoprogramma}.`,
  })
  async cronoprogramma(
    @Args(() => YearArgs) { year }: YearArgs,
    @Ctx() { service }: PlanningContext,
  ): Promise<GoalAction[]> {
    return service.cronoprogramma(year);
  }

  @Query(() => OpenDataset, {
    description: "The open-data CSV of a year's plan: its stable URL and documented columns.",
  })
  planOpenData(
    @Args(() => YearArgs) { year }: YearArgs,
    @Ctx() { publicUrl }: PlanningContext,
  ): OpenDataset {
    return {
      csvUrl: `${publicUrl}/open-data/pda-${year}.csv`,
      license: "CC-BY-4.0",
      fields: openDataFields.map(({ name, type, description }) => ({ name, type, description })),
    };
  }
}
