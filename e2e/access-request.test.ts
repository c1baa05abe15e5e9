import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPeople, seededOrganizationId, seededPersonId } from "@comtem/seed-data";
import { migrateToLatest, openDatabase, type Database } from "@comtem/service-kit";
import { signInAtProvider, startOidcProvider, type OidcTestProvider } from "@comtem/testing";
import {
  deployables,
  freePort,
  repositoryRoot,
  startService,
  type RunningService,
} from "../scripts/platform.js";
import { migrations as peopleMigrations } from "../services/people/src/db/migrations/index.js";
import { seedPeopleData } from "../services/people/src/seed/seed.js";
import { graphql } from "./client.js";
import { productionEnv, stopServices, waitReady } from "./services.js";
import { startTestIssuer } from "./test-issuer.js";

/**
 * Issue 12, step 3: someone signed in at the identity provider whom no person is linked to asks
 * to be added; an admin approves in ComTem; their next sign-in (once the gateway's 10 s identity
 * cache has passed) lands in the platform. Production mode, a real OpenID Connect provider whose
 * keys the gateway finds by discovery (no OIDC_JWKS_URL), the people subgraph only (the others'
 * URLs lead nowhere: their lookups fail closed).
 */
const PORTS = {
  people: await freePort(),
  gateway: await freePort(),
  /** A gateway trusting the test issuer, whose tokens may claim any role. */
  claimsGateway: await freePort(),
  nowhere: await freePort(),
};
const REDIRECT = "http://localhost:3000/auth/callback";
const admin = seedPeople.find((p) => p.systemRoles.includes("ADMIN"))!;
const adminId = seededPersonId(admin.key);
const organizationId = seededOrganizationId(
  seedPeople.find((p) => p.systemRoles.length === 0)!.organizationKey,
);
/** The seeded admin at the provider: the seed links subject = person id to its issuer. */
const adminAccount = {
  fiscalCode: "BNCCHR80A41A944S",
  password: "admin-password",
  givenName: "Admin",
  familyName: "Lepida",
  email: "admin@demo.comtem.example",
  subject: adminId,
};
/** Someone new: signed in at the provider, not a person of ComTem. */
const newcomer = {
  fiscalCode: "NRIGLI85M41A944X",
  password: "neri-password",
  givenName: "Giulia",
  familyName: "Neri",
  email: "giulia.neri@comune.example.it",
};

const REQUEST = `mutation($input: RequestAccessInput!) { requestAccess(input: $input) { accessRequest { id status fiscalCode issuer } userErrors { field code } } }`;
const MINE = `{ myAccessRequest { id status } }`;
const PENDING = `{ accessRequests { totalCount edges { node { id fullName email fiscalCode organization { id } } } } }`;
const APPROVE = `mutation($id: ID!) { approveAccessRequest(id: $id) { accessRequest { id status person { id fullName } } userErrors { field code } } }`;
const PROFILE = `mutation($bio: String) { updateMyProfile(input: { bio: $bio }) { person { id } } }`;
const PEOPLE_COUNT = `{ people(first: 1) { totalCount } }`;

