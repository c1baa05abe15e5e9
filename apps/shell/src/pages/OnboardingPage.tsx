import { useMutation, useQuery } from "@comtem/client";
import {
  Button,
  LoadingSkeleton,
  Page,
  SearchSelectField,
  Section,
  SubmissionFeedback,
  TextField,
  checker,
  format,
  formatDate,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  type SearchChoice,
} from "@comtem/ui";
import { useEffect, useState, type FormEvent } from "react";
import { identify } from "../auth/session";
import { graphql } from "../gql";
import { useShell } from "../shell-context";

const MyAccessRequest = graphql(`
  query ShellMyAccessRequest {
    myAccessRequest {
      id
      status
      createdAt
      rejectionReason
      organization {
        id
        name
      }
    }
  }
`);

const OrganizationChoices = graphql(`
  query ShellOrganizationChoices($search: String) {
    organizations(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
          province
        }
      }
    }
  }
`);

const RequestAccess = graphql(`
  mutation ShellRequestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) {
      accessRequest {
        id
        status
        createdAt
        rejectionReason
        organization {
          id
          name
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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const messages: Messages<
  | "title"
  | "lead"
  | "whatTitle"
  | "nominated"
  | "ask"
  | "formTitle"
  | "fullName"
  | "email"
  | "emailHint"
  | "organization"
  | "message"
  | "messageHint"
  | "submit"
  | "nameRequired"
  | "emailInvalid"
  | "organizationRequired"
  | "messageTooLong"
  | "pending"
  | "rejected"
  | "approved"
  | "enter"
  | "logout"
> = {
  it: {
    title: "Benvenuto in ComTem",
    lead: "Hai effettuato l'accesso con la tua identità digitale come {name}, ma non risulti ancora tra le persone di ComTem. Finché non sarai aggiunto, la piattaforma non è accessibile con questo accesso.",
    whatTitle: "Cosa fare",
    nominated:
      "Se il tuo ente ti ha nominato partecipante di una comunità, chiedi al tuo ente di indicare il tuo codice fiscale nella nomina: al prossimo accesso verrai riconosciuto automaticamente.",
    ask: "Altrimenti chiedi di essere aggiunto: un amministratore di ComTem esamina la richiesta e, se la approva, al prossimo accesso entri nella piattaforma.",
    formTitle: "Chiedi di essere aggiunto",
    fullName: "Nome e cognome",
    email: "E-mail",
    emailHint: "L'indirizzo istituzionale a cui ricevere le comunicazioni di ComTem.",
    organization: "Ente che rappresenti",
    message: "Messaggio per gli amministratori",
    messageHint: "Facoltativo: il tuo ruolo nell'ente e a quali comunità vuoi partecipare.",
    submit: "Invia la richiesta",
    nameRequired: "Scrivi nome e cognome (almeno 2 caratteri).",
    emailInvalid: "Scrivi un indirizzo e-mail valido, per esempio nome.cognome@comune.bologna.it.",
    organizationRequired: "Scegli l'ente che rappresenti.",
    messageTooLong: "Il messaggio può essere lungo al massimo 2000 caratteri.",
    pending:
      "La tua richiesta del {date} per {organization} è in attesa dell'esame di un amministratore.",
    rejected:
      "La tua richiesta del {date} non è stata accolta. Motivo: {reason}. Puoi inviarne una nuova.",
    approved: "La tua richiesta è stata approvata.",
    enter: "Entra in ComTem",
    logout: "Esci",
  },
  en: {
    title: "Welcome to ComTem",
    lead: "You signed in with your digital identity as {name}, but you are not yet among the people of ComTem. Until you are added, the platform is not available with this sign-in.",
    whatTitle: "What to do",
    nominated:
      "If your body nominated you as a participant of a community, ask it to record your fiscal code in the nomination: at your next sign-in you will be recognised automatically.",
    ask: "Otherwise ask to be added: a ComTem administrator reviews the request and, once it is approved, your next sign-in takes you into the platform.",
    formTitle: "Ask to be added",
    fullName: "Full name",
    email: "E-mail",
    emailHint: "The institutional address to receive ComTem's messages at.",
    organization: "Body you represent",
    message: "Message for the administrators",
    messageHint: "Optional: your role in the body and which communities you want to join.",
    submit: "Send the request",
    nameRequired: "Write your full name (at least 2 characters).",
    emailInvalid: "Write a valid e-mail address, for example name.surname@comune.bologna.it.",
    organizationRequired: "Choose the body you represent.",
    messageTooLong: "The message can be at most 2000 characters long.",
    pending: "Your request of {date} for {organization} is waiting for an administrator's review.",
    rejected: "Your request of {date} was not accepted. Reason: {reason}. You can send a new one.",
    approved: "Your request has been approved.",
    enter: "Enter ComTem",
    logout: "Log out",
  },
};

function OrganizationField(props: {
  value: string;
  error?: string;
  onChange: (id: string) => void;
}) {
  const t = useMessages(messages);
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<SearchChoice | undefined>();
  const state = useQuery(OrganizationChoices, { search: search.trim() || null });
  const choices = (state.data?.organizations.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.province ? `${node.name} (${node.province})` : node.name,
  }));
  return (
    <SearchSelectField
      id="access-organizationId"
      label={t.organization}
      required
      value={props.value}
      error={props.error}
      search={search}
      onSearch={setSearch}
      choices={choices}
      total={state.data?.organizations.totalCount ?? 0}
      selected={chosen}
      onChange={(id) => {
        setChosen(choices.find((c) => c.value === id));
        props.onChange(id);
      }}
    />
  );
}

function RequestForm(props: { initialName: string; onSent: () => void }) {
  const t = useMessages(messages);
  const [send] = useMutation(RequestAccess);
  const s = useSubmission();
  const [v, setV] = useState({
    fullName: props.initialName,
    email: "",
    organizationId: "",
    message: "",
  });
  const set = (name: keyof typeof v) => (value: string) => {
    setV((x) => ({ ...x, [name]: value }));
    s.clearField(name);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    check(v.fullName.trim().length >= 2, "fullName", t.nameRequired);
    check(EMAIL.test(v.email.trim()), "email", t.emailInvalid);
    check(Boolean(v.organizationId), "organizationId", t.organizationRequired);
    check(v.message.trim().length <= 2000, "message", t.messageTooLong);
    if (!valid()) return;
    const done = await s.submit(
      async () =>
        (
          await send({
            input: {
              fullName: v.fullName.trim(),
              email: v.email.trim(),
              organizationId: v.organizationId,
              message: v.message.trim() || null,
            },
          })
        ).requestAccess,
      { userErrors: (d) => d.userErrors },
    );
    if (done?.accessRequest) props.onSent();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="access-request-form">
      <div className="row">
        <div className="col-md-6">
          <TextField
            id="access-fullName"
            label={t.fullName}
            required
            value={v.fullName}
            error={s.fieldErrors.fullName}
            onChange={set("fullName")}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="access-email"
            label={t.email}
            hint={t.emailHint}
            type="email"
            required
            value={v.email}
            error={s.fieldErrors.email}
            onChange={set("email")}
          />
        </div>
      </div>
      <OrganizationField
        value={v.organizationId}
        error={s.fieldErrors.organizationId}
        onChange={set("organizationId")}
      />
      <TextField
        id="access-message"
        label={t.message}
        hint={t.messageHint}
        multiline
        value={v.message}
        error={s.fieldErrors.message}
        onChange={set("message")}
      />
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}

/**
 * What a person signed in at the identity provider sees while no ComTem person is linked to
 * their identity (docs/identity.md): what to do, their request to be added and its state. Every
 * other page of the platform waits until an administrator approves.
 */
export function OnboardingPage() {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { config, session, setSession, signOut } = useShell();
  const state = useQuery(MyAccessRequest);
  const [linkChecked, setLinkChecked] = useState(false);

  // Linked since this session started (a nomination, an approval): enter at once.
  const enter = async () => {
    if (!session) return;
    const identity = await identify(config.gatewayUrl, session.token);
    if (identity.personId) setSession({ ...session, personId: identity.personId });
  };
  useEffect(() => {
    void enter().finally(() => setLinkChecked(true));
    // Once per visit of the page.
  }, []);

  const request = state.data?.myAccessRequest ?? null;
  const date = request ? formatDate(request.createdAt, locale) : "";
  return (
    <Page title={t.title}>
      <p className="lead">{format(t.lead, { name: session?.fullName ?? "" })}</p>
      <Section title={t.whatTitle}>
        <p>{t.nominated}</p>
        <p>{t.ask}</p>
      </Section>
      {!linkChecked || state.loading ? (
        <LoadingSkeleton lines={3} />
      ) : request?.status === "PENDING" ? (
        <div className="alert alert-info" role="status" data-testid="access-request-pending">
          {format(t.pending, { date, organization: request.organization?.name ?? "—" })}
        </div>
      ) : request?.status === "APPROVED" ? (
        <div className="alert alert-success" role="status">
          <p>{t.approved}</p>
          <Button color="primary" onClick={() => void enter()}>
            {t.enter}
          </Button>
        </div>
      ) : (
        <Section title={t.formTitle}>
          {request?.status === "REJECTED" ? (
            <div className="alert alert-warning" role="status">
              {format(t.rejected, { date, reason: request.rejectionReason ?? "—" })}
            </div>
          ) : null}
          <RequestForm initialName={session?.fullName ?? ""} onSent={state.refetch} />
        </Section>
      )}
      <Button color="secondary" outline onClick={() => void signOut()}>
        {t.logout}
      </Button>
    </Page>
  );
}
