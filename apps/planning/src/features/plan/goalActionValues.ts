import type { GoalActionInput } from "../../gql/graphql";
import type { GoalAction } from "./query";

export interface MilestoneRow {
  /** Local key of the row (React), not sent. */
  key: string;
  title: string;
  dueOn: string;
  done: boolean;
}

/** What the goal-action form holds: strings as typed, sent after the checks. */
export interface GoalActionValues {
  code: string;
  title: string;
  description: string;
  needsWorkingGroup: boolean;
  plannedStart: string;
  plannedEnd: string;
  status: string;
  progress: string;
  deliverableTitle: string;
  deliverableKind: string;
  deliverableDue: string;
  deliverableStatus: string;
  milestones: MilestoneRow[];
  contributionIds: string[];
  referentIds: string[];
}

let rowCounter = 0;
export const newRowKey = () => `m${++rowCounter}`;

export function initialValues(action?: GoalAction | null, codePrefix = ""): GoalActionValues {
  return {
    code: action?.code ?? codePrefix,
    title: action?.title ?? "",
    description: action?.description ?? "",
    needsWorkingGroup: action?.needsWorkingGroup ?? false,
    plannedStart: action?.timeline.plannedStart ?? "",
    plannedEnd: action?.timeline.plannedEnd ?? "",
    status: action?.status ?? "DA_AVVIARE",
    progress: String(action?.progress ?? 0),
    deliverableTitle: action?.deliverable.title ?? "",
    deliverableKind: action?.deliverable.kind ?? "REPORT",
    deliverableDue: action?.deliverable.dueOn ?? "",
    deliverableStatus: action?.deliverable.status ?? "PIANIFICATO",
    milestones: (action?.milestones ?? []).map((m) => ({
      key: newRowKey(),
      title: m.title,
      dueOn: m.dueOn,
      done: m.done,
    })),
    contributionIds: action?.contributions.flatMap((c) => (c ? [c.id] : [])) ?? [],
    // From the ids planning gives on its own: a referent whose name is unavailable is kept.
    referentIds: action?.referentKeys.flatMap((p) => (p ? [p.id] : [])) ?? [],
  };
}

export const CODE_PATTERN = /^[A-Z]{2,4}-\d{4}-\d{2}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export type ProblemKey =
  | "required"
  | "tooShort"
  | "codeFormat"
  | "dateFormat"
  | "endBeforeStart"
  | "progressRange"
  | "milestoneTitle"
  | "milestoneDate";

/**
 * Client-side checks, the same as the server's where they can be made here (the server still
 * checks everything, and alone knows whether a code is taken). Keys are input field names;
 * a milestone's are `milestones.<row key>.title` / `.dueOn`.
 */
export function validateGoalAction(v: GoalActionValues): Record<string, ProblemKey> {
  const problems: Record<string, ProblemKey> = {};
  const code = v.code.trim();
  if (!code) problems.code = "required";
  else if (!CODE_PATTERN.test(code)) problems.code = "codeFormat";
  if (!v.title.trim()) problems.title = "required";
  else if (v.title.trim().length < 3) problems.title = "tooShort";
  if (!v.deliverableTitle.trim()) problems.deliverableTitle = "required";
  else if (v.deliverableTitle.trim().length < 3) problems.deliverableTitle = "tooShort";
  for (const field of ["plannedStart", "plannedEnd", "deliverableDue"] as const) {
    if (v[field] && !DATE_PATTERN.test(v[field])) problems[field] = "dateFormat";
  }
  if (v.plannedStart && v.plannedEnd && !problems.plannedEnd && v.plannedEnd < v.plannedStart) {
    problems.plannedEnd = "endBeforeStart";
  }
  const progress = progressProblem(v.progress);
  if (progress) problems.progress = progress;
  for (const m of v.milestones) {
    if (m.title.trim().length < 2) problems[`milestone-${m.key}-title`] = "milestoneTitle";
    if (!DATE_PATTERN.test(m.dueOn)) problems[`milestone-${m.key}-dueOn`] = "milestoneDate";
  }
  return problems;
}

/** Progress is a whole number from 0 to 100. */
export function progressProblem(progress: string): ProblemKey | null {
  const text = progress.trim();
  if (!text) return "required";
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? null : "progressRange";
}

/** The input the API takes: every field (an edit sends the whole form; milestones replace). */
export function toInput(v: GoalActionValues): GoalActionInput {
  return {
    code: v.code.trim(),
    title: v.title.trim(),
    description: v.description.trim(),
    needsWorkingGroup: v.needsWorkingGroup,
    plannedStart: v.plannedStart || null,
    plannedEnd: v.plannedEnd || null,
    status: v.status as GoalActionInput["status"],
    progress: Number(v.progress),
    deliverableTitle: v.deliverableTitle.trim(),
    deliverableKind: v.deliverableKind as GoalActionInput["deliverableKind"],
    deliverableDue: v.deliverableDue || null,
    deliverableStatus: v.deliverableStatus as GoalActionInput["deliverableStatus"],
    milestones: v.milestones.map((m) => ({ title: m.title.trim(), dueOn: m.dueOn, done: m.done })),
    contributionIds: v.contributionIds,
    referentIds: v.referentIds,
  };
}
