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
  FormActions,
} from "@comtem/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { uniquePeople } from "./GoalActionForm";
import { useNotify } from "./notice";
import type { GoalAction, Member, WorkingGroup } from "./query";
import { checkFields, todayIso, useSave } from "./save";
import { NEXT_GROUP_STATUS, statusColor } from "./workflow";

const CreateWorkingGroup = graphql(`
  mutation CreateWorkingGroup($goalActionId: ID!, $name: String!) {
    createWorkingGroup(goalActionId: $goalActionId, name: $name) {
      workingGroup {
        id
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const AdvanceWorkingGroup = graphql(`
  mutation AdvanceWorkingGroup(
    $id: ID!
    $version: Int!
    $status: WorkingGroupStatus!
    $on: String!
  ) {
    advanceWorkingGroup(id: $id, version: $version, status: $status, on: $on) {
      workingGroup {
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

const AddWorkingGroupMember = graphql(`
  mutation AddWorkingGroupMember($workingGroupId: ID!, $personId: ID!, $role: WorkingGroupRole!) {
    addWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {
      workingGroup {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RemoveWorkingGroupMember = graphql(`
  mutation RemoveWorkingGroupMember(
    $workingGroupId: ID!
    $personId: ID!
    $role: WorkingGroupRole!
  ) {
    removeWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {
      workingGroup {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "notYet"
  | "create"
  | "name"
  | "nameHint"
  | "submitCreate"
  | "created"
  | "composedOn"
  | "startedOn"
  | "members"
  | "noMembers"
  | "remove"
  | "removed"
  | "person"
  | "choose"
  | "role"
  | "add"
  | "added"
  | "everyoneIn"
  | "COSTITUITO"
  | "AVVIATO"
  | "CONCLUSO"
  | "dateCOSTITUITO"
  | "dateAVVIATO"
  | "dateCONCLUSO"
  | "confirm"
  | "advanced"
  | "required"
  | "nameShort"
  | "beforeComposed"
> = {
  it: {
    title: "Gruppo di lavoro",
    notYet: "Il gruppo di lavoro non è ancora stato creato.",
    create: "Crea il gruppo di lavoro",
    name: "Nome del gruppo",
    nameHint: "Almeno 3 caratteri.",
    submitCreate: "Crea il gruppo",
    created: "Gruppo di lavoro «{name}» creato.",
    composedOn: "costituito il {date}",
    startedOn: "avviato il {date}",
    members: "Membri del gruppo",
    noMembers: "Il gruppo non ha ancora membri.",
    remove: "Rimuovi {name} dal gruppo",
    removed: "{name} non fa più parte del gruppo.",
    person: "Persona da aggiungere",
    choose: "Scegli tra i membri della comunità",
    role: "Ruolo nel gruppo",
    add: "Aggiungi al gruppo",
    added: "{name} aggiunto al gruppo.",
    everyoneIn: "Tutti i membri della comunità fanno già parte del gruppo.",
    COSTITUITO: "Segna il gruppo come costituito",
    AVVIATO: "Avvia il gruppo",
    CONCLUSO: "Chiudi il gruppo",
    dateCOSTITUITO: "Data di costituzione",
    dateAVVIATO: "Data di avvio",
    dateCONCLUSO: "Data di chiusura",
    confirm: "Conferma",
    advanced: "Il gruppo ora è «{status}».",
    required: "Campo obbligatorio.",
    nameShort: "Scrivi almeno 3 caratteri.",
    beforeComposed: "Il gruppo non può essere avviato prima della costituzione ({date}).",
  },
  en: {
    title: "Working group",
    notYet: "The working group has not been created yet.",
    create: "Create the working group",
    name: "Group name",
    nameHint: "At least 3 characters.",
    submitCreate: "Create the group",
    created: "Working group “{name}” created.",
    composedOn: "formed on {date}",
    startedOn: "started on {date}",
    members: "Group members",
    noMembers: "The group has no members yet.",
    remove: "Remove {name} from the group",
    removed: "{name} is no longer in the group.",
    person: "Person to add",
    choose: "Choose among the community's members",
    role: "Role in the group",
    add: "Add to the group",
    added: "{name} added to the group.",
    everyoneIn: "Every member of the community is already in the group.",
    COSTITUITO: "Mark the group as formed",
    AVVIATO: "Start the group",
    CONCLUSO: "Close the group",
    dateCOSTITUITO: "Date formed",
    dateAVVIATO: "Start date",
    dateCONCLUSO: "Closing date",
    confirm: "Confirm",
    advanced: "The group is now “{status}”.",
    required: "Required.",
    nameShort: "Write at least 3 characters.",
    beforeComposed: "The group cannot start before it was formed ({date}).",
  },
};

/** The working group of a goal-action: create it, compose it, advance it. */
export function WorkingGroupPanel(props: {
  action: GoalAction;
  canManage: boolean;
  members: readonly Member[];
  onChanged: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const group = props.action.workingGroup;
  return (
    <section
      className="border-top pt-3 mt-2"
      aria-labelledby={`wg-${props.action.id}-title`}
      data-testid="working-group"
    >
      <h4 id={`wg-${props.action.id}-title`} className="h6">
        {t.title}
        {group ? `: ${group.name}` : ""}
      </h4>
      {!group ? (
        props.canManage ? (
          <CreateGroup action={props.action} onChanged={props.onChanged} />
        ) : (
          <p className="small text-muted">{t.notYet}</p>
        )
      ) : (
        <>
          <p className="small mb-2">
            <Badge color={statusColor(group.status)}>
              {label("WorkingGroupStatus", group.status)}
            </Badge>
            {group.composedOn
              ? ` · ${format(t.composedOn, { date: formatDate(group.composedOn, locale) })}`
              : ""}
            {group.startedOn
              ? ` · ${format(t.startedOn, { date: formatDate(group.startedOn, locale) })}`
              : ""}
          </p>
          <GroupMembers group={group} canManage={props.canManage} onChanged={props.onChanged} />
          {props.canManage ? (
            <div>
              <AddMember group={group} members={props.members} onChanged={props.onChanged} />
              <AdvanceGroup group={group} onChanged={props.onChanged} />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function CreateGroup(props: { action: GoalAction; onChanged: () => void }) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(
    `GdL ${props.action.code} — ${props.action.title}`.slice(0, 200),
  );
  const s = useSubmission();
  const notify = useNotify();
  const save = useSave(s, CreateWorkingGroup, (d) => d.createWorkingGroup.userErrors);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = !trimmed ? t.required : trimmed.length < 3 ? t.nameShort : null;
    if (!checkFields(s, { name: problem })) return;
    const done = await save({ goalActionId: props.action.id, name: trimmed });
    if (done?.createWorkingGroup.workingGroup) {
      setOpen(false);
      notify(format(t.created, { name: trimmed }));
      props.onChanged();
    }
  };
  return (
    <Disclosure
      id={`create-wg-${props.action.id}`}
      label={t.create}
      open={open}
      onOpenChange={setOpen}
    >
      <form onSubmit={submit} noValidate>
        <TextField
          id={`create-wg-${props.action.id}-name`}
          label={t.name}
          hint={t.nameHint}
          required
          value={name}
          error={s.fieldErrors.name ?? s.fieldErrors.goalActionId}
          onChange={(v) => {
            setName(v);
            s.clearField("name");
          }}
        />
        <FormActions
          submission={s}
          submitLabel={t.submitCreate}
          onCancel={() => setOpen(false)}
          onReload={props.onChanged}
        />
      </form>
    </Disclosure>
  );
}

type GroupMember = WorkingGroup["members"][number];

function GroupMembers(props: { group: WorkingGroup; canManage: boolean; onChanged: () => void }) {
  const t = useMessages(messages);
  const label = useLabels();
  const s = useSubmission();
  const notify = useNotify();
  const shown = useReferenceText();
  const save = useSave(s, RemoveWorkingGroupMember, (d) => d.removeWorkingGroupMember.userErrors);
  const members = [...props.group.members].sort(
    (a, b) =>
      Number(b.role === "REFERENTE_GDL") - Number(a.role === "REFERENTE_GDL") ||
      shown(a.person?.fullName).localeCompare(shown(b.person?.fullName), "it"),
  );
  const remove = async (member: GroupMember & { person: NonNullable<GroupMember["person"]> }) => {
    const done = await save({
      workingGroupId: props.group.id,
      personId: member.person.id,
      role: member.role,
    });
    if (done) {
      notify(format(t.removed, { name: member.person.fullName }));
      props.onChanged();
    }
  };
  return (
    <>
      <p className="small fw-semibold mb-1">{t.members}</p>
      {members.length === 0 ? (
        <p className="small text-muted">{t.noMembers}</p>
      ) : (
        <ul className="list-unstyled small mb-2" data-testid="wg-members">
          {members.map(({ person, ...m }, i) => (
            <li key={person?.id ?? i} className="d-flex flex-wrap align-items-center gap-2 mb-1">
              <span>
                {shown(person?.fullName)} — {label("WorkingGroupRole", m.role)}
              </span>
              {/* Removing needs the person's id, which is gone with their name. */}
              {props.canManage && person ? (
                <Button
                  color="danger"
                  outline
                  size="xs"
                  className="py-0 px-2"
                  type="button"
                  disabled={s.submitting}
                  onClick={() => remove({ ...m, person })}
                  aria-label={format(t.remove, { name: person.fullName })}
                >
                  ✕
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <SubmissionFeedback submission={s} onReload={props.onChanged} />
    </>
  );
}

function AddMember(props: {
  group: WorkingGroup;
  members: readonly Member[];
  onChanged: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const [open, setOpen] = useState(false);
  const [personId, setPersonId] = useState("");
  const [role, setRole] = useState("MEMBRO");
  const s = useSubmission();
  const notify = useNotify();
  const save = useSave(s, AddWorkingGroupMember, (d) => d.addWorkingGroupMember.userErrors);
  const inGroup = new Set(props.group.members.flatMap((m) => (m.person ? [m.person.id] : [])));
  const candidates = uniquePeople(props.members).filter((m) => !inGroup.has(m.person.id));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!checkFields(s, { personId: personId ? null : t.required })) return;
    const person = candidates.find((m) => m.person.id === personId)?.person;
    const done = await save({
      workingGroupId: props.group.id,
      personId,
      role: role as WorkingGroup["members"][number]["role"],
    });
    if (done) {
      notify(format(t.added, { name: person?.fullName ?? "" }));
      setPersonId("");
      props.onChanged();
    }
  };
  const id = `add-member-${props.group.id}`;
  return (
    <Disclosure id={id} label={t.add} open={open} onOpenChange={setOpen}>
      {candidates.length === 0 ? (
        <p className="small mb-0">{t.everyoneIn}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <SelectField
            id={`${id}-person`}
            label={t.person}
            required
            value={personId}
            error={s.fieldErrors.personId}
            onChange={(v) => {
              setPersonId(v);
              s.clearField("personId");
            }}
            options={[
              { value: "", label: t.choose },
              ...candidates.map((m) => ({
                value: m.person.id,
                label: `${m.person.fullName} (${label("MembershipRole", m.role)})`,
              })),
            ]}
          />
          <SelectField
            id={`${id}-role`}
            label={t.role}
            value={role}
            error={s.fieldErrors.role}
            onChange={setRole}
            options={enumOptions("WorkingGroupRole", locale)}
          />
          <SubmissionFeedback submission={s} onReload={props.onChanged} />
          <Button color="primary" type="submit" disabled={s.submitting}>
            {t.add}
          </Button>
        </form>
      )}
    </Disclosure>
  );
}

function AdvanceGroup(props: { group: WorkingGroup; onChanged: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayIso());
  const s = useSubmission();
  const notify = useNotify();
  const save = useSave(s, AdvanceWorkingGroup, (d) => d.advanceWorkingGroup.userErrors);
  const next = NEXT_GROUP_STATUS[props.group.status] as
    "COSTITUITO" | "AVVIATO" | "CONCLUSO" | undefined;
  if (!next) return null;
  const composedOn = props.group.composedOn;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = !on
      ? t.required
      : next === "AVVIATO" && composedOn && on < composedOn
        ? format(t.beforeComposed, { date: formatDate(composedOn, locale) })
        : null;
    if (!checkFields(s, { on: problem })) return;
    const done = await save({ id: props.group.id, version: props.group.version, status: next, on });
    if (done?.advanceWorkingGroup.workingGroup) {
      setOpen(false);
      notify(format(t.advanced, { status: label("WorkingGroupStatus", next) }));
      props.onChanged();
    }
  };
  const id = `advance-wg-${props.group.id}`;
  return (
    <Disclosure id={id} label={t[next]} open={open} onOpenChange={setOpen} variant="primary">
      <form onSubmit={submit} noValidate>
        <TextField
          id={`${id}-on`}
          label={t[`date${next}`]}
          type="date"
          required
          min={next === "AVVIATO" ? (composedOn ?? undefined) : undefined}
          value={on}
          error={s.fieldErrors.on}
          onChange={(v) => {
            setOn(v);
            s.clearField("on");
          }}
        />
        <FormActions
          submission={s}
          submitLabel={
            <>
              {t.confirm}: {t[next]}
            </>
          }
          onCancel={() => setOpen(false)}
          onReload={props.onChanged}
        />
      </form>
    </Disclosure>
  );
}
