import {
  Badge,
  Button,
  Disclosure,
  SelectField,
  SubmissionFeedback,
  TextField,
  enumOptions,
  format,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  useReferenceText,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState } from "react";
import { Link } from "react-router";
import { GoalActionForm, problemMessages, UpdateGoalAction } from "./GoalActionForm";
import { progressProblem } from "./goalActionValues";
import type { PlanPermissions } from "./permissions";
import type { Contribution, GoalAction, Member } from "./query";
import { checkFields, useSave } from "./save";
import { WorkingGroupPanel } from "./WorkingGroupPanel";
import { statusColor } from "./workflow";

const messages: Messages<
  | "progress"
  | "period"
  | "noDates"
  | "deliverable"
  | "due"
  | "referents"
  | "shared"
  | "shareDeliverable"
  | "none"
  | "answers"
  | "milestones"
  | "done"
  | "status"
  | "progressField"
  | "update"
  | "updated"
  | "edit"
  | "editTitle"
  | "quickLabel"
> = {
  it: {
    progress: "Avanzamento {n}%",
    period: "Periodo",
    noDates: "Date non ancora fissate",
    deliverable: "Prodotto",
    due: "consegna {date}",
    referents: "Referenti",
    shared: "Prodotti condivisi",
    shareDeliverable: "Condividi il prodotto",
    none: "Nessuno",
    answers: "Risponde a",
    milestones: "Tappe",
    done: "raggiunta",
    status: "Stato",
    progressField: "Avanzamento (%)",
    update: "Aggiorna",
    updated: "Stato e avanzamento di {code} aggiornati.",
    edit: "Modifica l'azione",
    editTitle: "Modifica {code}",
    quickLabel: "Stato e avanzamento di {code}",
  },
  en: {
    progress: "Progress {n}%",
    period: "Period",
    noDates: "Dates not set yet",
    deliverable: "Deliverable",
    due: "due {date}",
    referents: "Referents",
    shared: "Shared deliverables",
    shareDeliverable: "Share the deliverable",
    none: "None",
    answers: "Answers",
    milestones: "Milestones",
    done: "reached",
    status: "Status",
    progressField: "Progress (%)",
    update: "Update",
    updated: "Status and progress of {code} updated.",
    edit: "Edit the action",
    editTitle: "Edit {code}",
    quickLabel: "Status and progress of {code}",
  },
};

