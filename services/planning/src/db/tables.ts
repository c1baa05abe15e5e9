import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type Uuids = ColumnType<string[], string[] | undefined, string[]>;

export interface ActivityPlanTable {
  id: string;
  community_id: string;
  year: number;
  status: Generated<string>;
  approved_on: DateColumn | null;
  document_url: string | null;
  agenda_note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GoalActionTable {
  id: string;
  plan_id: string;
  code: string;
  title: string;
  description: Generated<string>;
  needs_working_group: Generated<boolean>;
  planned_start: DateColumn | null;
  planned_end: DateColumn | null;
  status: Generated<string>;
  progress: Generated<number>;
  deliverable_title: string;
  deliverable_kind: string;
  deliverable_due: DateColumn | null;
  deliverable_status: Generated<string>;
  contribution_ids: Uuids;
  referent_ids: Uuids;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MilestoneTable {
  id: string;
  goal_action_id: string;
  title: string;
  due_on: DateColumn;
  done: Generated<boolean>;
}

export interface WorkingGroupTable {
  id: string;
  goal_action_id: string;
  name: string;
  status: Generated<string>;
  composed_on: DateColumn | null;
  started_on: DateColumn | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkingGroupMemberTable {
  working_group_id: string;
  person_id: string;
  role: string;
  joined_on: ColumnType<string, string | undefined, string>;
}

export interface PlanningDatabase {
  activity_plan: ActivityPlanTable;
  goal_action: GoalActionTable;
  milestone: MilestoneTable;
  working_group: WorkingGroupTable;
  working_group_member: WorkingGroupMemberTable;
}

export type ActivityPlanRow = Selectable<ActivityPlanTable>;
export type GoalActionRow = Selectable<GoalActionTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type WorkingGroupRow = Selectable<WorkingGroupTable>;
export type WorkingGroupMemberRow = Selectable<WorkingGroupMemberTable>;
