import { useMutation } from "@comtem/client";
import {
  Button,
  SubmissionFeedback,
  TextField,
  format,
  formatDate,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
  checker,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { localiseUserErrors } from "../common/serverMessages";
import { AdminPage } from "./AdminLayout";
import { OrganizationPicker, PersonPicker } from "./Pickers";

const NominatePerson = graphql(`
  mutation NominatePerson($input: NominatePersonInput!) {
    nominatePerson(input: $input) {
      nomination {
        id
        nominatedOn
        actReference
        organization {
          id
          name
        }
      }
      person {
        id
        fullName
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
/** An Italian fiscal code, optionally as SPID gives it (TINIT-…); the server checks the same. */
const FISCAL_CODE =
  /^(TINIT-)?[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/i;
const FRESH = ["givenName", "familyName", "email", "publicRole", "fiscalCode"] as const;

const messages: Messages<
  | "title"
  | "lead"
  | "organization"
  | "who"
  | "existing"
  | "fresh"
  | "person"
  | "givenName"
  | "familyName"
  | "email"
  | "emailHint"
  | "publicRole"
  | "fiscalCode"
  | "fiscalCodeHint"
  | "fiscalCodeInvalid"
  | "nominatedOn"
  | "actReference"
  | "actHint"
  | "submit"
  | "done"
  | "editPerson"
  | "another"
  | "organizationRequired"
  | "personRequired"
  | "required"
  | "emailInvalid"
  | "dateRequired"
  | "dateFuture"
  | "actRequired"
  | "moved"
> = {
  it: {
    title: "Nomine",
    lead: "Le persone partecipano a ComTem perché il loro ente le nomina con un atto (decreto, determinazione, lettera). Registra qui l'atto: la persona, se nuova, viene creata e rappresenta quell'ente.",
    organization: "Ente che nomina",
    who: "Chi viene nominato",
    existing: "Persona già registrata",
    fresh: "Persona nuova",
    person: "Persona",
    givenName: "Nome",
    familyName: "Cognome",
    email: "E-mail",
    emailHint: "L'indirizzo istituzionale con cui la persona accederà.",
    publicRole: "Ruolo pubblico",
    fiscalCode: "Codice fiscale",
    fiscalCodeHint:
      "Facoltativo. Al primo accesso con SPID o CIE la persona viene riconosciuta da questo codice e collegata al suo profilo. Lo vedono solo lei e gli amministratori.",
    fiscalCodeInvalid:
      "Scrivi un codice fiscale valido di 16 caratteri, per esempio RSSMRA80A01H501U, o lascia il campo vuoto.",
    nominatedOn: "Data dell'atto",
    actReference: "Estremi dell'atto",
    actHint: "Per esempio: Decreto del Sindaco n. 12/2020.",
    submit: "Registra la nomina",
    done: "Nomina registrata: {person} per {organization}, atto «{act}» del {date}.",
    editPerson: "Apri il profilo",
    another: "Registra un'altra nomina",
    organizationRequired: "Scegli l'ente che nomina.",
    personRequired: "Scegli la persona nominata.",
    required: "Questo campo è obbligatorio.",
    emailInvalid: "Scrivi un indirizzo e-mail valido, per esempio nome.cognome@comune.bologna.it.",
    dateRequired: "Indica la data dell'atto.",
    dateFuture: "La data dell'atto non può essere futura.",
    actRequired: "Scrivi gli estremi dell'atto (da 3 a 200 caratteri).",
    moved:
      "Se la persona oggi rappresenta un altro ente, da questa nomina rappresenterà l'ente scelto.",
  },
  en: {
    title: "Nominations",
    lead: "People take part in ComTem because their body nominates them by an act (decree, resolution, letter). Record the act here: a new person is created and represents that body.",
    organization: "Nominating body",
    who: "Who is nominated",
    existing: "Registered person",
    fresh: "New person",
    person: "Person",
    givenName: "Given name",
    familyName: "Family name",
    email: "E-mail",
    emailHint: "The institutional address the person will log in with.",
    publicRole: "Public role",
    fiscalCode: "Fiscal code",
    fiscalCodeHint:
      "Optional. At their first sign-in with SPID or CIE the person is recognised by this code and linked to their profile. Only they and the administrators see it.",
    fiscalCodeInvalid:
      "Write a valid 16-character Italian fiscal code, for example RSSMRA80A01H501U, or leave the field empty.",
    nominatedOn: "Date of the act",
    actReference: "Reference of the act",
    actHint: "For example: Decreto del Sindaco n. 12/2020.",
    submit: "Record the nomination",
    done: "Nomination recorded: {person} for {organization}, act “{act}” of {date}.",
    editPerson: "Open the profile",
    another: "Record another nomination",
    organizationRequired: "Choose the nominating body.",
    personRequired: "Choose the nominated person.",
    required: "This field is required.",
    emailInvalid: "Write a valid e-mail address, for example name.surname@comune.bologna.it.",
    dateRequired: "Give the date of the act.",
    dateFuture: "The date of the act cannot be in the future.",
    actRequired: "Write the reference of the act (3 to 200 characters).",
    moved:
      "If the person represents another body today, from this nomination on they represent the chosen one.",
  },
};

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Rome" });

function NominationForm(props: { onDone: (done: { personId: string; text: string }) => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [nominate] = useMutation(NominatePerson);
  const s = useSubmission();
  const [mode, setMode] = useState<"existing" | "fresh">("existing");
  const [v, setV] = useState({
    organizationId: "",
    personId: "",
    givenName: "",
    familyName: "",
    email: "",
    publicRole: "",
    fiscalCode: "",
    nominatedOn: today(),
    actReference: "",
  });
  const set = (name: keyof typeof v) => (value: string) => {
    setV((x) => ({ ...x, [name]: value }));
    s.clearField(name);
    if ((FRESH as readonly string[]).includes(name)) s.clearField("newPerson");
  };
  // An error about newPerson as a whole is shown on the e-mail; one about a field, on that field.
  const freshError = (field: (typeof FRESH)[number]) =>
    s.fieldErrors[field] ??
    (field === "email" && !FRESH.some((f) => s.fieldErrors[f])
      ? s.fieldErrors.newPerson
      : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    check(Boolean(v.organizationId), "organizationId", t.organizationRequired);
    if (mode === "existing") check(Boolean(v.personId), "personId", t.personRequired);
    else {
      check(Boolean(v.givenName.trim()), "givenName", t.required);
      check(Boolean(v.familyName.trim()), "familyName", t.required);
      check(EMAIL.test(v.email.trim()), "email", t.emailInvalid);
      check(v.publicRole.trim().length >= 2, "publicRole", t.required);
      const fiscalCode = v.fiscalCode.trim();
      check(!fiscalCode || FISCAL_CODE.test(fiscalCode), "fiscalCode", t.fiscalCodeInvalid);
    }
    check(Boolean(v.nominatedOn), "nominatedOn", t.dateRequired);
    check(!v.nominatedOn || v.nominatedOn <= today(), "nominatedOn", t.dateFuture);
    const act = v.actReference.trim().length;
    check(act >= 3 && act <= 200, "actReference", t.actRequired);
    if (!valid()) return;
    const done = await s.submit(
      async () =>
        (
          await nominate({
            input: {
              organizationId: v.organizationId,
              nominatedOn: v.nominatedOn,
              actReference: v.actReference.trim(),
              ...(mode === "existing"
                ? { personId: v.personId }
                : {
                    newPerson: {
                      givenName: v.givenName.trim(),
                      familyName: v.familyName.trim(),
                      email: v.email.trim(),
                      publicRole: v.publicRole.trim(),
                      fiscalCode: v.fiscalCode.trim() || null,
                    },
                  }),
            },
          })
        ).nominatePerson,
      { userErrors: (d) => localiseUserErrors(d.userErrors, locale) },
    );
    if (done?.nomination && done.person) {
      props.onDone({
        personId: done.person.id,
        text: format(t.done, {
          person: done.person.fullName,
          organization: done.nomination.organization.name,
          act: done.nomination.actReference,
          date: formatDate(done.nomination.nominatedOn, locale),
        }),
      });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="nomination-form">
      <OrganizationPicker
        id="nomination-organizationId"
        label={t.organization}
        required
        value={v.organizationId}
        error={s.fieldErrors.organizationId}
        onChange={set("organizationId")}
      />
      <fieldset className="mb-4">
        <legend className="form-label fw-semibold fs-6 px-0">{t.who}</legend>
        {(["existing", "fresh"] as const).map((m) => (
          <div className="form-check form-check-inline" key={m}>
            <input
              className="form-check-input"
              type="radio"
              name="nomination-mode"
              id={`nomination-mode-${m}`}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            <label className="form-check-label" htmlFor={`nomination-mode-${m}`}>
              {t[m]}
            </label>
          </div>
        ))}
      </fieldset>
      {mode === "existing" ? (
        <>
          <PersonPicker
            id="nomination-personId"
            label={t.person}
            required
            value={v.personId}
            error={s.fieldErrors.personId}
            onChange={set("personId")}
          />
          <p className="small">{t.moved}</p>
        </>
      ) : (
        <div className="row">
          {FRESH.map((f) => (
            <div className="col-md-6" key={f}>
              <TextField
                id={`nomination-${f}`}
                label={t[f]}
                hint={
                  f === "email" ? t.emailHint : f === "fiscalCode" ? t.fiscalCodeHint : undefined
                }
                type={f === "email" ? "email" : "text"}
                required={f !== "fiscalCode"}
                value={v[f]}
                error={freshError(f)}
                onChange={set(f)}
              />
            </div>
          ))}
        </div>
      )}
      <div className="row">
        <div className="col-md-4">
          <TextField
            id="nomination-nominatedOn"
            label={t.nominatedOn}
            type="date"
            required
            max={today()}
            value={v.nominatedOn}
            error={s.fieldErrors.nominatedOn}
            onChange={set("nominatedOn")}
          />
        </div>
        <div className="col-md-8">
          <TextField
            id="nomination-actReference"
            label={t.actReference}
            hint={t.actHint}
            required
            value={v.actReference}
            error={s.fieldErrors.actReference}
            onChange={set("actReference")}
          />
        </div>
      </div>
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}

/** `/amministrazione/nomine`: record an organization's act nominating a person. */
export function NominationsAdmin(props: { basePath: string }) {
  const t = useMessages(messages);
  const [done, setDone] = useState<{ personId: string; text: string } | null>(null);
  const [round, setRound] = useState(0);
  return (
    <AdminPage basePath={props.basePath} title={t.title} lead={t.lead}>
      <div role="status" className={done ? "alert alert-success" : "visually-hidden"}>
        {done ? (
          <>
            <p className="mb-2" data-testid="nomination-done">
              {done.text}
            </p>
            <div className="d-flex flex-wrap gap-3">
              <Link to={`${props.basePath}/amministrazione/persone/${done.personId}`}>
                {t.editPerson}
              </Link>
              <button
                type="button"
                className="btn btn-link p-0"
                onClick={() => {
                  setDone(null);
                  setRound((r) => r + 1);
                }}
              >
                {t.another}
              </button>
            </div>
          </>
        ) : null}
      </div>
      {done ? null : <NominationForm key={round} onDone={setDone} />}
    </AdminPage>
  );
}
