import {
  ArrayMaxSize,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "@comtem/service-kit";
import {
  DeliverableKind,
  DeliverableStatus,
  GoalActionStatus,
} from "./goal-action/goal-action.type.js";
import { PlanStatus } from "./plan/plan.type.js";
import { WorkingGroupRole, WorkingGroupStatus } from "./working-group/working-group.type.js";

const CODE = /^[A-Z]{2,4}-\d{4}-\d{2}$/;
const date = () => [IsISO8601({ strict: true }), Length(10, 10)];
function IsDate(): PropertyDecorator {
  return (target, key) => {
    for (const decorator of date()) decorator(target, key);
  };
}

@InputType()
export class PlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2017)
  @Max(2100)
  year?: number | null;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus | null;
}

@ArgsType()
export class PlansArgs extends PageArgs {
  @Field(() => PlanFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PlanFilter | null;
}

@ArgsType()
export class YearArgs {
  @Field(() => Int)
  @Min(2017)
  @Max(2100)
  year!: number;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class GoalActionLookupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. CD-2020-02" })
  @IsOptional()
  @Matches(CODE, { message: "code must look like CD-2020-02" })
  code?: string | null;
}

@InputType()
export class CreatePlanInput {
  @Field(() => ID)
  @IsUUID()
  communityId!: string;

  @Field(() => Int)
  @Min(2017)
  @Max(2100)
  year!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https", "http"], require_protocol: true })
  @MaxLength(500)
  documentUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  agendaNote?: string | null;
}

@InputType({ description: "Fields to change; omitted ones keep their value." })
export class UpdatePlanInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https", "http"], require_protocol: true })
  @MaxLength(500)
  documentUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  agendaNote?: string | null;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" })
  @IsOptional()
  @IsDate()
  approvedOn?: string | null;
}

@ArgsType()
export class UpdatePlanArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: "The version you read." })
  @Min(1)
  version!: number;

  @Field(() => UpdatePlanInput)
  @ValidateNested()
  input!: UpdatePlanInput;
}

@ArgsType()
export class AdvancePlanArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => PlanStatus, { description: "The next status; only one step forward is allowed." })
  status!: PlanStatus;
}

@InputType()
export class MilestoneInput {
  @Field(() => String)
  @Length(2, 200)
  title!: string;

  @Field(() => String, { description: "yyyy-mm-dd" })
  @IsDate()
  dueOn!: string;

  @Field(() => Boolean, { defaultValue: false })
  done!: boolean;
}

@InputType()
export class GoalActionInput {
  @Field(() => String, { nullable: true, description: "e.g. CD-2020-02" })
  @IsOptional()
  @Matches(CODE, { message: "code must look like CD-2020-02" })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => Boolean, { nullable: true })
  needsWorkingGroup?: boolean;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" })
  @IsOptional()
  @IsDate()
  plannedStart?: string | null;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd, not before plannedStart" })
  @IsOptional()
  @IsDate()
  plannedEnd?: string | null;

  @Field(() => GoalActionStatus, { nullable: true })
  status?: GoalActionStatus;

  @Field(() => Int, { nullable: true, description: "0 to 100" })
  @IsOptional()
  @Min(0)
  @Max(100)
  progress?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200)
  deliverableTitle?: string;

  @Field(() => DeliverableKind, { nullable: true })
  deliverableKind?: DeliverableKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDate()
  deliverableDue?: string | null;

  @Field(() => DeliverableStatus, { nullable: true })
  deliverableStatus?: DeliverableStatus;

  @Field(() => [ID], { nullable: true, description: "Contributions this action answers." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  contributionIds?: string[];

  @Field(() => [ID], { nullable: true, description: "People responsible for the action." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  referentIds?: string[];

  @Field(() => [MilestoneInput], { nullable: true, description: "Replaces the milestones." })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  milestones?: MilestoneInput[];
}

@ArgsType()
export class CreateGoalActionArgs {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => GoalActionInput)
  @ValidateNested()
  input!: GoalActionInput;
}

@ArgsType()
export class UpdateGoalActionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => GoalActionInput)
  @ValidateNested()
  input!: GoalActionInput;
}

@ArgsType()
export class CreateWorkingGroupArgs {
  @Field(() => ID)
  @IsUUID()
  goalActionId!: string;

  @Field(() => String)
  @Length(3, 200)
  name!: string;
}

@ArgsType()
export class AdvanceWorkingGroupArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => WorkingGroupStatus)
  @IsIn(Object.values(WorkingGroupStatus))
  status!: WorkingGroupStatus;

  @Field(() => String, { description: "Date of the step (yyyy-mm-dd): composed or started on." })
  @IsDate()
  on!: string;
}

@ArgsType()
export class WorkingGroupMemberArgs {
  @Field(() => ID)
  @IsUUID()
  workingGroupId!: string;

  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => WorkingGroupRole, { defaultValue: WorkingGroupRole.MEMBRO })
  role!: WorkingGroupRole;
}
