import {
  localizeRequestError as localizeRequestWith,
  localizeUserErrors as localizeWith,
  type Locale,
  type ServerMessages,
  type UserErrorShape,
} from "@comtem/ui";

/**
 * The server's messages are English and technical; the expected ones are said again here in the
 * user's language, by (code, field). Anything else keeps the server's message; failures that
 * are not about a field (no answer, FORBIDDEN, UNAUTHENTICATED) are said by useSubmission.
 */
const KNOWN: ServerMessages = {
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

/** A server message in the user's language when it is one we expect. */
export function localizeMessage(
  code: string | undefined,
  field: string | null | undefined,
  message: string,
  locale: Locale,
): string {
  return localizeUserErrors([{ code: code ?? "", field, message }], locale)[0]!.message;
}

export function localizeUserErrors(
  errors: readonly UserErrorShape[] | undefined,
  locale: Locale,
): UserErrorShape[] {
  return localizeWith(errors, KNOWN, locale);
}

/** The same failed request with its expected messages in the user's language. */
export function localizeRequestError(error: unknown, locale: Locale): unknown {
  return localizeRequestWith(error, KNOWN, locale);
}
