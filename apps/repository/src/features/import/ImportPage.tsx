import { useMutation } from "@comtem/client";
import { Alert, Button, Page, TextField, useMessages, type Messages } from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../gql";

const ImportPubliccode = graphql(`
  mutation ImportPubliccode($yaml: String!) {
    importPubliccode(yaml: $yaml) {
      resource {
        id
        title
      }
      problems {
        path
        message
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const MAX = 100_000;

const messages: Messages<
  | "title"
  | "lead"
  | "label"
  | "hint"
  | "empty"
  | "tooLong"
  | "submit"
  | "done"
  | "problems"
  | "back"
> = {
  it: {
    title: "Importa un publiccode.yml",
    lead: "Crea una bozza di soluzione tecnologica dal file publiccode.yml del software.",
    label: "Contenuto del file publiccode.yml",
    hint: "Incolla il testo del file (al massimo 100 KB).",
    empty: "Incolla il contenuto del file.",
    tooLong: "Il file supera i 100 KB.",
    submit: "Importa",
    done: "Bozza creata:",
    problems: "Il file ha dei problemi:",
    back: "Torna alla ricerca",
  },
  en: {
    title: "Import a publiccode.yml",
    lead: "Create a draft technology solution from the software's publiccode.yml file.",
    label: "publiccode.yml content",
    hint: "Paste the file's text (100 KB at most).",
    empty: "Paste the file's content.",
    tooLong: "The file is larger than 100 KB.",
    submit: "Import",
    done: "Draft created:",
    problems: "The file has problems:",
    back: "Back to search",
  },
};

export function ImportPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const [yaml, setYaml] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [run, state] = useMutation(ImportPubliccode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!yaml.trim()) return setFieldError(t.empty);
    if (new TextEncoder().encode(yaml).length > MAX) return setFieldError(t.tooLong);
    run({ yaml }).catch(() => undefined);
  };
  const result = state.data?.importPubliccode;
  return (
    <Page title={t.title} lead={t.lead}>
      <p>
        <Link to={props.basePath}>{t.back}</Link>
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="publiccode-yaml"
          label={t.label}
          hint={t.hint}
          multiline
          rows={12}
          required
          value={yaml}
          error={fieldError}
          onChange={(value) => {
            setYaml(value);
            setFieldError(null);
          }}
        />
        <Button color="primary" type="submit" disabled={state.loading}>
          {t.submit}
        </Button>
      </form>
      {state.error ? (
        <Alert color="danger" className="mt-3">
          {state.error.message}
        </Alert>
      ) : null}
      {result?.resource ? (
        <Alert color="success" className="mt-3">
          {t.done}{" "}
          <Link to={`${props.basePath}/risorse/${result.resource.id}`}>
            {result.resource.title}
          </Link>
        </Alert>
      ) : null}
      {result && (result.problems.length || result.userErrors.length) ? (
        <Alert color="warning" className="mt-3">
          <p className="mb-1">{t.problems}</p>
          <ul className="mb-0">
            {result.problems.map((p, i) => (
              <li key={i}>
                {p.path ? <code>{p.path}</code> : null} {p.message}
              </li>
            ))}
            {result.userErrors.map((e, i) => (
              <li key={`u${i}`}>{e.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Page>
  );
}
