import { useMutation, useQuery } from "@comtem/client";
import {
  Button,
  DataTable,
  Disclosure,
  QueryView,
  Section,
  SelectField,
  SubmissionFeedback,
  TextField,
  enumOptions,
  format,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  checker,
  FormActions,
} from "@comtem/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { ApiKeyScope } from "../../gql/graphql";
import { localiseUserErrors } from "../common/serverMessages";
import { AdminPage } from "./AdminLayout";
import { OrganizationPicker } from "./Pickers";

const ApiKeys = graphql(`
  query AdminApiKeys {
    apiKeys {
      id
      name
      scope
      prefix
      createdAt
      expiresAt
      revokedAt
      organization {
        id
        name
      }
    }
  }
`);

const IssueApiKey = graphql(`
  mutation IssueApiKey($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) {
      apiKey {
        id
        name
        prefix
      }
      secret
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const messages: Messages<
  | "title"
  | "lead"
  | "issue"
  | "organization"
  | "name"
  | "nameHint"
  | "scope"
  | "scopeHint"
  | "expiresOn"
  | "expiresHint"
  | "submit"
  | "cancel"
  | "nameRequired"
  | "organizationRequired"
  | "expiryFuture"
  | "secretTitle"
  | "secretWarning"
  | "secretLabel"
  | "copy"
  | "copied"
  | "copyFailed"
  | "secretDone"
  | "caption"
  | "prefix"
  | "created"
  | "status"
  | "actions"
  | "active"
  | "expires"
  | "expired"
  | "revoked"
  | "revoke"
  | "revokeOf"
  | "confirm"
  | "confirmText"
  | "revokedNotice"
  | "none"
> = {
  it: {
    title: "Chiavi API dei partner",
    lead: "Un partner usa l'API pubblica con una chiave della propria organizzazione (intestazione X-Api-Key). Una chiave in sola lettura non può eseguire modifiche; per le modifiche serve anche l'accesso della persona.",
    issue: "Rilascia una nuova chiave",
    organization: "Organizzazione del partner",
    name: "Nome della chiave",
    nameHint:
      "Per riconoscerla: l'applicazione e l'ambiente, per esempio «Portale open data – produzione».",
    scope: "Permessi",
    scopeHint:
      "Sola lettura basta per leggere i dati; lettura e scrittura consente le modifiche per conto delle persone che accedono.",
    expiresOn: "Scadenza (facoltativa)",
    expiresHint: "Dopo questa data la chiave smette di funzionare. Vuoto: nessuna scadenza.",
    submit: "Rilascia la chiave",
    cancel: "Annulla",
    nameRequired: "Scrivi un nome da 3 a 100 caratteri.",
    organizationRequired: "Scegli l'organizzazione del partner.",
    expiryFuture: "La scadenza deve essere una data futura.",
    secretTitle: "Chiave «{name}» rilasciata: copiala ora",
    secretWarning:
      "È l'unica volta che la vedi. ComTem ne conserva solo un'impronta e non potrà mostrarla di nuovo: consegnala al partner in modo sicuro. Se va persa, revocala e rilasciane un'altra.",
    secretLabel: "Chiave segreta",
    copy: "Copia la chiave",
    copied: "Chiave copiata negli appunti.",
    copyFailed: "Copia non riuscita: la chiave è selezionata, usa Ctrl+C (o Cmd+C).",
    secretDone: "Ho conservato la chiave: nascondila",
    caption: "Chiavi rilasciate",
    prefix: "Inizio della chiave",
    created: "Rilasciata il",
    status: "Stato",
    actions: "Azioni",
    active: "Attiva",
    expires: "Attiva, scade il {date}",
    expired: "Scaduta il {date}",
    revoked: "Revocata il {date}",
    revoke: "Revoca",
    revokeOf: "Revoca la chiave {name}",
    confirm: "Sì, revoca",
    confirmText:
      "Revocare «{name}»? Le applicazioni che la usano smetteranno di funzionare entro 30 secondi.",
    revokedNotice: "Chiave «{name}» revocata.",
    none: "Nessuna chiave rilasciata.",
  },
  en: {
    title: "Partner API keys",
    lead: "A partner uses the public API with a key of its organization (X-Api-Key header). A read-only key cannot make changes; changes also need the person's sign-in.",
    issue: "Issue a new key",
    organization: "Partner's organization",
    name: "Key name",
    nameHint:
      "To recognise it: the application and environment, for example “Open data portal – production”.",
    scope: "Permissions",
    scopeHint:
      "Read only is enough to read data; read and write allows changes on behalf of the people who sign in.",
    expiresOn: "Expiry (optional)",
    expiresHint: "After this date the key stops working. Empty: no expiry.",
    submit: "Issue the key",
    cancel: "Cancel",
    nameRequired: "Write a name of 3 to 100 characters.",
    organizationRequired: "Choose the partner's organization.",
    expiryFuture: "The expiry must be a future date.",
    secretTitle: "Key “{name}” issued: copy it now",
    secretWarning:
      "This is the only time you see it. ComTem keeps only a fingerprint of it and cannot show it again: hand it to the partner securely. If it is lost, revoke it and issue another.",
    secretLabel: "Secret key",
    copy: "Copy the key",
    copied: "Key copied to the clipboard.",
    copyFailed: "Copy failed: the key is selected, use Ctrl+C (or Cmd+C).",
    secretDone: "I have stored the key: hide it",
    caption: "Issued keys",
    prefix: "Start of the key",
    created: "Issued on",
    status: "Status",
    actions: "Actions",
    active: "Active",
    expires: "Active, expires on {date}",
    expired: "Expired on {date}",
    revoked: "Revoked on {date}",
    revoke: "Revoke",
    revokeOf: "Revoke the key {name}",
    confirm: "Yes, revoke",
    confirmText: "Revoke “{name}”? The applications using it stop working within 30 seconds.",
    revokedNotice: "Key “{name}” revoked.",
    none: "No key issued.",
  },
};

/** Shown once, right after issuing: the secret, a copy button, and the warning. */
function SecretOnce(props: { name: string; secret: string; onDone: () => void }) {
  const t = useMessages(messages);
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<string | null>(null);
  // Focus goes to the secret: the user's next step is to copy it.
  useEffect(() => input.current?.focus(), []);
  return (
    <section
      className="alert alert-warning"
      aria-labelledby="api-key-secret-title"
      data-testid="api-key-secret-panel"
    >
      <h2 className="h5" id="api-key-secret-title">
        {format(t.secretTitle, { name: props.name })}
      </h2>
      <p>{t.secretWarning}</p>
      <label htmlFor="api-key-secret" className="form-label fw-semibold">
        {t.secretLabel}
      </label>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <input
          id="api-key-secret"
          ref={input}
          className="form-control font-monospace flex-grow-1"
          style={{ minWidth: "18rem", maxWidth: "40rem" }}
          readOnly
          value={props.secret}
          onFocus={(e) => e.target.select()}
        />
        <Button
          color="primary"
          type="button"
          onClick={() => {
            input.current?.select();
            if (!navigator.clipboard) return setCopy(t.copyFailed);
            navigator.clipboard.writeText(props.secret).then(
              () => setCopy(t.copied),
              () => setCopy(t.copyFailed),
            );
          }}
        >
          {t.copy}
        </Button>
      </div>
      <p role="status" className="small mb-2">
        {copy}
      </p>
      <Button color="secondary" outline type="button" onClick={props.onDone}>
        {t.secretDone}
      </Button>
    </section>
  );
}

function IssueForm(props: {
  onIssued: (issued: { name: string; secret: string }) => void;
  onCancel: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [issue] = useMutation(IssueApiKey);
  const s = useSubmission();
  const [v, setV] = useState({ organizationId: "", name: "", scope: "READ", expiresOn: "" });
  const set = (name: keyof typeof v) => (value: string) => {
    setV((x) => ({ ...x, [name]: value }));
    s.clearField(name === "expiresOn" ? "expiresAt" : name);
  };
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString("sv-SE");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    check(Boolean(v.organizationId), "organizationId", t.organizationRequired);
    const name = v.name.trim();
    check(name.length >= 3 && name.length <= 100, "name", t.nameRequired);
    // The key works until the end of the chosen day (the user's time).
    const expiresAt = v.expiresOn ? new Date(`${v.expiresOn}T23:59:59`) : null;
    check(!expiresAt || expiresAt.getTime() > Date.now(), "expiresAt", t.expiryFuture);
    if (!valid()) return;
    const done = await s.submit(
      async () =>
        (
          await issue({
            input: {
              organizationId: v.organizationId,
              name,
              scope: v.scope as ApiKeyScope,
              expiresAt: expiresAt ? expiresAt.toISOString() : null,
            },
          })
        ).issueApiKey,
      { userErrors: (d) => localiseUserErrors(d.userErrors, locale) },
    );
    if (done?.apiKey && done.secret)
      props.onIssued({ name: done.apiKey.name, secret: done.secret });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="api-key-form">
      <OrganizationPicker
        id="api-key-organizationId"
        label={t.organization}
        required
        value={v.organizationId}
        error={s.fieldErrors.organizationId}
        onChange={set("organizationId")}
      />
      <TextField
        id="api-key-name"
        label={t.name}
        hint={t.nameHint}
        required
        value={v.name}
        error={s.fieldErrors.name}
        onChange={set("name")}
      />
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="api-key-scope"
            label={t.scope}
            hint={t.scopeHint}
            required
            value={v.scope}
            error={s.fieldErrors.scope}
            onChange={set("scope")}
            options={enumOptions("ApiKeyScope", locale)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="api-key-expiresOn"
            label={t.expiresOn}
            hint={t.expiresHint}
            type="date"
            min={tomorrow}
            value={v.expiresOn}
            error={s.fieldErrors.expiresAt}
            onChange={set("expiresOn")}
          />
        </div>
      </div>
      <FormActions submission={s} submitLabel={t.submit} onCancel={props.onCancel} />
    </form>
  );
}

/** Revoke, after an explicit confirmation in place. */
function RevokeAction(props: { id: string; name: string; onRevoked: () => void }) {
  const t = useMessages(messages);
  const [revoke] = useMutation(RevokeApiKey);
  const s = useSubmission();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button
        color="danger"
        outline
        size="sm"
        type="button"
        aria-label={format(t.revokeOf, { name: props.name })}
        onClick={() => setConfirming(true)}
      >
        {t.revoke}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={format(t.revokeOf, { name: props.name })}>
      <p className="small mb-2">{format(t.confirmText, { name: props.name })}</p>
      <SubmissionFeedback submission={s} />
      <div className="d-flex gap-2">
        <Button
          color="danger"
          size="sm"
          type="button"
          disabled={s.submitting}
          onClick={async () => {
            const done = await s.submit(() => revoke({ id: props.id }));
            if (done) props.onRevoked();
          }}
        >
          {t.confirm}
        </Button>
        <Button
          color="secondary"
          outline
          size="sm"
          type="button"
          onClick={() => setConfirming(false)}
        >
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}

/** `/amministrazione/chiavi-api`: list, issue (secret shown once), revoke with confirmation. */
export function ApiKeysAdmin(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const state = useQuery(ApiKeys);
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const now = Date.now();
  return (
    <AdminPage basePath={props.basePath} title={t.title} lead={t.lead}>
      {issued ? (
        <SecretOnce name={issued.name} secret={issued.secret} onDone={() => setIssued(null)} />
      ) : null}
      <div role="status" className={notice ? "alert alert-success" : "visually-hidden"}>
        {notice}
      </div>
      <Disclosure
        id="issue-api-key"
        label={t.issue}
        variant="primary"
        open={issuing}
        onOpenChange={(open) => {
          setIssuing(open);
          if (open) setNotice(null);
        }}
      >
        <IssueForm
          onIssued={(key) => {
            setIssuing(false);
            setIssued(key);
            state.refetch();
          }}
          onCancel={() => setIssuing(false)}
        />
      </Disclosure>
      <Section title={t.caption}>
        <QueryView state={state} lines={6}>
          {({ apiKeys }) => (
            <DataTable
              caption={t.caption}
              rows={apiKeys}
              rowKey={(k) => k.id}
              empty={t.none}
              pageSize={20}
              columns={[
                { key: "name", header: t.name, value: (k) => k.name },
                { key: "organization", header: t.organization, value: (k) => k.organization.name },
                { key: "scope", header: t.scope, value: (k) => label("ApiKeyScope", k.scope) },
                {
                  key: "prefix",
                  header: t.prefix,
                  render: (k) => <code>{k.prefix}…</code>,
                },
                {
                  key: "created",
                  header: t.created,
                  value: (k) => formatDate(k.createdAt, locale),
                },
                {
                  key: "status",
                  header: t.status,
                  render: (k) => (
                    <span data-testid="api-key-status">
                      {k.revokedAt
                        ? format(t.revoked, { date: formatDate(k.revokedAt, locale, true) })
                        : k.expiresAt && Date.parse(k.expiresAt) <= now
                          ? format(t.expired, { date: formatDate(k.expiresAt, locale) })
                          : k.expiresAt
                            ? format(t.expires, { date: formatDate(k.expiresAt, locale) })
                            : t.active}
                    </span>
                  ),
                },
                {
                  key: "actions",
                  header: t.actions,
                  render: (k) =>
                    k.revokedAt ? null : (
                      <RevokeAction
                        id={k.id}
                        name={k.name}
                        onRevoked={() => {
                          setNotice(format(t.revokedNotice, { name: k.name }));
                          state.refetch();
                        }}
                      />
                    ),
                },
              ]}
            />
          )}
        </QueryView>
      </Section>
    </AdminPage>
  );
}
