import {
  localizeUserErrors,
  type Locale,
  type ServerMessages,
  type UserErrorShape,
} from "@comtem/ui";

/**
 * The server's messages are English and technical: the outcomes a user can meet in the people
 * forms, said in their language. Keyed by `code:field` (most specific) or `code`.
 */
const MESSAGES: ServerMessages = {
  "DUPLICATE:ipaCode": {
    it: "Un altro ente ha già questo codice IPA.",
    en: "Another body already has this IPA code.",
  },
  "DUPLICATE:istatCode": {
    it: "Un altro ente ha già questo codice ISTAT.",
    en: "Another body already has this ISTAT code.",
  },
  "INVALID_UNION:unionId": {
    it: "Scegli un'Unione di Comuni (non l'ente stesso).",
    en: "Choose a Union of municipalities (not the body itself).",
  },
  "DUPLICATE:newPerson.email": {
    it: "Questa e-mail appartiene già a una persona registrata: scegli «Persona già registrata».",
    en: "This e-mail already belongs to a registered person: choose “Registered person”.",
  },
  "DUPLICATE:newPerson.fiscalCode": {
    it: "Questo codice fiscale appartiene già a una persona registrata: scegli «Persona già registrata».",
    en: "This fiscal code already belongs to a registered person: choose “Registered person”.",
  },
  "DUPLICATE:email": {
    it: "Questa e-mail appartiene già a una persona registrata: scegli «Collega a una persona già registrata».",
    en: "This e-mail already belongs to a registered person: choose “Link to a registered person”.",
  },
  "NOT_FOUND:organizationId": {
    it: "Ente non trovato: sceglilo di nuovo dall'elenco.",
    en: "Body not found: choose it again from the list.",
  },
  "NOT_FOUND:personId": {
    it: "Persona non trovata: sceglila di nuovo dall'elenco.",
    en: "Person not found: choose them again from the list.",
  },
  "INVALID:expiresAt": {
    it: "La scadenza deve essere una data futura.",
    en: "The expiry must be a future date.",
  },
  "NAME_TAKEN:name": {
    it: "Questo nome è già usato da un'altra comunità o dalla piattaforma.",
    en: "This name is already used by another community or by the platform.",
  },
  "DUPLICATE:version": {
    it: "Questa versione è già registrata: per tornarci usa «Attiva» nell'elenco delle versioni.",
    en: "This version is already registered: to go back to it use “Activate” in the list of versions.",
  },
};

/** The payload's user errors with messages in the user's language where known. */
export function localiseUserErrors(
  errors: readonly UserErrorShape[],
  locale: Locale,
): UserErrorShape[] {
  return localizeUserErrors(errors, MESSAGES, locale);
}
