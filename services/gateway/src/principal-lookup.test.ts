import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  anonymous,
  createLogger,
  createPrincipalVerifier,
  developmentPrincipalSigner,
  type Principal,
  type PrincipalVerifier,
} from "@comtem/service-kit";
import { stubSubgraphs, type StubAnswer } from "@comtem/testing";
import { createPrincipalLookup } from "./principal-lookup.js";

const caller: Principal = { personId: "p-1", systemRoles: [], communityRoles: [] };
const COMMUNITIES = "http://communities.test/graphql";
const PEOPLE = "http://people.test/graphql";
/** Each owner accepts only headers signed for it. */
const verifiers: Record<string, PrincipalVerifier> = {
  [COMMUNITIES]: await createPrincipalVerifier(DEVELOPMENT_PRINCIPAL_KEYS.publicKey, "communities"),
  [PEOPLE]: await createPrincipalVerifier(DEVELOPMENT_PRINCIPAL_KEYS.publicKey, "people"),
};
const signer = await developmentPrincipalSigner();

const fetcher = (answers: Record<string, () => StubAnswer>) => stubSubgraphs(verifiers, answers);

const lookup = (
  fetch: ReturnType<typeof fetcher>["fetch"],
  tuning: Partial<Parameters<typeof createPrincipalLookup>[0]> = {},
) =>
  createPrincipalLookup({
    communitiesUrl: COMMUNITIES,
    peopleUrl: PEOPLE,
    signer,
    fetcher: fetch,
    logger: createLogger("gateway-test", "silent"),
    ...tuning,
  });

const grants = () => ({
  body: { data: { myCommunityGrants: [{ communityId: "c-1", role: "PARTECIPANTE" }] } },
});
const organization = () => ({ body: { data: { me: { organization: { id: "o-1" } } } } });

describe("principal lookup", () => {
  it("adds community roles and organization, asking each owner as the caller, cached", async () => {
    const stub = fetcher({ [COMMUNITIES]: grants, [PEOPLE]: organization });
    const withFacts = lookup(stub.fetch);
    const principal = await withFacts(caller);
    expect(principal).toEqual({
      ...caller,
      communityRoles: [{ communityId: "c-1", role: "PARTECIPANTE" }],
      organizationId: "o-1",
    });
    expect(stub.calls.map((c) => c.url).sort()).toEqual([COMMUNITIES, PEOPLE]);
    expect(stub.calls.every((c) => c.principal.personId === "p-1")).toBe(true);
    await withFacts(caller);
    expect(stub.calls).toHaveLength(2);
  });

  it("fails closed on its own: a failing people subgraph means no organization", async () => {
    for (const failure of [
      () => new Error("connection refused"),
      () => ({ status: 500, body: { errors: [{ message: "boom" }] } }),
      () => ({ body: { data: null, errors: [{ message: "boom" }] } }),
      () => ({ body: { data: { me: null } } }),
    ]) {
      const stub = fetcher({ [COMMUNITIES]: grants, [PEOPLE]: failure });
      const principal = await lookup(stub.fetch)(caller);
      expect(principal.organizationId).toBeNull();
      expect(principal.communityRoles).toHaveLength(1);
    }
  });

  it("remembers a failed lookup only briefly, and asks nothing for anonymous callers", async () => {
    let down = true;
    const stub = fetcher({
      [COMMUNITIES]: grants,
      [PEOPLE]: () => (down ? new Error("down") : organization()),
    });
    const withFacts = lookup(stub.fetch, { negativeTtlMs: 50 });
    expect((await withFacts(caller)).organizationId).toBeNull();
    down = false;
    // Within the negative cache: still closed, and the owners are not asked again.
    expect((await withFacts(caller)).organizationId).toBeNull();
    expect(stub.calls).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await withFacts(caller)).organizationId).toBe("o-1");
    const calls = stub.calls.length;
    expect(await withFacts(anonymous)).toBe(anonymous);
    expect(stub.calls).toHaveLength(calls);
  });

  it("answers within its deadline when an owner is slow (closed for that owner)", async () => {
    const slow = async (url: string, init: Record<string, unknown>) => {
      if (url === COMMUNITIES) {
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, 5_000);
          (init.signal as AbortSignal).addEventListener("abort", () => {
            clearTimeout(timer);
            reject(new Error("aborted"));
          });
        });
      }
      return new Response(JSON.stringify(url === PEOPLE ? organization().body : grants().body));
    };
    const started = performance.now();
    const principal = await lookup(slow, { timeoutMs: 200 })(caller);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(3_000);
    expect(principal.communityRoles).toEqual([]);
    expect(principal.organizationId).toBe("o-1");
  });

  it("stops asking a failing owner after repeated failures (circuit breaker), then tries again", async () => {
    let down = true;
    const stub = fetcher({
      [COMMUNITIES]: () => (down ? new Error("down") : grants()),
      [PEOPLE]: organization,
    });
    const withFacts = lookup(stub.fetch, {
      negativeTtlMs: 1,
      timeoutMs: 10_000,
      breakerFailures: 3,
      breakerOpenMs: 100,
    });
    const communityCalls = () => stub.calls.filter((c) => c.url === COMMUNITIES).length;
    for (let i = 0; i < 6; i++) {
      const person = { ...caller, personId: `p-${i}` };
      expect((await withFacts(person)).communityRoles).toEqual([]);
    }
    expect(communityCalls()).toBe(3);
    down = false;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await withFacts({ ...caller, personId: "p-late" })).communityRoles).toHaveLength(1);
    expect(communityCalls()).toBe(4);
  }, 30_000);
});