/** One goal-action of the plan: what it is, and what the viewer may change in place. */
export function GoalActionItem(props: {
  action: GoalAction;
  planId: string;
  communityId: string;
  can: PlanPermissions;
  members: readonly Member[];
  contributions: readonly Contribution[];
  onChanged: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const shown = useReferenceText();
  const [editing, setEditing] = useState(false);
  const a = props.action;
  const answered = props.contributions.filter((c) => a.contributions.some((x) => x?.id === c.id));
  const headingId = `ga-${a.id}-title`;
  return (
    <article
      className="card card-bg p-3 mb-3"
      aria-labelledby={headingId}
      data-testid="goal-action"
      data-code={a.code}
    >
      <h3 id={headingId} className="h5 mb-2">
        <span className="text-muted me-2">{a.code}</span>
        {a.title}
      </h3>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <Badge color={statusColor(a.status)}>{label("GoalActionStatus", a.status)}</Badge>
        <span className="small">{format(t.progress, { n: a.progress })}</span>
        <div
          className="progress flex-grow-1"
          style={{ maxWidth: "12rem" }}
          role="progressbar"
          aria-label={format(t.progress, { n: a.progress })}
          aria-valuenow={a.progress}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div className="progress-bar" style={{ width: `${a.progress}%` }} />
        </div>
      </div>
      {a.description ? (
        <p className="mb-2" style={{ whiteSpace: "pre-line" }}>
          {a.description}
        </p>
      ) : null}
      <dl className="row small mb-2">
        <dt className="col-sm-3">{t.period}</dt>
        <dd className="col-sm-9">
          {a.timeline.plannedStart || a.timeline.plannedEnd
            ? `${a.timeline.plannedStart ? formatDate(a.timeline.plannedStart, locale) : "…"} – ${a.timeline.plannedEnd ? formatDate(a.timeline.plannedEnd, locale) : "…"}`
            : t.noDates}
        </dd>
        <dt className="col-sm-3">{t.deliverable}</dt>
        <dd className="col-sm-9">
          {a.deliverable.title} ({label("DeliverableKind", a.deliverable.kind)},{" "}
          {label("DeliverableStatus", a.deliverable.status).toLowerCase()}
          {a.deliverable.dueOn
            ? `, ${format(t.due, { date: formatDate(a.deliverable.dueOn, locale) })}`
            : ""}
          )
        </dd>
        {a.deliverableResources?.length || a.viewerCan.deliver ? (
          <>
            <dt className="col-sm-3">{t.shared}</dt>
            <dd className="col-sm-9" data-testid="deliverable-resources">
              {/* Null when the repository subgraph did not answer (ADR 0005). */}
              {(a.deliverableResources ?? []).map((r) => (
                <span key={r.id} className="d-block">
                  {/* The repository slice, mounted beside this one by the shell. */}
                  <Link to={`/repository/risorse/${r.id}`}>{r.title}</Link>{" "}
                  <span className="small text-muted">({label("ResourceStatus", r.status)})</span>
                </span>
              ))}
              {a.viewerCan.deliver ? (
                <Link
                  className="btn btn-outline-primary btn-sm mt-1"
                  to={`/repository/nuova?comunita=${props.communityId}&azione=${a.id}`}
                >
                  {t.shareDeliverable}
                  <span className="visually-hidden"> {a.code}</span>
                </Link>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt className="col-sm-3">{t.referents}</dt>
        <dd className="col-sm-9">
          {a.referents.map((p) => shown(p?.fullName)).join(", ") || t.none}
        </dd>
        {answered.length ? (
          <>
            <dt className="col-sm-3">{t.answers}</dt>
            <dd className="col-sm-9">
              <ul className="mb-0 ps-3">
                {answered.map((c) => (
                  <li key={c.id}>
                    {label("ContributionKind", c.kind)}: {c.title}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {a.milestones.length ? (
          <>
            <dt className="col-sm-3">{t.milestones}</dt>
            <dd className="col-sm-9">
              <ul className="mb-0 ps-3">
                {a.milestones.map((m) => (
                  <li key={m.id}>
                    {formatDate(m.dueOn, locale)} — {m.title}
                    {m.done ? ` (${t.done})` : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {props.can.addGoalAction ? (
        <>
          <QuickUpdate action={a} onChanged={props.onChanged} />
          <Disclosure
            id={`edit-ga-${a.id}`}
            label={t.edit}
            open={editing}
            onOpenChange={setEditing}
          >
            <h4 className="h6">{format(t.editTitle, { code: a.code })}</h4>
            <GoalActionForm
              id={`ga-${a.id}`}
              planId={props.planId}
              action={a}
              members={props.members}
              contributions={props.contributions}
              onDone={() => {
                setEditing(false);
                props.onChanged();
              }}
              onCancel={() => setEditing(false)}
              onReload={props.onChanged}
            />
          </Disclosure>
        </>
      ) : null}
      {a.needsWorkingGroup || a.workingGroup ? (
        <WorkingGroupPanel
          action={a}
          canManage={props.can.manageWorkingGroups}
          members={props.members}
          onChanged={props.onChanged}
        />
      ) : null}
    </article>
  );
}

/** Status and progress from the list, without opening the whole form. */
function QuickUpdate(props: { action: GoalAction; onChanged: () => void }) {
  const t = useMessages(messages);
  const problemText = useMessages(problemMessages);
  const { locale } = useLocale();
  const a = props.action;
  const [status, setStatus] = useState<string>(a.status);
  const [progress, setProgress] = useState(String(a.progress));
  const s = useSubmission();
  const save = useSave(s, UpdateGoalAction, (d) => d.updateGoalAction.userErrors);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = progressProblem(progress);
    if (!checkFields(s, { progress: problem ? problemText[problem] : null })) return;
    const done = await save(
      {
        id: a.id,
        version: a.version,
        input: { status: status as GoalAction["status"], progress: Number(progress) },
      },
      format(t.updated, { code: a.code }),
    );
    if (done) props.onChanged();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="border-top pt-3 mt-1"
      aria-label={format(t.quickLabel, { code: a.code })}
      data-testid="quick-update"
    >
      <div className="row align-items-start">
        <div className="col-sm-5 col-lg-4">
          <SelectField
            id={`quick-${a.id}-status`}
            label={t.status}
            value={status}
            error={s.fieldErrors.status}
            onChange={(value) => {
              setStatus(value);
              s.clearField("status");
            }}
            options={enumOptions("GoalActionStatus", locale)}
          />
        </div>
        <div className="col-sm-4 col-lg-3">
          <TextField
            id={`quick-${a.id}-progress`}
            label={t.progressField}
            type="number"
            min={0}
            max={100}
            value={progress}
            error={s.fieldErrors.progress}
            onChange={(value) => {
              setProgress(value);
              s.clearField("progress");
            }}
          />
        </div>
        <div className="col-sm-3 col-lg-2 pt-sm-4 mt-sm-2">
          <Button color="primary" size="sm" type="submit" disabled={s.submitting}>
            {t.update}
          </Button>
        </div>
      </div>
      <SubmissionFeedback submission={s} onReload={props.onChanged} />
    </form>
  );
}
