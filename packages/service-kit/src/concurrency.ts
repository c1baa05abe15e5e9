import { ConflictError } from "./errors.js";

/**
 * Optimistic concurrency, shared by the subgraphs: a write carries the `version` the client
 * read, the UPDATE compares it in its WHERE (one statement) and bumps it, and no row updated
 * means someone else changed it first: `CONFLICT` on the field `version`, nothing written.
 */

/** The CONFLICT of a stale `version`; `what` is e.g. "The meeting". */
export function staleVersion(what: string): ConflictError {
  return new ConflictError(`${what} was changed by someone else; reload it and retry`, "version");
}

/**
 * From this date the optional `version` arguments added to mutations that had none (so that
 * existing partner clients keep working) become required. Six months' notice from their
 * introduction (2026-11-27).
 */
export const VERSION_REQUIRED_FROM = "2027-05-27";

/**
 * Description of such an optional `version` argument; `readFrom` names the field to read it
 * from, e.g. "Meeting.version".
 */
export function optionalVersionDescription(readFrom: string): string {
  return `Send the version you read (${readFrom}): a stale one changes nothing and is a CONFLICT. Calls without it are deprecated — they overwrite whatever is stored (last write wins) — and will require it from ${VERSION_REQUIRED_FROM}.`;
}

/** PostgreSQL's unique_violation (PGlite reports the same SQLSTATE), optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  if (!e || e.code !== "23505") return false;
  return constraint === undefined || e.constraint === constraint;
}

/**
 * Runs a write (typically a whole transaction) and turns a lost race on a unique constraint
 * into a clear CONFLICT. Services check for duplicates first and answer them as `userErrors`;
 * this covers a concurrent write that commits between that check and the insert, which would
 * otherwise surface as INTERNAL_SERVER_ERROR.
 */
export async function uniquely<T>(
  write: () => Promise<T>,
  message: string,
  field?: string,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(message, field);
    throw error;
  }
}
