import type {
  ActivityPlanRow,
  GoalActionRow,
  MilestoneRow,
  WorkingGroupMemberRow,
  WorkingGroupRow,
} from "../db/tables.js";
import { Person, reference } from "./federated/federated.types.js";
import {
  GoalAction,
  Milestone,
  type DeliverableKind,
  type DeliverableStatus,
  type GoalActionStatus,
} from "./goal-action/goal-action.type.js";
import { ActivityPlan, type PlanStatus } from "./plan/plan.type.js";
import {
  WorkingGroup,
  type WorkingGroupMember,
  type WorkingGroupRole,
  type WorkingGroupStatus,
} from "./working-group/working-group.type.js";

export function toPlan(row: ActivityPlanRow): ActivityPlan {
  return Object.assign(new ActivityPlan(), {
    id: row.id,
    year: row.year,
    status: row.status as PlanStatus,
    approvedOn: row.approved_on,
    documentUrl: row.document_url,
    agendaNote: row.agenda_note,
    version: row.version,
    communityId: row.community_id,
  });
}

export function toGoalAction(row: GoalActionRow): GoalAction {
  return Object.assign(new GoalAction(), {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    deliverable: {
      title: row.deliverable_title,
      kind: row.deliverable_kind as DeliverableKind,
      dueOn: row.deliverable_due,
      status: row.deliverable_status as DeliverableStatus,
    },
    needsWorkingGroup: row.needs_working_group,
    timeline: { plannedStart: row.planned_start, plannedEnd: row.planned_end },
    status: row.status as GoalActionStatus,
    progress: row.progress,
    version: row.version,
    planId: row.plan_id,
    contributionIds: row.contribution_ids,
    referentIds: row.referent_ids,
  });
}

export function toMilestone(row: MilestoneRow): Milestone {
  return Object.assign(new Milestone(), {
    id: row.id,
    title: row.title,
    dueOn: row.due_on,
    done: row.done,
  });
}

export function toWorkingGroup(row: WorkingGroupRow): WorkingGroup {
  return Object.assign(new WorkingGroup(), {
    id: row.id,
    name: row.name,
    status: row.status as WorkingGroupStatus,
    composedOn: row.composed_on,
    startedOn: row.started_on,
    version: row.version,
    goalActionId: row.goal_action_id,
  });
}

export function toMember(row: WorkingGroupMemberRow): WorkingGroupMember {
  return {
    person: reference(row.person_id, Person),
    role: row.role as WorkingGroupRole,
    joinedOn: row.joined_on,
  };
}
