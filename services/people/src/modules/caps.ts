/**
 * The most items a list field returns (docs/adr/0008-bounded-lists.md): lists that grow with
 * time or use are capped, most relevant first, and their descriptions say so.
 */
export const CAPS = {
  /** Person.nominations, most recent first. */
  nominations: 100,
  /** Person.identities, most recently linked first. */
  identities: 20,
  /** Query.apiKeys, newest first. */
  apiKeys: 200,
} as const;
