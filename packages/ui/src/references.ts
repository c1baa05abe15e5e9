import type { Locale } from "./locale.js";

/**
 * What a person's or an organization's name reads as when the subgraph that owns it did not
 * answer: the API then gives the rest of the page with that reference null and an error naming
 * the subgraph (docs/adr/0005-partial-answers.md). Usable without React (the browser tests).
 */
export const UNAVAILABLE: Record<Locale, string> = { it: "non disponibile", en: "unavailable" };

/** The text of a reference resolved by another subgraph, or "non disponibile" / "unavailable". */
export function referenceText(text: string | null | undefined, locale: Locale): string {
  return text ?? UNAVAILABLE[locale];
}
