/**
 * Italian fiscal codes (codice fiscale), as identity providers give them: SPID's `fiscalNumber`
 * is `TINIT-<code>`. ComTem stores a code uppercase without the prefix; people validates input
 * with `FISCAL_CODE`, the gateway reads a token's claim with `fiscalCodeOf`.
 */

/** A fiscal code (omocodia included), any case, optionally with SPID's `TINIT-` prefix. */
export const FISCAL_CODE =
  /^(TINIT-)?[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/i;

/** RSSMRA80A01H501U from `rssmra80a01h501u` or a SPID `TINIT-RSSMRA80A01H501U`. */
export function normalizeFiscalCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/^TINIT-/, "");
}

/**
 * A token's fiscal-code claim (e.g. `fiscal_number`) normalised, or undefined when absent or
 * malformed: it is a matching hint only, so a strange value is dropped, never refused.
 */
export function fiscalCodeOf(claim: unknown): string | undefined {
  if (typeof claim !== "string" || !FISCAL_CODE.test(claim.trim())) return undefined;
  return normalizeFiscalCode(claim);
}
