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