describe("a request to be added, from sign-in to the platform (production mode)", () => {
  let dataDir: string;
  let provider: OidcTestProvider;
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  const services: RunningService[] = [];
  const origin = `http://127.0.0.1:${PORTS.gateway}`;
  const gateway = `${origin}/graphql`;
  const claimsOrigin = `http://127.0.0.1:${PORTS.claimsGateway}`;
  const session = async (at: string, token: string) => {
    const response = await fetch(`${at}/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await response.json()) as Record<string, unknown>;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-access-request-"));
    provider = await startOidcProvider({
      accounts: [adminAccount, newcomer],
      redirectUris: [REDIRECT],
      audience: "comtem",
    });
    issuer = await startTestIssuer();
    // Production loads no demo data itself: seeded beforehand, linked to the provider.
    const database = await openDatabase<unknown>({
      schema: "people",
      dataDir: join(dataDir, "people"),
    });
    try {
      await migrateToLatest(database as Database<unknown>, peopleMigrations);
      await seedPeopleData(database.db as never, { devIssuerUrl: provider.issuer });
    } finally {
      await database.close();
    }
    const common = productionEnv(dataDir, "error");
    const byName = (name: string) => deployables.find((d) => d.name === name)!;
    const people = startService(byName("people"), PORTS.people, { env: common }, {});
    services.push(people);
    await waitReady(people.url);
    const nowhere = `http://127.0.0.1:${PORTS.nowhere}/graphql`;
    const gatewayEnv = {
      ...common,
      SUPERGRAPH_PATH: join(repositoryRoot, "infra/supergraph.graphql"),
      PEOPLE_URL: `http://127.0.0.1:${PORTS.people}/graphql`,
      COMMUNITIES_URL: nowhere,
      PLANNING_URL: nowhere,
      REPOSITORY_URL: nowhere,
      OIDC_AUDIENCE: "comtem",
    };
    for (const [port, name, env] of [
      // Only OIDC_ISSUER: the keys come from the provider's discovery document.
      [PORTS.gateway, "gateway", { OIDC_ISSUER: provider.issuer }],
      [
        PORTS.claimsGateway,
        "claims-gateway",
        { OIDC_ISSUER: issuer.issuer, OIDC_JWKS_URL: issuer.jwksUrl },
      ],
    ] as const) {
      const service = startService(byName("gateway"), port, { env: { ...gatewayEnv, ...env } }, {});
      services.push({ ...service, name });
      await waitReady(service.url);
    }
  }, 180_000);

  afterAll(async () => {
    await stopServices(services);
    await provider?.close();
    await issuer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("signs in unlinked, asks, is approved by an admin, and lands in the platform", async () => {
    const token = (await signInAtProvider(provider, newcomer, REDIRECT)).access_token;
    expect(await session(origin, token)).toEqual({
      signedIn: true,
      linked: false,
      personId: null,
      systemRoles: [],
    });
    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      graphql(gateway, query, { token, variables });
    expect((await ask(`{ me { id } }`)).body.data.me).toBeNull();
    expect((await ask(MINE)).body.data.myAccessRequest).toBeNull();
    // Signed in at the provider, but no one in ComTem: it writes nothing else.
    expect((await ask(PROFILE, { bio: "x" })).body.errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );

    const requested = await ask(REQUEST, {
      input: { fullName: "Giulia Neri", email: newcomer.email, organizationId },
    });
    expect(requested.body.errors).toBeUndefined();
    const request = requested.body.data.requestAccess.accessRequest;
    expect(request).toMatchObject({
      status: "PENDING",
      issuer: provider.issuer,
      fiscalCode: newcomer.fiscalCode,
    });
    expect((await ask(MINE)).body.data.myAccessRequest).toEqual({
      id: request.id,
      status: "PENDING",
    });

    const adminToken = (await signInAtProvider(provider, adminAccount, REDIRECT)).access_token;
    const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
      graphql(gateway, query, { token: adminToken, variables });
    const pending = (await asAdmin(PENDING)).body.data.accessRequests;
    expect(pending.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: request.id,
      fullName: "Giulia Neri",
      email: newcomer.email,
      fiscalCode: newcomer.fiscalCode,
      organization: { id: organizationId },
    });
    const approved = await asAdmin(APPROVE, { id: request.id });
    expect(approved.body.errors).toBeUndefined();
    const person = approved.body.data.approveAccessRequest.accessRequest.person;
    expect(person.fullName).toBe("Giulia Neri");

    // The same token: once the gateway's identity cache (10 s) has passed, it is that person.
    let current = await session(origin, token);
    for (let i = 0; i < 30 && current.linked !== true; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      current = await session(origin, token);
    }
    expect(current).toEqual({ signedIn: true, linked: true, personId: person.id, systemRoles: [] });
    // (Not `email`: it @requires the communities subgraph, not running here.)
    const me = await ask(`{ me { id fullName fiscalCode organization { id } } }`);
    expect(me.body.data.me).toEqual({
      id: person.id,
      fullName: "Giulia Neri",
      fiscalCode: newcomer.fiscalCode,
      organization: { id: organizationId },
    });
    expect((await ask(MINE)).body.data.myAccessRequest).toBeNull();
    const saved = await ask(PROFILE, { bio: "Ora ci sono." });
    expect(saved.body.errors).toBeUndefined();
  }, 90_000);

  it("gives a token claiming ADMIN for an unlinked subject nothing but the request", async () => {
    const token = await issuer.token({ sub: "pairwise-claims-admin", roles: ["ADMIN"] });
    expect(await session(claimsOrigin, token)).toEqual({
      signedIn: true,
      linked: false,
      personId: null,
      systemRoles: [],
    });
    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      graphql(`${claimsOrigin}/graphql`, query, { token, variables });
    const adminToken = (await signInAtProvider(provider, adminAccount, REDIRECT)).access_token;
    const count = async () =>
      (await graphql(gateway, PEOPLE_COUNT, { token: adminToken })).body.data.people.totalCount;
    const people = await count();

    const own = await ask(REQUEST, {
      input: { fullName: "Chi Pretende", email: "pretende@example.it", organizationId },
    });
    const id = own.body.data.requestAccess.accessRequest.id;
    const code = (response: Awaited<ReturnType<typeof ask>>) =>
      response.body.errors?.[0]?.extensions?.code;
    expect(code(await ask(APPROVE, { id }))).toBe("UNAUTHENTICATED");
    expect(code(await ask(PENDING))).toBe("UNAUTHENTICATED");
    expect(
      code(
        await ask(
          `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
          { input: { name: "Ente pretestuoso", kind: "COMUNE" } },
        ),
      ),
    ).toBe("UNAUTHENTICATED");
    expect(code(await ask(PROFILE, { bio: "x" }))).toBe("UNAUTHENTICATED");
    // Nothing was written: no person, and the request still waits for a real admin.
    expect(await count()).toBe(people);
    const pending = (await graphql(gateway, PENDING, { token: adminToken })).body.data
      .accessRequests;
    expect(pending.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
  });
});
