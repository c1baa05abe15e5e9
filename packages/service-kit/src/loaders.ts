import DataLoader from "dataloader";
import { isId } from "./ids.js";

/**
 * Looks rows up by id in one statement per batch (what `_entities` and nested fields need);
 * malformed ids resolve to null without reaching SQL.
 */
export function byIdLoader<Row extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<Row[]>,
): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch(ids.filter(isId));
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Puts rows under the key each belongs to, in the order of `keys`; rows keep their order. With
 * `max`, rows beyond the first `max` of a key are dropped: fetch them most relevant first.
 */
export function groupRows<Row>(
  keys: readonly string[],
  rows: readonly Row[],
  keyOf: (row: Row) => string | null,
  max = Infinity,
): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (!group) groups.set(key, [row]);
    else if (group.length < max) group.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * All rows belonging to each key (e.g. memberships per community) in one statement per batch;
 * with `max`, at most that many per key (docs/adr/0008-bounded-lists.md), the first ones in the
 * order `fetch` returns them.
 */
export function groupLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string | null,
  max?: number,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) =>
    groupRows(keys, await fetch(keys.filter(isId)), keyOf, max),
  );
}
