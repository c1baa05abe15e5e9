import { buildFederatedSchema, type FederatedSchema } from "@comtem/service-kit";
import type { PlanningContext } from "./context.js";
import {
  CommunityPlansResolver,
  ContributionGoalActionsResolver,
  PersonWorkingGroupsResolver,
} from "./modules/federated/federated.resolver.js";
import { Community, Contribution, Person, reference } from "./modules/federated/federated.types.js";
import {
  GoalActionResolver,
  visibleGoalAction,
} from "./modules/goal-action/goal-action.resolver.js";
import { toPlan, toWorkingGroup } from "./modules/mappers.js";
import { PlanResolver } from "./modules/plan/plan.resolver.js";
import { SystemPlanResolver } from "./modules/system/system.resolver.js";
import { WorkingGroupResolver } from "./modules/working-group/working-group.resolver.js";

type Ref = { id: string };

/** The planning subgraph: owner of ActivityPlan, GoalAction, WorkingGroup. */
export function buildPlanningSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      PlanResolver,
      GoalActionResolver,
      WorkingGroupResolver,
      SystemPlanResolver,
      CommunityPlansResolver,
      PersonWorkingGroupsResolver,
      ContributionGoalActionsResolver,
    ],
    referenceResolvers: {
      ActivityPlan: {
        __resolveReference: async (ref: Ref, { loaders }: PlanningContext) => {
          const row = await loaders.plan.load(ref.id);
          return row ? toPlan(row) : null;
        },
      },
      GoalAction: {
        __resolveReference: (ref: Ref, context: PlanningContext) =>
          visibleGoalAction(ref.id, context),
      },
      WorkingGroup: {
        __resolveReference: async (ref: Ref, context: PlanningContext) => {
          const row = await context.loaders.workingGroup.load(ref.id);
          if (!row || !(await visibleGoalAction(row.goal_action_id, context))) return null;
          return toWorkingGroup(row);
        },
      },
      // Entities of other subgraphs: known by id only.
      Community: { __resolveReference: (ref: Ref) => reference(ref.id, Community) },
      Person: { __resolveReference: (ref: Ref) => reference(ref.id, Person) },
      Contribution: { __resolveReference: (ref: Ref) => reference(ref.id, Contribution) },
    },
  });
}
