import { Args, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CAPS } from "../caps.js";
import type { PlanningContext } from "../../context.js";
import { visibleGoalAction } from "../goal-action/goal-action.resolver.js";
import { GoalAction } from "../goal-action/goal-action.type.js";
import { toMember } from "../mappers.js";
import {
  AdvanceWorkingGroupArgs,
  CreateWorkingGroupArgs,
  WorkingGroupMemberArgs,
} from "../planning.input.js";
import { WorkingGroupPayload } from "../payloads.js";
import { WorkingGroup, WorkingGroupMember } from "./working-group.type.js";

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Mutation(() => WorkingGroupPayload, { description: "Creates the group of a goal-action." })
  async createWorkingGroup(
    @Args(() => CreateWorkingGroupArgs) { goalActionId, name }: CreateWorkingGroupArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<WorkingGroupPayload> {
    return service.createWorkingGroup(principal, goalActionId, name);
  }

  @Mutation(() => WorkingGroupPayload, {
    description: "DA_COSTITUIRE → COSTITUITO (composedOn) → AVVIATO (startedOn) → CONCLUSO.",
  })
  async advanceWorkingGroup(
    @Args(() => AdvanceWorkingGroupArgs) args: AdvanceWorkingGroupArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<WorkingGroupPayload> {
    return service.advanceWorkingGroup(principal, args);
  }

  @Mutation(() => WorkingGroupPayload)
  async addWorkingGroupMember(
    @Args(() => WorkingGroupMemberArgs) args: WorkingGroupMemberArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<WorkingGroupPayload> {
    return service.addMember(principal, args);
  }

  @Mutation(() => WorkingGroupPayload)
  async removeWorkingGroupMember(
    @Args(() => WorkingGroupMemberArgs) args: WorkingGroupMemberArgs,
    @Ctx() { principal, service }: PlanningContext,
  ): Promise<WorkingGroupPayload> {
    return service.removeMember(principal, args);
  }

  @FieldResolver(() => GoalAction)
  async goalAction(@Root() group: WorkingGroup, @Ctx() context: PlanningContext) {
    const action = await visibleGoalAction(group.goalActionId, context);
    if (!action) throw new Error("working group without a visible goal-action");
    return action;
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [WorkingGroupMember], {
    description: `Coordinators first, then by joining: at most ${CAPS.workingGroupMembers}.`,
  })
  async members(@Root() group: WorkingGroup, @Ctx() { loaders }: PlanningContext) {
    return (await loaders.membersByWorkingGroup.load(group.id)).map(toMember);
  }
}
