import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { PlanningContext } from "../../context.js";
import { CAPS } from "../caps.js";
import { GoalAction } from "../goal-action/goal-action.type.js";
import { toGoalAction, toPlan, toWorkingGroup } from "../mappers.js";
import { ActivityPlan } from "../plan/plan.type.js";
import { WorkingGroup } from "../working-group/working-group.type.js";
import { Community, Contribution, Person } from "./federated.types.js";

@Resolver(() => Community)
export class CommunityPlansResolver {
  @Directive("@listSize(assumedSize: 5)") // one a year
  @FieldResolver(() => [ActivityPlan], {
    nullable: true,
    description: `The community's plans, newest first: at most ${CAPS.plans}.`,
  })
  async plans(@Root() community: Community, @Ctx() { loaders }: PlanningContext) {
    return (await loaders.plansByCommunity.load(community.id)).map(toPlan);
  }

  @FieldResolver(() => ActivityPlan, {
    nullable: true,
    description: "The most recent plan the caller may see.",
  })
  async currentPlan(@Root() community: Community, @Ctx() { loaders }: PlanningContext) {
    const [latest] = await loaders.plansByCommunity.load(community.id);
    return latest ? toPlan(latest) : null;
  }
}

@Resolver(() => Person)
export class PersonWorkingGroupsResolver {
  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [WorkingGroup], {
    nullable: true,
    description: `Working groups the person belongs to, by name: at most ${CAPS.personWorkingGroups}.`,
  })
  async workingGroups(@Root() person: Person, @Ctx() { loaders }: PlanningContext) {
    const groups = await loaders.workingGroupsByPerson.load(person.id);
    const actions = await Promise.all(groups.map((g) => loaders.goalAction.load(g.goal_action_id)));
    const plans = await Promise.all(actions.map((a) => (a ? loaders.plan.load(a.plan_id) : null)));
    return groups.filter((_, i) => plans[i]).map(toWorkingGroup);
  }
}

@Resolver(() => Contribution)
export class ContributionGoalActionsResolver {
  @Directive("@listSize(assumedSize: 2)")
  @FieldResolver(() => [GoalAction], {
    nullable: true,
    description: `Goal-actions that answer this contribution, by code: at most ${CAPS.contributionGoalActions}.`,
  })
  async goalActions(@Root() contribution: Contribution, @Ctx() { loaders }: PlanningContext) {
    const actions = await loaders.goalActionsByContribution.load(contribution.id);
    const plans = await Promise.all(actions.map((a) => loaders.plan.load(a.plan_id)));
    return actions.filter((_, i) => plans[i]).map(toGoalAction);
  }
}
