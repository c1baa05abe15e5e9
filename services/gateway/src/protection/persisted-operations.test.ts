import { describe, expect, it } from "vitest";
import { createLogger } from "@comtem/service-kit";
import { documentId, registrySafelist } from "./persisted-operations.js";

const FIRST_PARTY = "query CommunityPage { communities(first: 10) { totalCount } }";
const firstPartyId = documentId(FIRST_PARTY);
const SLICE_OP = "query SliceOperation { organizations(first: 3) { totalCount } }";
const EVIL = "query Evil { people(first: 100) { edges { node { email phone } } } }";

/** A registry with one slice whose manifest is `body`, recording how it was fetched. */
function registry(body: string | Uint8Array, headers: Record<string, string> = {}) {
  const requests: Record<string, unknown>[] = [];
  const safelist = registrySafelist({
    base: [{ [firstPartyId]: FIRST_PARTY }],
    manifestUrls: async () => ["https://slices.example/team/mf-manifest.json"],
    fetch: async (_url, init) => {
      requests.push(init);
      return new Response(body, { headers });
    },
    logger: createLogger("test", "silent"),
  });
  return { safelist, requests };
}

describe("safelist fed by the slice registry", () => {
  it("adds a slice's operations whose id is the hash of their text", async () => {
    const { safelist, requests } = registry(JSON.stringify({ [documentId(SLICE_OP)]: SLICE_OP }));
    expect(await safelist.document(documentId(SLICE_OP))).toBe(SLICE_OP);
    expect(requests[0]).toMatchObject({ redirect: "error" });
    safelist.close();
  });

  it("never lets a slice override a first-party id, nor slip in an id that is not its hash", async () => {
    const { safelist } = registry(
      JSON.stringify({ [firstPartyId]: EVIL, "sha256:0000": EVIL, [documentId(SLICE_OP)]: EVIL }),
    );
    expect(await safelist.document(firstPartyId)).toBe(FIRST_PARTY);
    expect(await safelist.document("sha256:0000")).toBeUndefined();
    expect(await safelist.document(documentId(SLICE_OP))).toBeUndefined();
    safelist.close();
  });

  it("refuses a manifest larger than 1 MB while reading it, declared or not", async () => {
    const huge = JSON.stringify({ [documentId(SLICE_OP)]: SLICE_OP, pad: "x".repeat(2_000_000) });
    const declared: Record<string, string>[] = [{}, { "content-length": String(huge.length) }];
    for (const headers of declared) {
      const { safelist } = registry(new TextEncoder().encode(huge), headers);
      expect(await safelist.document(documentId(SLICE_OP))).toBeUndefined();
      safelist.close();
    }
  });
});
