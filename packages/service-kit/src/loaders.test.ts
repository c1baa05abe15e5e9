import { describe, expect, it } from "vitest";
import { groupLoader, groupRows } from "./loaders.js";

const rows = [
  { key: "a", n: 1 },
  { key: "b", n: 2 },
  { key: "a", n: 3 },
  { key: "a", n: 4 },
  { key: "b", n: 5 },
];

describe("groupRows", () => {
  it("groups rows by key in the order of the keys, keeping the rows' order", () => {
    expect(groupRows(["b", "a", "c"], rows, (r) => r.key)).toEqual([
      [rows[1], rows[4]],
      [rows[0], rows[2], rows[3]],
      [],
    ]);
  });

  it("keeps at most `max` rows per key, the first ones", () => {
    expect(groupRows(["a", "b"], rows, (r) => r.key, 2)).toEqual([
      [rows[0], rows[2]],
      [rows[1], rows[4]],
    ]);
  });
});

describe("groupLoader", () => {
  it("caps each key's rows at `max`", async () => {
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const fetched = [1, 2, 3].map((n) => ({ owner: id(1), n }));
    const loader = groupLoader(
      async () => fetched,
      (r) => r.owner,
      2,
    );
    expect((await loader.load(id(1))).map((r) => r.n)).toEqual([1, 2]);
    expect(await loader.load(id(2))).toEqual([]);
  });
});
