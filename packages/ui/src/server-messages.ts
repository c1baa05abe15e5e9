import type { Locale } from "./locale.js";
import type { UserErrorShape } from "./submission.js";

/**
 * A slice's translations of the server's expected messages (they are English and technical),
 * keyed by `CODE:field` — the field as the server names it (`newPerson.email`), or its last part
 * (`code` for `input.code`) — or by `CODE` alone.
 */
export type ServerMessages = Record<string, Record<Locale, string>>;

function translate(
  table: ServerMessages,
  code: string | undefined,
  field: string | null | undefined,
  message: string,
  locale: Locale,
): string {
  const path = (field ?? "").replace(/^input\./, "");
  const last = path.split(".").pop() ?? "";
  const known = table[`${code}:${path}`] ?? table[`${code}:${last}`] ?? table[`${code}`];
  return known?.[locale] ?? message;
}

/** A payload's `userErrors`, with the messages the table knows in the user's language. */
export function localizeUserErrors(
  errors: readonly UserErrorShape[] | undefined,
  table: ServerMessages,
  locale: Locale,
): UserErrorShape[] {
  return (errors ?? []).map((e) => ({
    ...e,
    message: translate(table, e.code, e.field, e.message, locale),
  }));
}

interface RequestErrorLike {
  message: string;
  errors?: { message: string; extensions?: { code?: string; field?: unknown } }[];
}

/**
 * A failed request with the messages the table knows in the user's language; one without a
 * response is returned as is (useSubmission says that itself).
 */
export function localizeRequestError(
  error: unknown,
  table: ServerMessages,
  locale: Locale,
): unknown {
  const e = error as RequestErrorLike;
  if (!e?.errors?.length) return error;
  return {
    message: e.message,
    errors: e.errors.map((x) => ({
      ...x,
      message: translate(
        table,
        x.extensions?.code,
        typeof x.extensions?.field === "string" ? x.extensions.field : null,
        x.message,
        locale,
      ),
    })),
  };
}
