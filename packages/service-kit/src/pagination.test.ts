import { describe, expect, it } from "vitest";
import { InputError } from "./errors.js";
import { decodeCursor, encodeCursor, toConnection } from "./pagination.js";

describe("keyset cursors", () => {
  it("round-trips a key", () => {
    expect(decodeCursor(encodeCursor(["Comune di Bologna", "id-1"]), 2)).toEqual([
      "Comune di Bologna",
      "id-1",
    ]);
  });

  it.each(["", "not-base64-json", encodeCursor(["only-one"]), encodeCursor([{} as never, "x"])])(
    "refuses the forged cursor %j as BAD_USER_INPUT on `after`",
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(InputError);
    },
  );

  it("uses the extra row only to tell that another page exists", () => {
    const rows = [{ k: "a" }, { k: "b" }, { k: "c" }];
    const page = toConnection(
      rows,
      { first: 2 },
      3,
      (r) => [r.k],
      (r) => r.k,
    );
    expect(page.edges.map((e) => e.node)).toEqual(["a", "b"]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.totalCount).toBe(3);
  });
});
