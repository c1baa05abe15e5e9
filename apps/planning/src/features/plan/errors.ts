import type { Locale, UserErrorShape } from "@comtem/ui";

type Text = Record<Locale, string>;

/**
 * The server's messages are English and technical; the expected ones are said again here in the
 * user's language, by (code, field). Anything else keeps the server's message; failures that
 * are not about a field (no answer, FORBIDDEN, UNAUTHENTICATED) are said by useSubmission.
 */
const KNOWN: Record<string, Text> = {
  "DUPLICATE:code": {
    it: "Esiste già un'azione obiettivo con questo codice: scegline un altro.",
    en: "Another goal-action already has this code: choose another one.",
  },
  "DUPLICATE:year": {
    it: "La comunità ha già un piano per quest'anno.",
    en: "The community already has a plan for that year.",
  },
  "DUPLICATE:personId": {
    it: "Questa persona fa già parte del gruppo.",
    en: "This person is already in the group.",
  },
  "DUPLICATE:goalActionId": {
    it: "Questa azione ha già un gruppo di lavoro.",
    en: "This action already has a working group.",
  },
  "NOT_FOUND:personId": {
    it: "Questa persona non fa parte del gruppo.",
    en: "This person is not in the group.",
  },
  "BAD_USER_INPUT:documentUrl": {
    it: "Inserisci un indirizzo web completo, ad esempio https://www.regione.emilia-romagna.it/pda.pdf.",
    en: "Enter a full web address, for example https://www.regione.emilia-romagna.it/pda.pdf.",
  },
  "BAD_USER_INPUT:code": {
    it: "Il codice ha la forma CD-2021-01: 2-4 lettere maiuscole, l'anno, due cifre.",
    en: "The code looks like CD-2021-01: 2-4 capital letters, the year, two digits.",
  },
  "BAD_USER_INPUT:plannedEnd": {
    it: "La fine prevista non può precedere l'inizio.",
    en: "The planned end cannot be before the start.",
  },
  "BAD_USER_INPUT:on": {
    it: "Il gruppo non può essere avviato prima di essere stato costituito.",
    en: "The group cannot start before it was formed.",
  },
  "BAD_USER_INPUT:status": {
    it: "Lo stato è cambiato nel frattempo: ricarica la pagina.",
    en: "The status changed in the meantime: reload the page.",
  },
};

const lastSegment = (field: string | null | undefined) => (field ?? "").split(".").pop() ?? "";

/** A server message in the user's language when it is one we expect. */
export function localizeMessage(
  code: string | undefined,
  field: string | null | undefined,
  message: string,
  locale: Locale,
): string {
  const known = KNOWN[`${code}:${lastSegment(field)}`];
  return known?.[locale] ?? message;
}

export function localizeUserErrors(
  errors: readonly UserErrorShape[] | undefined,
  locale: Locale,
): UserErrorShape[] {
  return (errors ?? []).map((e) => ({
    ...e,
    message: localizeMessage(e.code, e.field, e.message, locale),
  }));
}

interface RequestErrorLike {
  message: string;
  errors?: { message: string; extensions?: { code?: string; field?: unknown } }[];
}

/** The same failed request with its expected messages in the user's language. */
export function localizeRequestError(error: unknown, locale: Locale): unknown {
  const e = error as RequestErrorLike;
  // No response at all, FORBIDDEN, UNAUTHENTICATED…: useSubmission says those itself.
  if (!e?.errors?.length) return error;
  return {
    message: e.message,
    errors: e.errors.map((x) => ({
      ...x,
      message: localizeMessage(
        x.extensions?.code,
        typeof x.extensions?.field === "string" ? x.extensions.field : null,
        x.message,
        locale,
      ),
    })),
  };
}
