import {
  Badge,
  Disclosure,
  format,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  FormActions,
} from "@comtem/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { PlanPermissions } from "./permissions";
import { useNotify } from "./notice";
import type { Plan } from "./query";
import { PlanFields, usePlanTexts, type PlanTexts } from "./PlanFields";
import { useSave } from "./save";
import { NEXT_PLAN_STATUS, safeHref, statusColor } from "./workflow";

const UpdateActivityPlan = graphql(`
  mutation UpdateActivityPlan($id: ID!, $version: Int!, $input: UpdatePlanInput!) {
    updateActivityPlan(id: $id, version: $version, input: $input) {
      plan {
        id
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const AdvanceActivityPlan = graphql(`
  mutation AdvanceActivityPlan($id: ID!, $version: Int!, $status: PlanStatus!) {
    advanceActivityPlan(id: $id, version: $version, status: $status) {
      plan {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const messages: Messages<
  | "status"
  | "approvedOn"
  | "document"
  | "noDocument"
  | "agendaNote"
  | "noAgendaNote"
  | "edit"
  | "save"
  | "saved"
  | "CONDIVISO"
  | "APPROVATO"
  | "IN_CORSO"
  | "CONCLUSO"
  | "confirm"
  | "confirmHint"
  | "advanced"
> = {
  it: {
    status: "Stato del piano",
    approvedOn: "Approvato il",
    document: "Documento",
    noDocument: "Nessun documento collegato.",
    agendaNote: "Contributo all'Agenda Digitale",
    noAgendaNote: "Non ancora indicato.",
    edit: "Modifica documento e nota",
    save: "Salva",
    saved: "Modifiche al piano salvate.",
    CONDIVISO: "Condividi il piano",
    APPROVATO: "Approva il piano",
    IN_CORSO: "Avvia il piano",
    CONCLUSO: "Concludi il piano",
    confirm: "Conferma: {action}",
    confirmHint: "Il piano passa da «{from}» a «{to}». Il passaggio non si può annullare.{visible}",
    advanced: "Il piano ora è «{to}».",
  },
  en: {
    status: "Plan status",
    approvedOn: "Approved on",
    document: "Document",
    noDocument: "No document linked.",
    agendaNote: "Contribution to the Digital Agenda",
    noAgendaNote: "Not stated yet.",
    edit: "Edit document and note",
    save: "Save",
    saved: "Plan changes saved.",
    CONDIVISO: "Share the plan",
    APPROVATO: "Approve the plan",
    IN_CORSO: "Start the plan",
    CONCLUSO: "Close the plan",
    confirm: "Confirm: {action}",
    confirmHint: "The plan moves from “{from}” to “{to}”. This step cannot be undone.{visible}",
    advanced: "The plan is now “{to}”.",
  },
};

const sharedNote = {
  it: " Da quel momento tutti lo possono leggere, non solo i membri della comunità.",
  en: " From then on everyone can read it, not only the community's members.",
};

/** The plan's status with its next workflow step, its document and agenda note. */
export function PlanSummary(props: { plan: Plan; can: PlanPermissions; onChanged: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const { plan } = props;
  const href = safeHref(plan.documentUrl);
  return (
    <div className="card card-bg p-3 mb-4" data-testid="plan-summary">
      <dl className="row mb-2">
        <dt className="col-sm-4 col-lg-3">{t.status}</dt>
        <dd className="col-sm-8 col-lg-9">
          <Badge color={statusColor(plan.status)}>
            <span data-testid="plan-status">{label("PlanStatus", plan.status)}</span>
          </Badge>
          {plan.approvedOn ? (
            <span className="ms-2 small">
              {t.approvedOn} {formatDate(plan.approvedOn, locale)}
            </span>
          ) : null}
        </dd>
        <dt className="col-sm-4 col-lg-3">{t.document}</dt>
        <dd className="col-sm-8 col-lg-9 text-break">
          {href ? (
            <a href={href} rel="noopener noreferrer" target="_blank">
              {plan.documentUrl}
            </a>
          ) : (
            (plan.documentUrl ?? <span className="text-muted">{t.noDocument}</span>)
          )}
        </dd>
        <dt className="col-sm-4 col-lg-3">{t.agendaNote}</dt>
        <dd className="col-sm-8 col-lg-9" style={{ whiteSpace: "pre-line" }}>
          {plan.agendaNote || <span className="text-muted">{t.noAgendaNote}</span>}
        </dd>
      </dl>
      <div>
        {props.can.advance ? <AdvancePlan plan={plan} onChanged={props.onChanged} /> : null}
        {props.can.edit ? <EditPlanForm plan={plan} onChanged={props.onChanged} /> : null}
      </div>
    </div>
  );
}

function AdvancePlan(props: { plan: Plan; onChanged: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const [open, setOpen] = useState(false);
  const s = useSubmission();
  const notify = useNotify();
  const save = useSave(s, AdvanceActivityPlan, (d) => d.advanceActivityPlan.userErrors);
  const next = NEXT_PLAN_STATUS[props.plan.status] as
    "CONDIVISO" | "APPROVATO" | "IN_CORSO" | "CONCLUSO" | undefined;
  if (!next) return null;
  const to = label("PlanStatus", next);
  const advance = async () => {
    const data = await save({ id: props.plan.id, version: props.plan.version, status: next });
    if (data?.advanceActivityPlan.plan) {
      setOpen(false);
      notify(format(t.advanced, { to }));
      props.onChanged();
    }
  };
  return (
    <Disclosure
      id="advance-plan"
      label={t[next]}
      open={open}
      onOpenChange={setOpen}
      variant="primary"
    >
      <p>
        {format(t.confirmHint, {
          from: label("PlanStatus", props.plan.status),
          to,
          visible: props.plan.status === "BOZZA" ? sharedNote[locale] : "",
        })}
      </p>
      <FormActions
        submission={s}
        submitLabel={<>{format(t.confirm, { action: t[next] })}</>}
        onCancel={() => setOpen(false)}
        onReload={props.onChanged}
        onClick={advance}
      />
    </Disclosure>
  );
}

function EditPlanForm(props: { plan: Plan; onChanged: () => void }) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  return (
    <Disclosure id="edit-plan" label={t.edit} open={open} onOpenChange={setOpen}>
      <EditPlanFields plan={props.plan} onChanged={props.onChanged} close={() => setOpen(false)} />
    </Disclosure>
  );
}

/** The form's own state starts from the plan once; saves send the plan's latest version. */
function EditPlanFields(props: { plan: Plan; onChanged: () => void; close: () => void }) {
  const t = useMessages(messages);
  const [texts, setTexts] = useState<PlanTexts>({
    documentUrl: props.plan.documentUrl ?? "",
    agendaNote: props.plan.agendaNote ?? "",
  });
  const s = useSubmission();
  const notify = useNotify();
  const save = useSave(s, UpdateActivityPlan, (d) => d.updateActivityPlan.userErrors);
  const checkTexts = usePlanTexts(s);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = checkTexts(texts);
    if (!input) return;
    const data = await save({ id: props.plan.id, version: props.plan.version, input });
    if (data?.updateActivityPlan.plan) {
      props.close();
      notify(t.saved);
      props.onChanged();
    }
  };
  return (
    <form onSubmit={submit} noValidate data-testid="edit-plan-form">
      <PlanFields id="edit-plan" value={texts} onChange={setTexts} submission={s} />
      <FormActions
        submission={s}
        submitLabel={t.save}
        onCancel={props.close}
        onReload={props.onChanged}
      />
    </form>
  );
}
