import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  DEVELOPMENT_PRINCIPAL_KEYS,
  anonymous,
  authChecker,
  createLogger,
  createPrincipalVerifier,
  developmentPrincipalSigner,
  policy,
} from "@comtem/service-kit";
import { stubSubgraphs, type StubAnswer } from "@comtem/testing";
import { createIdentityLinks } from "./identity-links.js";

const PEOPLE = "http://people.test/graphql";
const ISSUER = "https://idp.test/realms/comtem";
const verifier = await createPrincipalVerifier(DEVELOPMENT_PRINCIPAL_KEYS.publicKey, "people");
const signer = await developmentPrincipalSigner();

/** A stand-in people subgraph: records who asked what, answers with `answer()`. */
const people = (answer: (variables: Record<string, unknown>) => StubAnswer) =>
  stubSubgraphs({ [PEOPLE]: verifier }, { [PEOPLE]: answer });

const links = (
  fetch: ReturnType<typeof people>["fetch"],
  tuning: Partial<Parameters<typeof createIdentityLinks>[0]> = {},
) =>
  createIdentityLinks({
    peopleUrl: PEOPLE,
    signer,
    fetcher: fetch,
    logger: createLogger("gateway-test", "silent"),
    ...tuning,
  });

const linked = (personId: string, systemRoles: string[] = []) => ({
  body: { data: { identityLink: { personId, systemRoles } } },
});
const unlinked = () => ({ body: { data: { identityLink: null } } });

