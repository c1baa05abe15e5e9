import { Directive, Field, Int, ObjectType } from "type-graphql";
import { UserError, connectionTypes } from "@comtem/service-kit";
import { GoalAction } from "./goal-action/goal-action.type.js";
import { ActivityPlan } from "./plan/plan.type.js";
import { WorkingGroup } from "./working-group/working-group.type.js";

export const ActivityPlanConnection = connectionTypes("ActivityPlan", ActivityPlan);

@ObjectType()
export class ActivityPlanPayload {
  @Field(() => ActivityPlan, { nullable: true })
  plan!: ActivityPlan | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class GoalActionPayload {
  @Field(() => GoalAction, { nullable: true })
  goalAction!: GoalAction | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class WorkingGroupPayload {
  @Field(() => WorkingGroup, { nullable: true })
  workingGroup!: WorkingGroup | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class MonthCount {
  @Field(() => String, { description: "yyyy-mm" })
  month!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class DeliverableCount {
  @Field(() => String)
  kind!: string;
  @Field(() => String)
  status!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The system-wide plan of a year: figures over every community's PdA." })
export class SystemPlan {
  @Field(() => Int)
  year!: number;
  @Field(() => Int)
  communitiesWithPlan!: number;
  @Field(() => Int)
  goalActions!: number;
  @Field(() => Int)
  goalActionsNeedingWorkingGroup!: number;
  @Directive("@listSize(assumedSize: 12)") // months of the year
  @Field(() => [MonthCount], { description: "Working groups by the month they started." })
  workingGroupsStartedByMonth!: MonthCount[];
  @Directive("@listSize(assumedSize: 10)") // deliverable kinds × goal-action statuses
  @Field(() => [DeliverableCount])
  deliverablesByKindAndStatus!: DeliverableCount[];
}

@ObjectType()
export class OpenDataField {
  @Field(() => String)
  name!: string;
  @Field(() => String)
  type!: string;
  @Field(() => String)
  description!: string;
}

@ObjectType({ description: "An open-data CSV file and its documented columns." })
export class OpenDataset {
  @Field(() => String, { description: "Stable URL of the CSV on the gateway's origin." })
  csvUrl!: string;
  @Field(() => String)
  license!: string;
  @Directive("@listSize(assumedSize: 20)") // the documented CSV columns
  @Field(() => [OpenDataField])
  fields!: OpenDataField[];
}
