import type { CrossReferenceExceptions } from "./cross-references.js";

/**
 * Fields allowed to stay non-null although their type is an entity owned by another subgraph,
 * as `subgraph.Type.field` → the reason. Each one is written in docs/adr/0005-partial-answers.md
 * too (a unit test compares them); `pnpm supergraph` fails on an entry that no longer applies.
 */
export const crossReferenceExceptions: CrossReferenceExceptions = {};
