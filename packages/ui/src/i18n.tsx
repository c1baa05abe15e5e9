import { createContext, useContext, type ReactNode } from "react";

import { enumLabel, type EnumName } from "./labels.js";
import type { Locale } from "./locale.js";
import { referenceText } from "./references.js";

export { LOCALES, type Locale } from "./locale.js";

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "it", setLocale: () => undefined });

/** Italian by default; the shell owns the state and the switch, slices read it. */
export function LocaleProvider(props: LocaleState & { children?: ReactNode }) {
  const { locale, setLocale, children } = props;
  return <LocaleContext.Provider value={{ locale, setLocale }}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** Messages of a feature in both languages, the same keys in each (the type checks it). */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

/** The messages of the current language. */
export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLocale().locale];
}

/** Fills `{name}` placeholders; values are text, never markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}

const tags: Record<Locale, string> = { it: "it-IT", en: "en-GB" };

/** A date (ISO date or instant) in the user's language, in Europe/Rome. */
export function formatDate(value: string, locale: Locale, withTime = false): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(tags[locale], {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "Europe/Rome",
  }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale]).format(value);
}

/** `const label = useLabels(); label("PlanStatus", plan.status)` in the current language. */
export function useLabels(): (name: EnumName, value: string) => string {
  const { locale } = useLocale();
  return (name, value) => enumLabel(name, value, locale);
}

/**
 * `const shown = useReferenceText(); shown(m.person?.fullName)`: the name, or "non disponibile" /
 * "unavailable" when the subgraph owning the person or organization did not answer (ADR 0005).
 */
export function useReferenceText(): (text: string | null | undefined) => string {
  const { locale } = useLocale();
  return (text) => referenceText(text, locale);
}
