import { Alert, Button } from "design-react-kit";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { useLocale, useMessages, type Locale, type Messages } from "./i18n.js";

/** An expected outcome a mutation reports in its payload (`userErrors`). */
export interface UserErrorShape {
  field?: string | null;
  message: string;
  code: string;
}

/** What a failed request carries (GraphQLRequestError of @comtem/client, duck-typed). */
interface RequestErrorShape {
  message: string;
  errors?: { message: string; extensions?: { code?: string; field?: unknown } }[];
}

export interface SubmissionState {
  submitting: boolean;
  /** Messages by input field name (`title`, not `input.title`). */
  fieldErrors: Record<string, string>;
  /** A failure that belongs to no field. */
  formError: string | null;
  /** The object changed since it was read (CONFLICT): reload, keep what was typed, resubmit. */
  conflict: boolean;
  /** Announced to screen readers (polite) after a success. */
  success: string | null;
}

const idle: SubmissionState = {
  submitting: false,
  fieldErrors: {},
  formError: null,
  conflict: false,
  success: null,
};

/**
 * The names a form may know an error's field by: the path without `input.`, its top-level
 * field, and for a nested object (not a list item) its last part —
 * `input.declaratoria.mission` → `declaratoria.mission`, `declaratoria`, `mission`;
 * `input.links.0.url` → `links.0.url`, `links`.
 */
function fieldNames(path: string): string[] {
  const parts = path.replace(/^input\./, "").split(".");
  const names = [parts.join("."), parts[0]!];
  if (!parts.some((p) => /^\d+$/.test(p))) names.push(parts[parts.length - 1]!);
  return [...new Set(names)];
}

function addFieldError(errors: Record<string, string>, path: string, message: string) {
  for (const name of fieldNames(path)) errors[name] ??= message;
}

/**
 * Failures that are not about the form's content, said in the user's language (the server's
 * messages are English and technical). Field-level messages stay the server's unless a slice
 * translates them.
 */
const GENERIC: Record<string, Record<Locale, string>> = {
  FORBIDDEN: {
    it: "Non hai i permessi per questa operazione.",
    en: "You are not allowed to do this.",
  },
  UNAUTHENTICATED: {
    it: "La sessione è scaduta: accedi di nuovo.",
    en: "Your session has expired: sign in again.",
  },
  RATE_LIMITED: {
    it: "Troppe richieste in poco tempo: riprova tra un minuto.",
    en: "Too many requests in a short time: try again in a minute.",
  },
  UNREACHABLE: {
    it: "Non è stato possibile salvare: il servizio non risponde. Riprova tra poco.",
    en: "Could not save: the service does not answer. Try again shortly.",
  },
};

/** The state a failed request leaves: a conflict, messages by field, or one form-level error. */
export function fromRequestError(error: unknown, locale: Locale = "it"): Partial<SubmissionState> {
  const e = error as RequestErrorShape;
  const errors = e?.errors ?? [];
  if (errors.some((x) => x.extensions?.code === "CONFLICT")) return { conflict: true };
  const fieldErrors: Record<string, string> = {};
  let formError: string | null = null;
  for (const x of errors) {
    const field = x.extensions?.field;
    const generic = GENERIC[x.extensions?.code ?? ""]?.[locale];
    if (typeof field === "string" && field && !generic)
      addFieldError(fieldErrors, field, x.message);
    else formError ??= generic ?? x.message;
  }
  if (!errors.length) formError = GENERIC.UNREACHABLE![locale];
  return { fieldErrors, formError };
}

/**
 * The life of a form's submit, as users of a mature product expect it: one submit at a time
 * (a second click while the first runs does nothing), errors placed next to their field
 * (`userErrors[].field` or `extensions.field`), a stale version reported as a conflict the user
 * can resolve without losing what they typed (the form keeps its own state; only the version it
 * sends is refreshed), and the outcome announced to screen readers.
 */
export function useSubmission() {
  const { locale } = useLocale();
  const [state, setState] = useState<SubmissionState>(idle);
  const busy = useRef(false);

  const submit = useCallback(
    async <T,>(
      action: () => Promise<T>,
      options: { userErrors?: (data: T) => UserErrorShape[] | undefined; success?: string } = {},
    ): Promise<T | null> => {
      if (busy.current) return null;
      busy.current = true;
      setState({ ...idle, submitting: true });
      try {
        const data = await action();
        const userErrors = options.userErrors?.(data) ?? [];
        if (userErrors.length) {
          const fieldErrors: Record<string, string> = {};
          let formError: string | null = null;
          let conflict = false;
          for (const u of userErrors) {
            if (u.code === "CONFLICT" || u.code === "STALE_VERSION") conflict = true;
            else if (u.field) addFieldError(fieldErrors, u.field, u.message);
            else formError ??= u.message;
          }
          setState({ ...idle, fieldErrors, formError, conflict });
          return null;
        }
        setState({ ...idle, success: options.success ?? null });
        return data;
      } catch (error) {
        setState({ ...idle, ...fromRequestError(error, locale) });
        return null;
      } finally {
        busy.current = false;
      }
    },
    [locale],
  );

  /** Clears a field's message (under every name it was filed by) when the user edits it. */
  const clearField = useCallback((name: string) => {
    setState((s) => {
      const message = s.fieldErrors[name];
      if (message === undefined) return s;
      const fieldErrors = Object.fromEntries(
        Object.entries(s.fieldErrors).filter(([, m]) => m !== message),
      );
      return { ...s, fieldErrors };
    });
  }, []);

  /** Marks a field invalid before anything is sent (client-side check). */
  const setFieldError = useCallback((name: string, message: string) => {
    setState((s) => ({ ...s, success: null, fieldErrors: { ...s.fieldErrors, [name]: message } }));
  }, []);

  const reset = useCallback(() => setState(idle), []);

  return { ...state, submit, clearField, setFieldError, reset };
}

