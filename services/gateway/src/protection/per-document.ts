import type { DocumentNode } from "graphql";

/**
 * Work that depends only on an operation's document, done once per document. Apollo Server keeps
 * each parsed and validated document in its document store and hands the same `DocumentNode` to
 * every request with that query text, so a `WeakMap` keyed by it lasts as long as the store
 * keeps the document (a new schema brings new documents) and needs no eviction of its own.
 */
export function perDocument<T>(
  compute: (document: DocumentNode) => T,
): (document: DocumentNode) => T {
  const results = new WeakMap<DocumentNode, T>();
  return (document) => {
    if (results.has(document)) return results.get(document) as T;
    const result = compute(document);
    results.set(document, result);
    return result;
  };
}

/**
 * Like `perDocument`, for work that also depends on a small key (an operation name and its
 * variables): at most `perDocumentLimit` keys are kept per document, the oldest dropped first.
 */
export function perDocumentAndKey<T>(
  perDocumentLimit = 64,
): (document: DocumentNode, key: string, compute: () => T) => T {
  const results = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, key, compute) => {
    let byKey = results.get(document);
    if (!byKey) results.set(document, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key) as T;
    const result = compute();
    if (byKey.size >= perDocumentLimit) byKey.delete(byKey.keys().next().value as string);
    byKey.set(key, result);
    return result;
  };
}
