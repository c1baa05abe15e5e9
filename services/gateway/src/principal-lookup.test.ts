import { describe, expect, it } from "vitest";
import {
  PRINCIPAL_HEADER,
  anonymous,
  createLogger,
  verifyPrincipal,
  type Principal,
} from "@comtem/service-kit";
import { createPrincipalLookup } from "./principal-lookup.js";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const caller: Principal = { personId: "p-1", systemRoles: [], communityRoles: [] };
const COMMUNITIES = "http://communities.test/graphql";
const PEOPLE = "http://people.test/graphql";

type Answer = { status?: number; body: unknown } | Error;

function fetcher(answers: Record<string, () => Answer>) {
  const calls: { url: string; principal: Principal }[] = [];
  const fetch = async (url: string, init: Record<string, unknown>) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ url, principal: await verifyPrincipal(headers[PRINCIPAL_HEADER], secret) });
    const answer = answers[url]!();
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  };
  return { fetch, calls };
}

const lookup = (fetch: ReturnType<typeof fetcher>["fetch"]) =>
  createPrincipalLookup({
    communitiesUrl: COMMUNITIES,
    peopleUrl: PEOPLE,
    signingSecret: secret,
    fetcher: fetch,
    logger: createLogger("gateway-test", "silent"),
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

  it("does not cache a failed lookup, and asks nothing for anonymous callers", async () => {
    let down = true;
    const stub = fetcher({
      [COMMUNITIES]: grants,
      [PEOPLE]: () => (down ? new Error("down") : organization()),
    });
    const withFacts = lookup(stub.fetch);
    expect((await withFacts(caller)).organizationId).toBeNull();
    down = false;
    expect((await withFacts(caller)).organizationId).toBe("o-1");
    const calls = stub.calls.length;
    expect(await withFacts(anonymous)).toBe(anonymous);
    expect(stub.calls).toHaveLength(calls);
  });
});
