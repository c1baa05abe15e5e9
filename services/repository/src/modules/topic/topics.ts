/** The controlled vocabulary of topics (slug → Italian and English label). */
export const TOPICS = [
  { slug: "lavoro-agile", it: "Lavoro agile", en: "Smart working" },
  { slug: "coworking", it: "Spazi di coworking", en: "Co-working spaces" },
  { slug: "formazione", it: "Formazione", en: "Training" },
  { slug: "sicurezza", it: "Sicurezza informatica", en: "Cybersecurity" },
  { slug: "cloud", it: "Cloud", en: "Cloud" },
  { slug: "dati", it: "Dati", en: "Data" },
  { slug: "open-data", it: "Dati aperti", en: "Open data" },
  { slug: "interoperabilita", it: "Interoperabilità", en: "Interoperability" },
  { slug: "pagamenti", it: "Pagamenti digitali (pagoPA)", en: "Digital payments (pagoPA)" },
  { slug: "identita-digitale", it: "Identità digitale (SPID, CIE)", en: "Digital identity" },
  { slug: "documenti", it: "Documenti digitali", en: "Digital documents" },
  { slug: "accessibilita", it: "Accessibilità", en: "Accessibility" },
  { slug: "comunicazione", it: "Comunicazione digitale", en: "Digital communication" },
  { slug: "reti", it: "Reti e connettività", en: "Networks and connectivity" },
  { slug: "iot", it: "Internet delle cose", en: "Internet of Things" },
  { slug: "competenze-digitali", it: "Competenze digitali", en: "Digital skills" },
] as const;

export type TopicSlug = (typeof TOPICS)[number]["slug"];
export const TOPIC_SLUGS: readonly string[] = TOPICS.map((t) => t.slug);
const BY_SLUG = new Map<string, (typeof TOPICS)[number]>(TOPICS.map((t) => [t.slug, t]));

export function topicBySlug(slug: string) {
  return BY_SLUG.get(slug);
}

/**
 * The `keywords` column feeding the search vector (weight B): topic slugs and both labels, then
 * the free tags. Written with every change of topics or tags.
 */
export function keywordsOf(topics: readonly string[], tags: readonly string[]): string {
  const topicWords = topics.flatMap((slug) => {
    const topic = BY_SLUG.get(slug);
    return topic ? [slug, topic.it, topic.en] : [slug];
  });
  return [...topicWords, ...tags].join(" \n ");
}