describe("identity links", () => {
  it("takes the person and system roles from people's answer, asked as the gateway, cached", async () => {
    const stub = people(() => linked("p-admin", ["ADMIN"]));
    const linkedCaller = links(stub.fetch);
    const caller = await linkedCaller({ issuer: ISSUER, subject: "TINIT-RSSMRA80A01H501U" });
    expect(caller).toEqual({
      principal: { ...anonymous, personId: "p-admin", systemRoles: ["ADMIN"] },
      unlinked: false,
    });
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]!.principal.systemRoles).toEqual(["GATEWAY"]);
    expect(stub.calls[0]!.principal.personId).toBeNull();
    expect(stub.calls[0]!.variables).toEqual({
      issuer: ISSUER,
      subject: "TINIT-RSSMRA80A01H501U",
    });
    await linkedCaller({ issuer: ISSUER, subject: "TINIT-RSSMRA80A01H501U" });
    expect(stub.calls).toHaveLength(1);
    // Another issuer's same subject is another identity.
    await linkedCaller({ issuer: "https://other.test", subject: "TINIT-RSSMRA80A01H501U" });
    expect(stub.calls).toHaveLength(2);
  });

  it("passes the token's fiscal code to people as a first sign-in hint, caching per (issuer, subject)", async () => {
    const stub = people(() => linked("p-nominated"));
    const linkedCaller = links(stub.fetch);
    const identity = { issuer: ISSUER, subject: "pairwise-1", fiscalCode: "RSSMRA80A01H501U" };
    expect((await linkedCaller(identity)).principal.personId).toBe("p-nominated");
    expect(stub.calls[0]!.variables).toEqual(identity);
    // The key stays (issuer, subject): the same subject is not asked again within the TTL.
    await linkedCaller({ ...identity, fiscalCode: "VRDGPP70B02A944K" });
    await linkedCaller({ issuer: ISSUER, subject: "pairwise-1" });
    expect(stub.calls).toHaveLength(1);
  });

  it("gives no role people does not give (a GATEWAY role in the answer is dropped)", async () => {
    const stub = people(() => linked("p-1", ["GATEWAY"]));
    const caller = await links(stub.fetch)({ issuer: ISSUER, subject: "s-1" });
    expect(caller.principal).toEqual({ ...anonymous, personId: "p-1", systemRoles: [] });
  });

  it("makes an unlinked subject no one: no person, no roles, marked unlinked (and cached)", async () => {
    const stub = people(unlinked);
    const linkedCaller = links(stub.fetch);
    const externalIdentity = { issuer: ISSUER, subject: "TINIT-unknown", fiscalCode: null };
    expect(await linkedCaller({ issuer: ISSUER, subject: "TINIT-unknown" })).toEqual({
      principal: { ...anonymous, externalIdentity },
      unlinked: true,
    });
    await linkedCaller({ issuer: ISSUER, subject: "TINIT-unknown" });
    expect(stub.calls).toHaveLength(1);
  });

  it("forwards an unlinked subject's provider identity, which still cannot write", async () => {
    const stub = people(unlinked);
    const { principal } = await links(stub.fetch)({
      issuer: ISSUER,
      subject: "pairwise-9",
      fiscalCode: "RSSMRA80A01H501U",
    });
    // As a subgraph receives it: signed, verified, still no person and no role.
    const received = await verifier.verify(await signer.sign(principal, "people"));
    expect(received).toEqual({
      ...anonymous,
      externalIdentity: { issuer: ISSUER, subject: "pairwise-9", fiscalCode: "RSSMRA80A01H501U" },
    });
    const context = { context: { principal: received } } as never;
    const check = authChecker as (data: never, roles: string[]) => boolean;
    expect(() => check(context, [])).toThrow(AuthenticationError);
    expect(() => check(context, ["ADMIN"])).toThrow(AuthenticationError);
    expect(policy["person.seeIdentities"](received, "pairwise-9")).toBe(false);
    expect(policy["organization.actFor"](received, "o-1")).toBe(false);
  });

  it("forwards no provider identity beside a linked person", async () => {
    const stub = people(() => linked("p-1"));
    const { principal } = await links(stub.fetch)({ issuer: ISSUER, subject: "s-1" });
    expect(principal.externalIdentity).toBeUndefined();
  });

  it("asks again once the answer is older than the cache's lifetime", async () => {
    let roles: string[] = ["ADMIN"];
    const stub = people(() => linked("p-1", roles));
    const linkedCaller = links(stub.fetch, { ttlMs: 20 });
    expect((await linkedCaller({ issuer: ISSUER, subject: "s" })).principal.systemRoles).toEqual([
      "ADMIN",
    ]);
    roles = [];
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await linkedCaller({ issuer: ISSUER, subject: "s" })).principal.systemRoles).toEqual(
      [],
    );
  });

  it.each([
    ["people down", () => new TypeError("fetch failed")],
    ["people answering 500", () => ({ status: 500, body: { errors: [{ message: "boom" }] } })],
    ["a GraphQL error", () => ({ body: { data: null, errors: [{ message: "FORBIDDEN" }] } })],
    ["a malformed answer", () => ({ body: { data: { identityLink: { personId: 7 } } } })],
  ] as [string, () => StubAnswer][])(
    "refuses with SERVICE_UNAVAILABLE on %s, and does not cache it",
    async (_case, failure) => {
      let failing = true;
      const stub = people(() => (failing ? failure() : linked("p-1")));
      const linkedCaller = links(stub.fetch);
      await expect(linkedCaller({ issuer: ISSUER, subject: "s" })).rejects.toMatchObject({
        message: "identity lookup unavailable, retry",
        extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
      });
      failing = false;
      expect((await linkedCaller({ issuer: ISSUER, subject: "s" })).principal.personId).toBe("p-1");
      expect(stub.calls).toHaveLength(2);
    },
  );

  it("keeps a known caller through an outage for a bounded time, then refuses", async () => {
    let failing = false;
    const stub = people(() => (failing ? new TypeError("fetch failed") : linked("p-1", ["ADMIN"])));
    const linkedCaller = links(stub.fetch, { ttlMs: 10, staleIfErrorMs: 120 });
    await linkedCaller({ issuer: ISSUER, subject: "s" });
    failing = true;
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Past the cache's lifetime, people down: the last answer (20 ms old) still counts.
    expect((await linkedCaller({ issuer: ISSUER, subject: "s" })).principal).toMatchObject({
      personId: "p-1",
      systemRoles: ["ADMIN"],
    });
    // A caller never seen is refused, not guessed.
    await expect(linkedCaller({ issuer: ISSUER, subject: "other" })).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(linkedCaller({ issuer: ISSUER, subject: "s" })).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });

  it("refuses a slow lookup after its deadline", async () => {
    const stub = people(() => "hang");
    const started = Date.now();
    await expect(
      links(stub.fetch, { timeoutMs: 50 })({ issuer: ISSUER, subject: "s" }),
    ).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("stops asking a failing people subgraph for a while (circuit breaker), then asks again", async () => {
    let failing = true;
    const stub = people(() => (failing ? new TypeError("fetch failed") : linked("p-1")));
    const linkedCaller = links(stub.fetch, { breakerFailures: 2, breakerOpenMs: 60 });
    for (const subject of ["a", "b", "c", "d"]) {
      await expect(linkedCaller({ issuer: ISSUER, subject })).rejects.toMatchObject({
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
    }
    // Two failures opened the breaker: the next two were refused without asking.
    expect(stub.calls).toHaveLength(2);
    failing = false;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await linkedCaller({ issuer: ISSUER, subject: "e" })).principal.personId).toBe("p-1");
    expect(stub.calls).toHaveLength(3);
  });

  it("links no one when the people subgraph is not composed in", async () => {
    const caller = await createIdentityLinks({
      peopleUrl: undefined,
      signer,
      fetcher: () => Promise.reject(new Error("not called")),
      logger: createLogger("gateway-test", "silent"),
    })({ issuer: ISSUER, subject: "s" });
    expect(caller).toEqual({
      principal: {
        ...anonymous,
        externalIdentity: { issuer: ISSUER, subject: "s", fiscalCode: null },
      },
      unlinked: true,
    });
  });
});
