import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { perDocument, perDocumentAndKey } from "./per-document.js";

describe("per-document work", () => {
  it("computes once per document object", () => {
    let calls = 0;
    const count = perDocument(() => ++calls);
    const document = parse("{ a }");
    expect([count(document), count(document)]).toEqual([1, 1]);
    // The same text parsed again is another document (a new schema's document store).
    expect(count(parse("{ a }"))).toBe(2);
  });

  it("computes once per document and key, keeping at most the limit of keys", () => {
    let calls = 0;
    const once = perDocumentAndKey<number>(2);
    const document = parse("query($n: Int) { a(n: $n) }");
    const ask = (key: string) => once(document, key, () => ++calls);
    expect([ask("n=1"), ask("n=1"), ask("n=2"), ask("n=2")]).toEqual([1, 1, 2, 2]);
    expect(ask("n=3")).toBe(3); // n=1, the oldest, is dropped
    expect(ask("n=2")).toBe(2);
    expect(ask("n=1")).toBe(4);
  });
});
