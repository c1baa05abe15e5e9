import {
  Button,
  useLabels,
  ErrorState,
  LoadingSkeleton,
  Page,
  Section,
  SelectField,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useEffect, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { startOidcLogin } from "../auth/oidc";
import { devLogin, listDevPeople, type DevPerson } from "../auth/session";
import { useShell } from "../shell-context";

const messages: Messages<
  | "title"
  | "oidcTitle"
  | "oidcText"
  | "oidcButton"
  | "devTitle"
  | "devText"
  | "person"
  | "choose"
  | "submit"
  | "required"
  | "noMethod"
> = {
  it: {
    title: "Accedi",
    oidcTitle: "Accesso con identità digitale",
    oidcText: "Accedi con SPID o CIE attraverso il servizio di autenticazione della Regione.",
    oidcButton: "Entra con SPID o CIE",
    devTitle: "Accesso di sviluppo",
    devText: "Solo in sviluppo: scegli una persona dei dati dimostrativi.",
    person: "Persona",
    choose: "Scegli una persona",
    submit: "Accedi come questa persona",
    required: "Scegli una persona per continuare.",
    noMethod: "Nessun metodo di accesso è configurato.",
  },
  en: {
    title: "Log in",
    oidcTitle: "Log in with a digital identity",
    oidcText: "Log in with SPID or CIE through the Region's authentication service.",
    oidcButton: "Log in with SPID or CIE",
    devTitle: "Development login",
    devText: "Development only: pick a person from the demo data.",
    person: "Person",
    choose: "Choose a person",
    submit: "Log in as this person",
    required: "Choose a person to continue.",
    noMethod: "No login method is configured.",
  },
};

function DevLogin() {
  const t = useMessages(messages);
  const { config, setSession } = useShell();
  const label = useLabels();
  const navigate = useNavigate();
  const [people, setPeople] = useState<DevPerson[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [personId, setPersonId] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    listDevPeople(config.devIssuerUrl).then(setPeople, setError);
  }, [config.devIssuerUrl]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!personId) {
      setFieldError(t.required);
      return;
    }
    setBusy(true);
    try {
      setSession(await devLogin(config.devIssuerUrl, personId));
      await navigate("/");
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  if (error) return <ErrorState error={error} />;
  if (!people) return <LoadingSkeleton lines={2} />;
  return (
    <form onSubmit={submit} noValidate>
      <SelectField
        id="dev-person"
        label={t.person}
        value={personId}
        required
        error={fieldError}
        onChange={(value) => {
          setPersonId(value);
          setFieldError(null);
        }}
        options={[
          { value: "", label: t.choose },
          ...people.map((p) => ({
            value: p.id,
            label: `${p.fullName}${p.organization ? ` — ${p.organization.name}` : ""}${p.systemRoles.length ? ` (${p.systemRoles.map((r) => label("SystemRole", r)).join(", ")})` : ""}`,
          })),
        ]}
      />
      <Button color="primary" type="submit" disabled={busy}>
        {t.submit}
      </Button>
    </form>
  );
}

export function LoginPage() {
  const t = useMessages(messages);
  const { config } = useShell();
  const [error, setError] = useState<Error | null>(null);
  const oidc = config.oidc;
  return (
    <Page title={t.title}>
      {oidc ? (
        <Section title={t.oidcTitle}>
          <p>{t.oidcText}</p>
          {error ? <ErrorState error={error} /> : null}
          <Button color="primary" onClick={() => startOidcLogin(oidc, "/").catch(setError)}>
            {t.oidcButton}
          </Button>
        </Section>
      ) : null}
      {config.devIssuer ? (
        <Section title={t.devTitle}>
          <p>{t.devText}</p>
          <DevLogin />
        </Section>
      ) : null}
      {!oidc && !config.devIssuer ? <p>{t.noMethod}</p> : null}
    </Page>
  );
}
