import { useMutation, useQuery } from "@comtem/client";
import {
  Button,
  DataTable,
  QueryView,
  Section,
  SubmissionFeedback,
  TextField,
  format,
  formatDate,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  type Submission,
  checker,
} from "@comtem/ui";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { localiseUserErrors } from "../common/serverMessages";
import { AdminPage } from "./AdminLayout";
import { PersonPicker } from "./Pickers";

const PendingAccessRequests = graphql(`
  query PendingAccessRequests {
    accessRequests(status: PENDING, first: 100) {
      totalCount
      edges {
        node {
          id
          fullName
          email
          message
          createdAt
          issuer
          fiscalCode
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

const ApproveAccessRequest = graphql(`
  mutation ApproveAccessRequest($id: ID!, $personId: ID) {
    approveAccessRequest(id: $id, personId: $personId) {
      accessRequest {
        id
        status
        person {
          id
          fullName
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RejectAccessRequest = graphql(`
  mutation RejectAccessRequest($id: ID!, $reason: String!) {
    rejectAccessRequest(id: $id, reason: $reason) {
      accessRequest {
        id
        status
        rejectionReason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "lead"
  | "caption"
  | "none"
  | "more"
  | "name"
  | "email"
  | "organization"
  | "message"
  | "date"
  | "provider"
  | "fiscalCode"
  | "actions"
  | "approve"
  | "approveOf"
  | "approveNew"
  | "approveExisting"
  | "person"
  | "personRequired"
  | "confirmApprove"
  | "reject"
  | "rejectOf"
  | "reason"
  | "reasonHint"
  | "reasonRequired"
  | "confirmReject"
  | "cancel"
  | "approved"
  | "rejected"
  | "openPerson"
> = {
  it: {
    title: "Richieste di accesso",
    lead: "Chi ha eseguito l'accesso con SPID o CIE ma non è ancora una persona di ComTem può chiedere di essere aggiunto, indicando il proprio ente. Accogli la richiesta (viene creata la persona, o collegata a una già registrata) o respingila spiegando il motivo.",
    caption: "Richieste in attesa, dalla più vecchia",
    none: "Nessuna richiesta in attesa.",
    more: "Sono mostrate le prime 100 di {count} richieste.",
    name: "Nome",
    email: "E-mail",
    organization: "Ente",
    message: "Messaggio",
    date: "Data",
    provider: "Identity provider",
    fiscalCode: "Codice fiscale",
    actions: "Azioni",
    approve: "Accogli",
    approveOf: "Accogli la richiesta di {name}",
    approveNew: "Crea una nuova persona con questi dati",
    approveExisting: "Collega a una persona già registrata",
    person: "Persona",
    personRequired: "Scegli la persona a cui collegare l'accesso.",
    confirmApprove: "Conferma",
    reject: "Respingi",
    rejectOf: "Respingi la richiesta di {name}",
    reason: "Motivo",
    reasonHint: "Lo legge chi ha fatto la richiesta, che potrà chiedere di nuovo.",
    reasonRequired: "Scrivi il motivo (da 2 a 2000 caratteri).",
    confirmReject: "Respingi la richiesta",
    cancel: "Annulla",
    approved: "Richiesta di {name} accolta: al prossimo accesso entra in ComTem.",
    rejected: "Richiesta di {name} respinta.",
    openPerson: "Apri il profilo",
  },
  en: {
    title: "Access requests",
    lead: "Someone signed in with SPID or CIE who is not yet a person of ComTem may ask to be added, naming their body. Approve the request (the person is created, or linked to one already registered) or reject it, giving the reason.",
    caption: "Pending requests, oldest first",
    none: "No pending requests.",
    more: "The first 100 of {count} requests are shown.",
    name: "Name",
    email: "E-mail",
    organization: "Body",
    message: "Message",
    date: "Date",
    provider: "Identity provider",
    fiscalCode: "Fiscal code",
    actions: "Actions",
    approve: "Approve",
    approveOf: "Approve the request of {name}",
    approveNew: "Create a new person with these data",
    approveExisting: "Link to a registered person",
    person: "Person",
    personRequired: "Choose the person to link the sign-in to.",
    confirmApprove: "Confirm",
    reject: "Reject",
    rejectOf: "Reject the request of {name}",
    reason: "Reason",
    reasonHint: "The requester reads it, and may ask again.",
    reasonRequired: "Write the reason (2 to 2000 characters).",
    confirmReject: "Reject the request",
    cancel: "Cancel",
    approved: "Request of {name} approved: at their next sign-in they are in ComTem.",
    rejected: "Request of {name} rejected.",
    openPerson: "Open the profile",
  },
};

type Done = { text: string; personId?: string };

/**
 * One decision on a request, in place: a button that opens its fields, the server's answer next
 * to them, then confirm or cancel.
 */
function Decision(props: {
  label: string;
  open: string;
  confirm: string;
  color: "primary" | "danger";
  submission: Submission;
  onConfirm: () => Promise<void>;
  onReload: () => void;
  /** Field messages listed here too (fields the page does not show, such as the e-mail). */
  listFieldErrors?: boolean;
  children?: ReactNode;
}) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const s = props.submission;
  if (!open) {
    return (
      <Button
        color={props.color}
        outline={props.color === "danger"}
        size="sm"
        type="button"
        aria-label={props.label}
        onClick={() => setOpen(true)}
      >
        {props.open}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={props.label} className="mb-2">
      {props.children}
      <SubmissionFeedback
        submission={s}
        onReload={props.onReload}
        listFieldErrors={props.listFieldErrors ?? false}
      />
      <div className="d-flex gap-2">
        <Button
          color={props.color}
          size="sm"
          type="button"
          disabled={s.submitting}
          onClick={props.onConfirm}
        >
          {props.confirm}
        </Button>
        <Button color="secondary" outline size="sm" type="button" onClick={() => setOpen(false)}>
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}

/** Approve: a new person from the request, or a registered one chosen. */
function ApproveAction(props: {
  id: string;
  name: string;
  onDone: (done: Done) => void;
  onReload: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [approve] = useMutation(ApproveAccessRequest);
  const s = useSubmission();
  const [mode, setMode] = useState<"new" | "existing">("new");
  const [personId, setPersonId] = useState("");
  const group = `approve-mode-${props.id}`;
  const confirm = async () => {
    const { check, valid } = checker(s);
    if (mode === "existing") check(Boolean(personId), "personId", t.personRequired);
    if (!valid()) return;
    const done = await s.submit(
      async () =>
        (await approve({ id: props.id, personId: mode === "existing" ? personId : null }))
          .approveAccessRequest,
      { userErrors: (d) => localiseUserErrors(d.userErrors, locale) },
    );
    if (done?.accessRequest) {
      props.onDone({
        text: format(t.approved, { name: props.name }),
        ...(done.accessRequest.person ? { personId: done.accessRequest.person.id } : {}),
      });
    }
  };
  return (
    <Decision
      label={format(t.approveOf, { name: props.name })}
      open={t.approve}
      confirm={t.confirmApprove}
      color="primary"
      submission={s}
      onConfirm={confirm}
      onReload={props.onReload}
      // A new person's e-mail taken is a user error on `email`, a field not on this page.
      listFieldErrors={mode === "new"}
    >
      <fieldset className="mb-2">
        {(["new", "existing"] as const).map((m) => (
          <div className="form-check" key={m}>
            <input
              className="form-check-input"
              type="radio"
              name={group}
              id={`${group}-${m}`}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                s.reset();
              }}
            />
            <label className="form-check-label" htmlFor={`${group}-${m}`}>
              {m === "new" ? t.approveNew : t.approveExisting}
            </label>
          </div>
        ))}
      </fieldset>
      {mode === "existing" ? (
        <PersonPicker
          id={`approve-person-${props.id}`}
          label={t.person}
          required
          value={personId}
          error={s.fieldErrors.personId}
          onChange={(value) => {
            setPersonId(value);
            s.clearField("personId");
          }}
        />
      ) : null}
    </Decision>
  );
}

/** Reject, with a required reason shown to the requester. */
function RejectAction(props: {
  id: string;
  name: string;
  onDone: (done: Done) => void;
  onReload: () => void;
}) {
  const t = useMessages(messages);
  const [reject] = useMutation(RejectAccessRequest);
  const s = useSubmission();
  const [reason, setReason] = useState("");
  const confirm = async () => {
    const { check, valid } = checker(s);
    const length = reason.trim().length;
    check(length >= 2 && length <= 2000, "reason", t.reasonRequired);
    if (!valid()) return;
    const done = await s.submit(
      async () => (await reject({ id: props.id, reason: reason.trim() })).rejectAccessRequest,
    );
    if (done?.accessRequest) props.onDone({ text: format(t.rejected, { name: props.name }) });
  };
  return (
    <Decision
      label={format(t.rejectOf, { name: props.name })}
      open={t.reject}
      confirm={t.confirmReject}
      color="danger"
      submission={s}
      onConfirm={confirm}
      onReload={props.onReload}
    >
      <TextField
        id={`reject-reason-${props.id}`}
        label={t.reason}
        hint={t.reasonHint}
        required
        value={reason}
        error={s.fieldErrors.reason}
        onChange={(value) => {
          setReason(value);
          s.clearField("reason");
        }}
      />
    </Decision>
  );
}

/** `/amministrazione/richieste`: pending requests to be added; approve or reject each. */
export function AccessRequestsAdmin(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const state = useQuery(PendingAccessRequests);
  const [done, setDone] = useState<Done | null>(null);
  const decided = (outcome: Done) => {
    setDone(outcome);
    state.refetch();
  };
  return (
    <AdminPage basePath={props.basePath} title={t.title} lead={t.lead}>
      <div role="status" className={done ? "alert alert-success" : "visually-hidden"}>
        {done ? (
          <p className="mb-0" data-testid="access-request-done">
            {done.text}{" "}
            {done.personId ? (
              <Link to={`${props.basePath}/amministrazione/persone/${done.personId}`}>
                {t.openPerson}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      <Section title={t.caption}>
        <QueryView state={state} lines={6}>
          {({ accessRequests }) => (
            <>
              <DataTable
                caption={t.caption}
                rows={accessRequests.edges.map((e) => e.node)}
                rowKey={(r) => r.id}
                empty={t.none}
                pageSize={20}
                columns={[
                  { key: "name", header: t.name, value: (r) => r.fullName },
                  { key: "email", header: t.email, value: (r) => r.email },
                  {
                    key: "organization",
                    header: t.organization,
                    value: (r) => r.organization?.name ?? "—",
                  },
                  { key: "message", header: t.message, value: (r) => r.message ?? "" },
                  {
                    key: "date",
                    header: t.date,
                    value: (r) => formatDate(r.createdAt, locale, true),
                  },
                  { key: "provider", header: t.provider, render: (r) => <code>{r.issuer}</code> },
                  {
                    key: "fiscalCode",
                    header: t.fiscalCode,
                    value: (r) => r.fiscalCode ?? "—",
                  },
                  {
                    key: "actions",
                    header: t.actions,
                    render: (r) => (
                      <div className="d-flex flex-column gap-2">
                        <ApproveAction
                          id={r.id}
                          name={r.fullName}
                          onDone={decided}
                          onReload={state.refetch}
                        />
                        <RejectAction
                          id={r.id}
                          name={r.fullName}
                          onDone={decided}
                          onReload={state.refetch}
                        />
                      </div>
                    ),
                  },
                ]}
              />
              {accessRequests.totalCount > accessRequests.edges.length ? (
                <p className="small">{format(t.more, { count: accessRequests.totalCount })}</p>
              ) : null}
            </>
          )}
        </QueryView>
      </Section>
    </AdminPage>
  );
}