export type Submission = ReturnType<typeof useSubmission>;

const messages: Messages<"conflict" | "reload" | "reloaded" | "fix"> = {
  it: {
    conflict:
      "Qualcun altro ha modificato questi dati dopo che li hai aperti. Carica la versione più recente: quello che hai scritto resta nel modulo, poi salva di nuovo.",
    reload: "Carica la versione più recente",
    reloaded:
      "Versione più recente caricata. Le tue modifiche sono ancora nel modulo: salva di nuovo.",
    fix: "Correggi i campi segnalati.",
  },
  en: {
    conflict:
      "Someone else changed this after you opened it. Load the latest version: what you typed stays in the form, then save again.",
    reload: "Load the latest version",
    reloaded: "Latest version loaded. Your changes are still in the form: save again.",
    fix: "Please correct the fields marked.",
  },
};

/**
 * The outcome of a submit, placed above the form's buttons: a form-level error, the conflict
 * with its reload action, and a polite live region that announces success.
 */
export function SubmissionFeedback(props: {
  submission: Submission;
  onReload?: () => void;
  /**
   * For actions without fields (a Publish button): the field messages are listed here instead
   * of next to fields that are not on the page.
   */
  listFieldErrors?: boolean;
}) {
  const t = useMessages(messages);
  const { submission: s } = props;
  const [reloaded, setReloaded] = useState(false);
  const fieldMessages = [...new Set(Object.values(s.fieldErrors))];
  const fieldCount = fieldMessages.length;
  return (
    <>
      {s.conflict ? (
        <Alert color="warning" role="alert">
          <p className="mb-2">{t.conflict}</p>
          {props.onReload ? (
            <Button
              color="primary"
              size="sm"
              type="button"
              onClick={() => {
                props.onReload?.();
                s.reset();
                setReloaded(true);
              }}
            >
              {t.reload}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {s.formError ? (
        <Alert color="danger" role="alert">
          {s.formError}
        </Alert>
      ) : null}
      {fieldCount > 0 && props.listFieldErrors ? (
        <Alert color="danger" role="alert">
          <ul className="mb-0">
            {fieldMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      ) : fieldCount > 0 && !s.formError ? (
        <p className="text-danger small" role="alert">
          {t.fix}
        </p>
      ) : null}
      <div
        role="status"
        aria-live="polite"
        className={s.success || reloaded ? "mb-3" : "visually-hidden"}
      >
        {s.success ? (
          <span className="text-success fw-semibold">{s.success}</span>
        ) : reloaded && !s.conflict ? (
          <span>{t.reloaded}</span>
        ) : null}
      </div>
    </>
  );
}

const actionMessages: Messages<"cancel"> = {
  it: { cancel: "Annulla" },
  en: { cancel: "Cancel" },
};

/**
 * The end of a form: the submission's outcome (errors, conflict with its reload), then the
 * submit button (disabled while it runs) and an optional Cancel.
 */
export function FormActions(props: {
  submission: Submission;
  submitLabel: ReactNode;
  onCancel?: () => void;
  onReload?: () => void;
  /** A button that acts by itself instead of submitting a form. */
  onClick?: () => void;
}) {
  const t = useMessages(actionMessages);
  return (
    <>
      <SubmissionFeedback submission={props.submission} onReload={props.onReload} />
      <div className="d-flex flex-wrap gap-2">
        <Button
          color="primary"
          type={props.onClick ? "button" : "submit"}
          disabled={props.submission.submitting}
          onClick={props.onClick}
        >
          {props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button color="secondary" outline type="button" onClick={props.onCancel}>
            {t.cancel}
          </Button>
        ) : null}
      </div>
    </>
  );
}

/**
 * Client-side checks before sending: `check(ok, field, message)` marks the field when `ok` is
 * false; `valid()` tells whether every check passed.
 */
export function checker(submission: Pick<Submission, "setFieldError">) {
  let invalid = false;
  return {
    check(ok: boolean, field: string, message: string) {
      if (!ok) {
        submission.setFieldError(field, message);
        invalid = true;
      }
    },
    valid: () => !invalid,
  };
}
