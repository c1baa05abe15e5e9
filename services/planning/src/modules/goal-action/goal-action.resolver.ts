import { Args, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { InputError } from "@comtem/service-kit";
import { CAPS } from "../caps.js";
import { canDeliver } from "../../access.js";
import type { PlanningContext } from "../../context.js";
import { Contribution, Person, reference } from "../federated/federated.types.js";
import { toGoalAction, toMilestone, toPlan, toWorkingGroup } from "../mappers.js";
import {
  CreateGoalActionArgs,
  GoalActionLookupArgs,
  UpdateGoalActionArgs,
} from "../planning.input.js";
import { GoalActionPayload } from "../payloads.js";
import { ActivityPlan } from "../plan/plan.type.js";
import { WorkingGroup } from "../working-group/working-group.type.js";
import { GoalAction, GoalActionCapabilities, Milestone } from "./goal-action.type.js";

/** A goal-action is visible when its plan is (drafts only to the community's members). */
export async function visibleGoalAction(
  id: string,
  { loaders }: PlanningContext,
): Promise<GoalAction | null> {
  const row = await loaders.goalAction.load(id);
  if (!row || !(await loaders.plan.load(row.plan_id))) return null;
  return toGoalAction(row);
}

@Resolver(() => GoalAction)
export class GoalActionResolver {
  @Query(() => GoalAction, { nullable: true, description: "By id or by code (give one)." })
  async goalAction(
    @Args(() => GoalActionLookupArgs) { id, code }: GoalActionLookupArgs,
    @Ctx() context: PlanningContext,
  ): Promise<GoalAction | null> {
    if (Boolean(id) === Boolean(code)) {
      throw new InputError("Give exactly one of id and code", id ? "code" : "id");
    }
    const targetId = id ?? (await context.service.goalActionIdByCode(code as string));
    return targetId ? visibleGoalAction(targetId, context) : null;
  }

  @Mutation(() => GoalActionPayload)
  async createGoalAction(
    @Args(() => CreateGoalActionArgs) { planId, input }: CreateGoalActionArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<GoalActionPayload> {
    return service.createGoalAction(principal, planId, input);
  }

  @Mutation(() => GoalActionPayload, {
    description:
      "Partial update; milestones, when given, replace the list. Stale version → CONFLICT.",
  })
  async updateGoalAction(
    @Args(() => UpdateGoalActionArgs) { id, version, input }: UpdateGoalActionArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<GoalActionPayload> {
    return service.updateGoalAction(principal, id, version, input);
  }

  @FieldResolver(() => ActivityPlan)
  async plan(
    @Root() action: GoalAction,
    @Ctx() { loaders }: PlanningContext,
  ): Promise<ActivityPlan> {
    const row = await loaders.plan.load(action.planId);
    if (!row) throw new Error("goal-action without a visible plan");
    return toPlan(row);
  }

  @FieldResolver(() => GoalActionCapabilities, {
    description:
      "What the caller may do with this goal-action (all false when anonymous), by the shared policy that guards the writes.",
  })
  async viewerCan(
    @Root() action: GoalAction,
    @Ctx() { principal, loaders }: PlanningContext,
  ): Promise<GoalActionCapabilities> {
    if (!principal.personId) return { deliver: false };
    const [plan, group] = await Promise.all([
      loaders.plan.load(action.planId),
      loaders.workingGroupByGoalAction.load(action.id),
    ]);
    if (!plan) return { deliver: false };
    const members = group ? await loaders.membersByWorkingGroup.load(group.id) : [];
    return {
      deliver: canDeliver(principal, {
        communityId: plan.community_id,
        referentIds: action.referentIds,
        workingGroupMemberIds: members.map((m) => m.person_id),
      }),
    };
  }

  @Directive("@listSize(assumedSize: 4)") // the input replaces them, at most 30
  @FieldResolver(() => [Milestone])
  async milestones(@Root() action: GoalAction, @Ctx() { loaders }: PlanningContext) {
    return (await loaders.milestonesByGoalAction.load(action.id)).map(toMilestone);
  }

  @FieldResolver(() => WorkingGroup, { nullable: true })
  async workingGroup(@Root() action: GoalAction, @Ctx() { loaders }: PlanningContext) {
    const row = await loaders.workingGroupByGoalAction.load(action.id);
    return row ? toWorkingGroup(row) : null;
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [Contribution], {
    nullable: "items",
    description: `The kick-off contributions it answers: at most ${CAPS.goalActionContributions} (what the input accepts).`,
  })
  contributions(@Root() action: GoalAction): Contribution[] {
    return action.contributionIds
      .slice(0, CAPS.goalActionContributions)
      .map((id) => reference(id, Contribution));
  }

  @Directive("@listSize(assumedSize: 2)")
  @FieldResolver(() => [Person], {
    nullable: "items",
    description: `People responsible for it: at most ${CAPS.goalActionReferents} (what the input accepts).`,
  })
  referents(@Root() action: GoalAction): Person[] {
    return action.referentIds.slice(0, CAPS.goalActionReferents).map((id) => reference(id, Person));
  }
}
