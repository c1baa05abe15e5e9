import { Args, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Connection } from "@comtem/service-kit";
import { CAPS } from "../caps.js";
import type { PlanningContext } from "../../context.js";
import { Community, reference } from "../federated/federated.types.js";
import { GoalAction } from "../goal-action/goal-action.type.js";
import { toGoalAction, toPlan } from "../mappers.js";
import { AdvancePlanArgs, IdArgs, PlansArgs, UpdatePlanArgs } from "../planning.input.js";
import { CreatePlanInput } from "../planning.input.js";
import { ActivityPlanConnection, ActivityPlanPayload } from "../payloads.js";
import { Arg } from "type-graphql";
import { canEdit } from "../../access.js";
import { ActivityPlan, PlanCapabilities, nextStatus } from "./plan.type.js";

@Resolver(() => ActivityPlan)
export class PlanResolver {
  @Query(() => ActivityPlan, { nullable: true, description: "Drafts only for community members." })
  async activityPlan(
    @Args(() => IdArgs) { id }: IdArgs,
    @Ctx() { loaders }: PlanningContext,
  ): Promise<ActivityPlan | null> {
    const row = await loaders.plan.load(id);
    return row ? toPlan(row) : null;
  }

  @Query(() => ActivityPlanConnection, { description: "Plans, newest year first." })
  async activityPlans(
    @Args(() => PlansArgs) { filter, first, after }: PlansArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<Connection<ActivityPlan>> {
    return service.listPlans(principal, filter ?? {}, { first, after });
  }

  @Mutation(() => ActivityPlanPayload, {
    description: "Co-coordinators and referents of the community, or admins, open a plan.",
  })
  async createActivityPlan(
    @Arg("input", () => CreatePlanInput) input: CreatePlanInput,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<ActivityPlanPayload> {
    return service.createPlan(principal, input);
  }

  @Mutation(() => ActivityPlanPayload, { description: "A stale version is a CONFLICT." })
  async updateActivityPlan(
    @Args(() => UpdatePlanArgs) { id, version, input }: UpdatePlanArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<ActivityPlanPayload> {
    return service.updatePlan(principal, id, version, input);
  }

  @Mutation(() => ActivityPlanPayload, {
    description: "BOZZA → CONDIVISO → APPROVATO → IN_CORSO → CONCLUSO, one step at a time.",
  })
  async advanceActivityPlan(
    @Args(() => AdvancePlanArgs) args: AdvancePlanArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<ActivityPlanPayload> {
    return service.advancePlan(principal, args);
  }

  @FieldResolver(() => PlanCapabilities, {
    description:
      "What the caller may do with this plan (all false when anonymous): the same rule that guards the mutations.",
  })
  viewerCan(@Root() plan: ActivityPlan, @Ctx() { principal }: PlanningContext): PlanCapabilities {
    const edit = canEdit(principal, plan.communityId);
    return {
      edit,
      advance: edit && nextStatus[plan.status] !== null,
      addGoalAction: edit,
      manageWorkingGroups: edit,
    };
  }

  @FieldResolver(() => Community, { nullable: true })
  community(@Root() plan: ActivityPlan): Community {
    return reference(plan.communityId, Community);
  }

  // 2020: 27 goal-actions over 10 plans, up to 5 in one.
  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [GoalAction], { description: `By code: at most ${CAPS.goalActions}.` })
  async goalActions(
    @Root() plan: ActivityPlan,
    @Ctx() { loaders }: PlanningContext,
  ): Promise<GoalAction[]> {
    return (await loaders.goalActionsByPlan.load(plan.id)).map(toGoalAction);
  }
}
