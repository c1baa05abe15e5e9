import {
  Button,
  CheckboxField,
  SelectField,
  TextField,
  enumOptions,
  format,
  useLabels,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  FormActions,
} from "@comtem/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import {
  initialValues,
  newRowKey,
  toInput,
  validateGoalAction,
  type GoalActionValues,
  type ProblemKey,
} from "./goalActionValues";
import { useNotify } from "./notice";
import type { Contribution, GoalAction, Member } from "./query";
import { checkFields, useSave } from "./save";

const CreateGoalAction = graphql(`
  mutation CreateGoalAction($planId: ID!, $input: GoalActionInput!) {
    createGoalAction(planId: $planId, input: $input) {
      goalAction {
        id
        code
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateGoalAction = graphql(`
  mutation UpdateGoalAction($id: ID!, $version: Int!, $input: GoalActionInput!) {
    updateGoalAction(id: $id, version: $version, input: $input) {
      goalAction {
        id
        code
        status
        progress
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const problemMessages: Messages<ProblemKey> = {
  it: {
    required: "Campo obbligatorio.",
    tooShort: "Scrivi almeno 3 caratteri.",
    codeFormat: "Il codice ha la forma CD-2021-01: 2-4 lettere maiuscole, l'anno, due cifre.",
    dateFormat: "Inserisci una data valida.",
    endBeforeStart: "La fine prevista non può precedere l'inizio.",
    progressRange: "L'avanzamento è un numero intero da 0 a 100.",
    milestoneTitle: "Scrivi il nome della tappa (almeno 2 caratteri).",
    milestoneDate: "Indica la data della tappa.",
  },
  en: {
    required: "Required.",
    tooShort: "Write at least 3 characters.",
    codeFormat: "The code looks like CD-2021-01: 2-4 capital letters, the year, two digits.",
    dateFormat: "Enter a valid date.",
    endBeforeStart: "The planned end cannot be before the start.",
    progressRange: "Progress is a whole number from 0 to 100.",
    milestoneTitle: "Name the milestone (at least 2 characters).",
    milestoneDate: "Give the milestone's date.",
  },
};

const messages: Messages<
  | "action"
  | "code"
  | "codeHint"
  | "title"
  | "description"
  | "needsWorkingGroup"
  | "needsWorkingGroupHint"
  | "timing"
  | "plannedStart"
  | "plannedEnd"
  | "status"
  | "progress"
  | "progressHint"
  | "deliverable"
  | "deliverableTitle"
  | "deliverableKind"
  | "deliverableDue"
  | "deliverableStatus"
  | "milestones"
  | "noMilestones"
  | "milestoneTitle"
  | "milestoneDue"
  | "milestoneDone"
  | "addMilestone"
  | "removeMilestone"
  | "contributions"
  | "contributionsHint"
  | "noContributions"
  | "referents"
  | "referentsHint"
  | "noMembers"
  | "create"
  | "save"
  | "created"
  | "saved"
> = {
  it: {
    action: "L'azione",
    code: "Codice",
    codeHint: "Ad esempio CD-2021-01: sigla della comunità, anno, numero.",
    title: "Titolo",
    description: "Descrizione",
    needsWorkingGroup: "Richiede un gruppo di lavoro",
    needsWorkingGroupHint: "Le azioni con un gruppo di lavoro lo costituiscono da questa pagina.",
    timing: "Tempi e avanzamento",
    plannedStart: "Inizio previsto",
    plannedEnd: "Fine prevista",
    status: "Stato",
    progress: "Avanzamento (%)",
    progressHint: "Da 0 a 100.",
    deliverable: "Prodotto (deliverable)",
    deliverableTitle: "Titolo del prodotto",
    deliverableKind: "Tipo di prodotto",
    deliverableDue: "Data di consegna",
    deliverableStatus: "Stato del prodotto",
    milestones: "Tappe",
    noMilestones: "Nessuna tappa.",
    milestoneTitle: "Tappa {n}",
    milestoneDue: "Data della tappa {n}",
    milestoneDone: "Tappa {n} raggiunta",
    addMilestone: "Aggiungi una tappa",
    removeMilestone: "Rimuovi la tappa {n}",
    contributions: "Proposte ed esigenze a cui risponde",
    contributionsHint: "Quelle emerse nella comunità, per esempio all'incontro di avvio.",
    noContributions: "La comunità non ha ancora proposte o esigenze.",
    referents: "Referenti dell'azione",
    referentsHint: "Scelti tra i membri della comunità.",
    noMembers: "La comunità non ha membri.",
    create: "Aggiungi l'azione",
    save: "Salva l'azione",
    created: "Azione {code} aggiunta al piano.",
    saved: "Azione {code} salvata.",
  },
  en: {
    action: "The action",
    code: "Code",
    codeHint: "For example CD-2021-01: community letters, year, number.",
    title: "Title",
    description: "Description",
    needsWorkingGroup: "Needs a working group",
    needsWorkingGroupHint: "Actions with a working group form it from this page.",
    timing: "Timing and progress",
    plannedStart: "Planned start",
    plannedEnd: "Planned end",
    status: "Status",
    progress: "Progress (%)",
    progressHint: "From 0 to 100.",
    deliverable: "Deliverable",
    deliverableTitle: "Deliverable title",
    deliverableKind: "Kind of deliverable",
    deliverableDue: "Due date",
    deliverableStatus: "Deliverable status",
    milestones: "Milestones",
    noMilestones: "No milestones.",
    milestoneTitle: "Milestone {n}",
    milestoneDue: "Date of milestone {n}",
    milestoneDone: "Milestone {n} reached",
    addMilestone: "Add a milestone",
    removeMilestone: "Remove milestone {n}",
    contributions: "Proposals and needs it answers",
    contributionsHint: "Those raised in the community, for example at the kick-off meeting.",
    noContributions: "The community has no proposals or needs yet.",
    referents: "Referents of the action",
    referentsHint: "Chosen among the community's members.",
    noMembers: "The community has no members.",
    create: "Add the action",
    save: "Save the action",
    created: "Action {code} added to the plan.",
    saved: "Action {code} saved.",
  },
};

/** A member whose person the people subgraph gave (null when it did not answer: ADR 0005). */
export type NamedMember = Member & { person: NonNullable<Member["person"]> };

/** Members once each (a person may hold one role per community), by name; unnamed left out. */
export function uniquePeople(members: readonly Member[]): NamedMember[] {
  const seen = new Set<string>();
  return members
    .filter((m): m is NamedMember => m.person !== null)
    .sort((a, b) => a.person.fullName.localeCompare(b.person.fullName, "it"))
    .filter((m) => !seen.has(m.person.id) && seen.add(m.person.id));
}

/**
 * Add or edit a goal-action: every field of the API. The form keeps what was typed across a
 * reload (a conflict); an edit sends the action's latest version.
 */
export function GoalActionForm(props: {
  id: string;
  planId: string;
  /** The action to edit (absent: a new one). */
  action?: GoalAction;
  codePrefix?: string;
  members: readonly Member[];
  contributions: readonly Contribution[];
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const t = useMessages(messages);
  const problemText = useMessages(problemMessages);
  const { locale } = useLocale();
  const label = useLabels();
  const [v, setValues] = useState<GoalActionValues>(() =>
    initialValues(props.action, props.codePrefix),
  );
  const s = useSubmission();
  const notify = useNotify();
  const create = useSave(s, CreateGoalAction, (d) => d.createGoalAction.userErrors);
  const update = useSave(s, UpdateGoalAction, (d) => d.updateGoalAction.userErrors);
  const id = (field: string) => `${props.id}-${field}`;

  const set = <K extends keyof GoalActionValues>(field: K, value: GoalActionValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    s.clearField(field);
  };
  const text = (field: keyof GoalActionValues & string, extra: object = {}) => ({
    id: id(field),
    label: t[field as keyof typeof t],
    value: v[field] as string,
    error: s.fieldErrors[field],
    onChange: (value: string) => set(field, value as never),
    ...extra,
  });
  const setMilestone = (key: string, change: Partial<GoalActionValues["milestones"][number]>) => {
    setValues((current) => ({
      ...current,
      milestones: current.milestones.map((m) => (m.key === key ? { ...m, ...change } : m)),
    }));
    for (const field of Object.keys(change)) s.clearField(`milestone-${key}-${field}`);
  };
  const toggle = (field: "contributionIds" | "referentIds", value: string, on: boolean) =>
    set(field, on ? [...v[field], value] : v[field].filter((x) => x !== value));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems = validateGoalAction(v);
    const shown = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, problemText[key]]),
    );
    if (!checkFields(s, shown)) {
      const first = Object.keys(problems)[0];
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    const input = toInput(v);
    const done = props.action
      ? await update({ id: props.action.id, version: props.action.version, input })
      : await create({ planId: props.planId, input });
    if (done) {
      notify(format(props.action ? t.saved : t.created, { code: input.code ?? "" }));
      props.onDone();
    }
  };

  const people = uniquePeople(props.members);
  return (
    <form onSubmit={submit} noValidate data-testid="goal-action-form">
      <fieldset className="mb-3">
        <legend className="h6">{t.action}</legend>
        <div className="row">
          <div className="col-md-4">
            <TextField {...text("code")} hint={t.codeHint} required />
          </div>
          <div className="col-md-8">
            <TextField {...text("title")} required />
          </div>
        </div>
        <TextField {...text("description")} multiline rows={3} />
        <CheckboxField
          id={id("needsWorkingGroup")}
          label={t.needsWorkingGroup}
          hint={t.needsWorkingGroupHint}
          checked={v.needsWorkingGroup}
          onChange={(on) => set("needsWorkingGroup", on)}
        />
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">{t.timing}</legend>
        <div className="row">
          <div className="col-md-6 col-lg-3">
            <TextField {...text("plannedStart")} type="date" />
          </div>
          <div className="col-md-6 col-lg-3">
            <TextField {...text("plannedEnd")} type="date" min={v.plannedStart || undefined} />
          </div>
          <div className="col-md-6 col-lg-3">
            <SelectField {...text("status")} options={enumOptions("GoalActionStatus", locale)} />
          </div>
          <div className="col-md-6 col-lg-3">
            <TextField
              {...text("progress")}
              type="number"
              min={0}
              max={100}
              hint={t.progressHint}
              required
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">{t.deliverable}</legend>
        <TextField {...text("deliverableTitle")} required />
        <div className="row">
          <div className="col-md-4">
            <SelectField
              {...text("deliverableKind")}
              required
              options={enumOptions("DeliverableKind", locale)}
            />
          </div>
          <div className="col-md-4">
            <TextField {...text("deliverableDue")} type="date" />
          </div>
          <div className="col-md-4">
            <SelectField
              {...text("deliverableStatus")}
              options={enumOptions("DeliverableStatus", locale)}
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-3" data-testid="milestones">
        <legend className="h6">{t.milestones}</legend>
        {v.milestones.length === 0 ? <p className="small text-muted">{t.noMilestones}</p> : null}
        {v.milestones.map((m, i) => {
          const n = i + 1;
          return (
            <div key={m.key} className="row align-items-end">
              <div className="col-md-5">
                <TextField
                  id={id(`milestone-${m.key}-title`)}
                  label={format(t.milestoneTitle, { n })}
                  value={m.title}
                  required
                  error={s.fieldErrors[`milestone-${m.key}-title`]}
                  onChange={(title) => setMilestone(m.key, { title })}
                />
              </div>
              <div className="col-md-3">
                <TextField
                  id={id(`milestone-${m.key}-dueOn`)}
                  label={format(t.milestoneDue, { n })}
                  type="date"
                  value={m.dueOn}
                  required
                  error={s.fieldErrors[`milestone-${m.key}-dueOn`]}
                  onChange={(dueOn) => setMilestone(m.key, { dueOn })}
                />
              </div>
              <div className="col-md-2">
                <CheckboxField
                  id={id(`milestone-${m.key}-done`)}
                  label={format(t.milestoneDone, { n })}
                  checked={m.done}
                  onChange={(done) => setMilestone(m.key, { done })}
                />
              </div>
              <div className="col-md-2 mb-4">
                <Button
                  color="danger"
                  outline
                  size="sm"
                  type="button"
                  onClick={() =>
                    set(
                      "milestones",
                      v.milestones.filter((x) => x.key !== m.key),
                    )
                  }
                >
                  {format(t.removeMilestone, { n })}
                </Button>
              </div>
            </div>
          );
        })}
        <Button
          color="primary"
          outline
          size="sm"
          type="button"
          onClick={() =>
            set("milestones", [
              ...v.milestones,
              { key: newRowKey(), title: "", dueOn: "", done: false },
            ])
          }
        >
          {t.addMilestone}
        </Button>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">{t.contributions}</legend>
        <p className="small">{t.contributionsHint}</p>
        {props.contributions.length === 0 ? (
          <p className="small text-muted">{t.noContributions}</p>
        ) : (
          <div
            className="border rounded p-2 bg-white"
            style={{ maxHeight: "16rem", overflowY: "auto" }}
          >
            {props.contributions.map((c) => (
              <CheckboxField
                key={c.id}
                id={id(`contribution-${c.id}`)}
                label={`${label("ContributionKind", c.kind)}: ${c.title}`}
                checked={v.contributionIds.includes(c.id)}
                onChange={(on) => toggle("contributionIds", c.id, on)}
              />
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">{t.referents}</legend>
        <p className="small">{t.referentsHint}</p>
        {people.length === 0 ? (
          <p className="small text-muted">{t.noMembers}</p>
        ) : (
          <div
            className="border rounded p-2 bg-white"
            style={{ maxHeight: "16rem", overflowY: "auto" }}
          >
            {people.map((m) => (
              <CheckboxField
                key={m.person.id}
                id={id(`referent-${m.person.id}`)}
                label={`${m.person.fullName} (${label("MembershipRole", m.role)})`}
                checked={v.referentIds.includes(m.person.id)}
                onChange={(on) => toggle("referentIds", m.person.id, on)}
              />
            ))}
          </div>
        )}
      </fieldset>
      <FormActions
        submission={s}
        submitLabel={props.action ? t.save : t.create}
        onCancel={props.onCancel}
        onReload={props.onReload}
      />
    </form>
  );
}
