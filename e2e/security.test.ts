import { getIntrospectionQuery } from "graphql";
import { connect } from "node:net";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPeople, seededOrganizationId, seededPersonId } from "@comtem/seed-data";
import { deployables, freePort, repositoryRoot, type RunningService } from "../scripts/platform.js";
import { signInAtProvider, startOidcProvider, type OidcTestProvider } from "@comtem/testing";
import { graphql, metric } from "./client.js";
import { seedEmbeddedDatabases } from "./demo-data.js";
import { productionEnv, startReady, stopServices } from "./services.js";
import { startTestIssuer } from "./test-issuer.js";

/**
 * The public API in production mode, attacked the ways the issue lists. Every attempt must be
 * refused with a clear code (never a 5xx) and write nothing. Rate-limit counters live in the
 * Redis server of the CI machine, shared by two gateway replicas.
 */
const PORTS = {
  communities: await freePort(),
  planning: await freePort(),
  repository: await freePort(),
  people: await freePort(),
  gateway: await freePort(),
  replica: await freePort(),
  /** A gateway whose identity provider is a real OpenID Connect provider (startOidcProvider). */
  oidcGateway: await freePort(),
  /** Production serves metrics on an internal port; the tests read people's. */
  peopleMetrics: await freePort(),
};
const peopleMetrics = `http://127.0.0.1:${PORTS.peopleMetrics}`;
const SUBGRAPHS = ["communities", "planning", "repository", "people"] as const;
const PER_KEY = 15;
const PER_IP = 40;
const PER_USER = 25;
const KEY_LOOKUPS = 10;
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Redis is on every CI machine (and required there); a developer laptop may not have it. */
async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) }, () => {
      socket.end();
      resolve(true);
    });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(false));
  });
}
const withRedis = await redisAnswers(REDIS_URL);
if (!withRedis && process.env.CI === "true") {
  throw new Error(`CI=true but Redis does not answer at ${REDIS_URL}`);
}

const SAFELIST = {
  "3f1c0e8c-organizations": "query FirstParty { organizations(first: 3) { totalCount } }",
};

const admin = seedPeople.find((p) => p.systemRoles.includes("ADMIN"))!;
const members = seedPeople.filter((p) => p.systemRoles.length === 0);
const adminId = seededPersonId(admin.key);
const memberId = seededPersonId(members[0]!.key);
const otherId = seededPersonId(members[1]!.key);
/** Accounts at the real provider: Rossi is linked to a seeded person by an admin, Verdi never. */
const REDIRECT = "http://localhost:3000/auth/callback";
const rossi = {
  fiscalCode: "RSSMRA80A01H501U",
  password: "rossi-password",
  givenName: "Mario",
  familyName: "Rossi",
  email: "mario.rossi@demo.comtem.example",
};
const verdi = {
  fiscalCode: "VRDGPP70B02A944K",
  password: "verdi-password",
  givenName: "Giuseppe",
  familyName: "Verdi",
  email: "giuseppe.verdi@demo.comtem.example",
};

/** An account whose fiscal code an admin gives when nominating a new person: no link beforehand. */
const bianchi = {
  fiscalCode: "BNCLCU85M41A944P",
  password: "bianchi-password",
  givenName: "Lucia",
  familyName: "Bianchi",
  email: "lucia.bianchi@demo.comtem.example",
};

describe("security of the public API (production mode)", () => {
  let dataDir: string;
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  let provider: OidcTestProvider;
  let oidcGateway: string;
  const services: RunningService[] = [];
  let gateway: string;
  let replica: string;
  /** Each test talks from its own client IP, so per-IP limits only bite where intended. */
  let ipCounter = 0;
  const clientIp = () => `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
  const ask = (query: string, options: Parameters<typeof graphql>[2] = {}) =>
    graphql(gateway, query, {
      ...options,
      headers: { "x-forwarded-for": clientIp(), ...options.headers },
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-security-"));
    issuer = await startTestIssuer();
    // Production refuses demo data and the embedded database unless asked: the data is
    // prepared beforehand and the single-node pilot setting is given.
    await seedEmbeddedDatabases(dataDir, { devIssuerUrl: issuer.issuer });
    const common = productionEnv(dataDir);
    const byName = (name: string) => deployables.find((d) => d.name === name)!;
    // Ports are taken when each service starts (startReady), not reserved earlier.
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const service = await startReady(
          byName(name),
          common,
          name === "people" ? { METRICS_PORT: String(PORTS.peopleMetrics) } : {},
        );
        PORTS[name] = service.port;
        services.push(service);
      }),
    );
    const gatewayEnv = {
      SUPERGRAPH_PATH: join(repositoryRoot, "infra/supergraph.graphql"),
      ...Object.fromEntries(
        SUBGRAPHS.map((name) => [
          `${name.toUpperCase()}_URL`,
          `http://127.0.0.1:${PORTS[name]}/graphql`,
        ]),
      ),
      OIDC_ISSUER: issuer.issuer,
      OIDC_JWKS_URL: issuer.jwksUrl,
      ...(withRedis ? { REDIS_URL } : {}),
      RATE_LIMIT_PER_KEY: String(PER_KEY),
      RATE_LIMIT_PER_IP: String(PER_IP),
      RATE_LIMIT_PER_USER: String(PER_USER),
      RATE_LIMIT_KEY_LOOKUPS_PER_IP: String(KEY_LOOKUPS),
      TRUST_PROXY_HOPS: "1",
      CORS_ORIGINS: "https://comtem.example.org",
    };
    // The replica also holds callers without an API key to a first-party safelist.
    const manifest = join(dataDir, "persisted-documents.json");
    await writeFile(manifest, JSON.stringify(SAFELIST));
    const replicaEnv = { PERSISTED_OPERATIONS: manifest, SAFELIST: "enforce" };
    for (const name of ["gateway", "replica"] as const) {
      const env = { ...common, ...gatewayEnv, ...(name === "replica" ? replicaEnv : {}) };
      const service = await startReady(byName("gateway"), env);
      PORTS[name] = service.port;
      services.push({ ...service, name });
    }
    gateway = `http://127.0.0.1:${PORTS.gateway}/graphql`;
    replica = `http://127.0.0.1:${PORTS.replica}/graphql`;

    // A third gateway trusts a real OpenID Connect provider, through its discovery and JWKS.
    provider = await startOidcProvider({
      accounts: [rossi, verdi, bianchi],
      redirectUris: [REDIRECT],
      audience: "comtem",
    });
    const discovery = (await (
      await fetch(`${provider.issuer}/.well-known/openid-configuration`)
    ).json()) as { jwks_uri: string };
    const oidcEnv = {
      ...common,
      ...gatewayEnv,
      OIDC_ISSUER: provider.issuer,
      OIDC_JWKS_URL: discovery.jwks_uri,
      OIDC_AUDIENCE: provider.audience,
    };
    const service = await startReady(byName("gateway"), oidcEnv);
    PORTS.oidcGateway = service.port;
    services.push({ ...service, name: "oidc-gateway" });
    oidcGateway = `http://127.0.0.1:${PORTS.oidcGateway}/graphql`;
  }, 300_000);

  afterAll(async () => {
    await stopServices(services);
    await issuer?.close();
    await provider?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const expectRefused = (
    response: { status: number; body: { errors?: { extensions?: Record<string, unknown> }[] } },
    code: string,
  ) => {
    expect(response.status).toBeLessThan(500);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
  };

  it("keeps metrics off the public port: the gateway answers 404, the internal port serves them", async () => {
    expect((await fetch(`http://127.0.0.1:${PORTS.gateway}/metrics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${PORTS.people}/metrics`)).status).toBe(404);
    const internal = await fetch(`${peopleMetrics}/metrics`);
    expect(internal.status).toBe(200);
    expect(await internal.text()).toContain("# TYPE graphql_operations_total counter");
  });

  it("answers variables of the wrong type with 400 and BAD_USER_INPUT, never 500", async () => {
    for (const variables of [{ first: "ten" }, { first: 1.5 }, { first: { n: 1 } }]) {
      const response = await ask(
        `query Wrong($first: Int) { organizations(first: $first) { totalCount } }`,
        { variables },
      );
      expect(response.status).toBe(400);
      expectRefused(response, "BAD_USER_INPUT");
    }
    const missing = await ask(`query Missing($id: ID!) { person(id: $id) { id } }`);
    expect(missing.status).toBe(400);
    expectRefused(missing, "BAD_USER_INPUT");
  });

  describe("operation limits (nothing reaches a subgraph)", () => {
    const peopleOperations = () => metric(peopleMetrics, "graphql_operations_total");

    it.each([
      [
        "depth bomb",
        `{ people(first: 1) { edges { node { nominations { person { nominations { person { nominations { person { nominations { person { id } } } } } } } } } } } }`,
      ],
      ["alias bomb", `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(" ")} }`],
      [
        "fragment cycle",
        `query { me { ...A } } fragment A on Person { organization { members { ...B } } } fragment B on Organization { ...A }`,
      ],
      ["directive flood", `{ me { id ${"@include(if: true) ".repeat(60)} } }`],
      ["token flood", `{ me { ${"id ".repeat(6000)} } }`],
      [
        "cost above the limit",
        `{ people(first: 100) { edges { node { organization { members { members { id name } } } } } } }`,
      ],
    ])("%s is rejected with a code", async (_label, query) => {
      const before = await peopleOperations();
      const response = await ask(query);
      expect(response.status).toBeLessThan(500);
      const code = response.body.errors?.[0]?.extensions?.code;
      expect([
        "GRAPHQL_VALIDATION_FAILED",
        "GRAPHQL_PARSE_FAILED",
        "COST_LIMIT_EXCEEDED",
        "BAD_USER_INPUT",
      ]).toContain(code);
      expect(await peopleOperations()).toBe(before);
    });

    it("refuses a 5 MB body with PAYLOAD_TOO_LARGE", async () => {
      const response = await fetch(gateway, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": clientIp() },
        body: JSON.stringify({
          query: `{ me { id } }`,
          variables: { padding: "x".repeat(5 * 1024 * 1024) },
        }),
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    });

    it("refuses batched operations", async () => {
      const response = await fetch(gateway, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": clientIp() },
        body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ me { id } }" }))),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
    });

    it("hides field suggestions and stack traces", async () => {
      const response = await ask(`{ peple(first: 1) { totalCount } }`);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(JSON.stringify(response.body)).not.toMatch(/Did you mean|stacktrace|at .*\.ts/);
    });
  });

  describe("identity", () => {
    it.each([
      ["garbage", async () => "not-a-token"],
      [
        "expired",
        async () =>
          issuer.token({ sub: memberId }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      ],
      [
        "alg none",
        async () =>
          `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: adminId, comtem_roles: ["ADMIN"], iss: issuer.issuer, aud: "comtem", exp: 9999999999, iat: 1 })).toString("base64url")}.`,
      ],
      [
        "wrong issuer",
        async () => issuer.token({ sub: memberId }, { issuer: "https://evil.example" }),
      ],
      ["wrong audience", async () => issuer.token({ sub: memberId }, { audience: "someone-else" })],
      [
        "unknown key",
        async () =>
          issuer.token({ sub: memberId }, { key: (await generateKeyPair("ES256")).privateKey }),
      ],
    ])("a %s JWT is UNAUTHENTICATED", async (_label, make) => {
      const response = await ask(`{ me { id } }`, { token: await make() });
      expect(response.status).toBe(401);
      expectRefused(response, "UNAUTHENTICATED");
    });

    const LINK = `mutation($input: LinkIdentityInput!) { linkIdentity(input: $input) { id linkedHow } }`;
    const PROFILE = `mutation($bio: String) { updateMyProfile(input: { bio: $bio }) { person { id bio } } }`;
    const session = async (origin: string, token: string) => {
      const response = await fetch(`${origin}/session`, {
        headers: { authorization: `Bearer ${token}`, "x-forwarded-for": clientIp() },
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    it("takes the person and system roles from ComTem's links, never from the token's claims", async () => {
      // A linked member whose token claims ADMIN is a member: an admin mutation is FORBIDDEN.
      const claimsAdmin = await issuer.token({ sub: memberId, roles: ["ADMIN"] });
      expect((await ask(`{ me { id } }`, { token: claimsAdmin })).body.data.me.id).toBe(memberId);
      const input = {
        issuer: "https://idp.example.org/realms/comtem",
        subject: `TINIT-${randomUUID().slice(0, 8)}`,
        personId: memberId,
      };
      expectRefused(await ask(LINK, { token: claimsAdmin, variables: { input } }), "FORBIDDEN");
      // An admin in ComTem's data is one, whatever the token says (here: no roles claim).
      const admin = await issuer.token({ sub: adminId });
      const linked = await ask(LINK, { token: admin, variables: { input } });
      expect(linked.body.errors).toBeUndefined();
      expect(linked.body.data.linkIdentity.linkedHow).toBe("ADMIN");
      expect(await session(`http://127.0.0.1:${PORTS.gateway}`, admin)).toEqual({
        status: 200,
        body: { signedIn: true, linked: true, personId: adminId, systemRoles: ["ADMIN"] },
      });
    });

    it("makes an unlinked subject no one: it reads as anonymous and writes nothing", async () => {
      const token = await issuer.token({ sub: "TINIT-ZZZZZZ99Z99Z999Z", roles: ["ADMIN"] });
      expect((await ask(`{ me { id } }`, { token })).body.data.me).toBeNull();
      expectRefused(await ask(PROFILE, { token, variables: { bio: "x" } }), "UNAUTHENTICATED");
      const input = { issuer: issuer.issuer, subject: "TINIT-ZZZZZZ99Z99Z999Z", personId: adminId };
      expectRefused(await ask(LINK, { token, variables: { input } }), "UNAUTHENTICATED");
      expect(await session(`http://127.0.0.1:${PORTS.gateway}`, token)).toEqual({
        status: 200,
        body: { signedIn: true, linked: false, personId: null, systemRoles: [] },
      });
    });

    it("a real provider's token acts as the person an admin linked; an unlinked one writes nothing", async () => {
      const admin = await issuer.token({ sub: adminId });
      const input = {
        issuer: provider.issuer,
        subject: provider.subjectOf(rossi.fiscalCode),
        personId: otherId,
        fiscalCode: rossi.fiscalCode,
      };
      expect((await ask(LINK, { token: admin, variables: { input } })).body.errors).toBeUndefined();

      const rossiToken = (await signInAtProvider(provider, rossi, REDIRECT)).access_token;
      const askOidc = (query: string, options: Parameters<typeof graphql>[2] = {}) =>
        graphql(oidcGateway, query, {
          ...options,
          headers: { "x-forwarded-for": clientIp(), ...options.headers },
        });
      expect((await askOidc(`{ me { id } }`, { token: rossiToken })).body.data.me.id).toBe(otherId);
      const bio = `Collegata via ${provider.issuer}`;
      const saved = await askOidc(PROFILE, { token: rossiToken, variables: { bio } });
      expect(saved.body.errors).toBeUndefined();
      expect(saved.body.data.updateMyProfile.person).toEqual({ id: otherId, bio });

      const verdiToken = (await signInAtProvider(provider, verdi, REDIRECT)).access_token;
      expect((await askOidc(`{ me { id } }`, { token: verdiToken })).body.data.me).toBeNull();
      expectRefused(
        await askOidc(PROFILE, { token: verdiToken, variables: { bio: "x" } }),
        "UNAUTHENTICATED",
      );
      expect((await session(`http://127.0.0.1:${PORTS.oidcGateway}`, verdiToken)).body).toEqual({
        signedIn: true,
        linked: false,
        personId: null,
        systemRoles: [],
      });
      // Each gateway trusts its own issuer only: the other's tokens are refused.
      const fromTestIssuer = await askOidc(`{ me { id } }`, {
        token: await issuer.token({ sub: otherId }),
      });
      expect(fromTestIssuer.status).toBe(401);
      const atMainGateway = await ask(PROFILE, { token: rossiToken, variables: { bio: "x" } });
      expect(atMainGateway.status).toBe(401);
      expectRefused(atMainGateway, "UNAUTHENTICATED");
    });

    it("links a nominated person's first sign-in by the provider's fiscal code (NOMINATION)", async () => {
      const admin = await issuer.token({ sub: adminId });
      const nominated = await ask(
        `mutation($input: NominatePersonInput!) { nominatePerson(input: $input) { person { id fullName fiscalCode } userErrors { field code } } }`,
        {
          token: admin,
          variables: {
            input: {
              organizationId: seededOrganizationId(members[0]!.organizationKey),
              newPerson: {
                givenName: "Lucia",
                familyName: "Bianchi",
                email: "lucia.bianchi@comune.example.it",
                publicRole: "Responsabile per la Transizione Digitale",
                fiscalCode: bianchi.fiscalCode.toLowerCase(),
              },
              nominatedOn: "2021-03-01",
              actReference: "Decreto del Sindaco n. 7/2021",
            },
          },
        },
      );
      expect(nominated.body.errors).toBeUndefined();
      const person = nominated.body.data.nominatePerson.person;
      expect(person).toMatchObject({ fullName: "Lucia Bianchi", fiscalCode: bianchi.fiscalCode });

      const before = Date.now();
      const token = (await signInAtProvider(provider, bianchi, REDIRECT)).access_token;
      const askOidc = (query: string) =>
        graphql(oidcGateway, query, { token, headers: { "x-forwarded-for": clientIp() } });
      const me = await askOidc(`{ me { id fullName } }`);
      expect(me.body.errors).toBeUndefined();
      expect(me.body.data.me).toEqual({ id: person.id, fullName: "Lucia Bianchi" });
      expect((await session(`http://127.0.0.1:${PORTS.oidcGateway}`, token)).body).toEqual({
        signedIn: true,
        linked: true,
        personId: person.id,
        systemRoles: [],
      });

      const identities = await ask(
        `query($id: ID!) { person(id: $id) { identities { issuer subject fiscalCode linkedHow linkedAt linkedBy } } }`,
        { token: admin, variables: { id: person.id } },
      );
      expect(identities.body.errors).toBeUndefined();
      const [link, ...others] = identities.body.data.person.identities;
      expect(others).toEqual([]);
      expect(link).toMatchObject({
        issuer: provider.issuer,
        subject: provider.subjectOf(bianchi.fiscalCode),
        fiscalCode: bianchi.fiscalCode,
        linkedHow: "NOMINATION",
        linkedBy: null,
      });
      expect(new Date(link.linkedAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);
      // Not seen by others: the nominee's fiscal code is theirs and the admins'.
      const byMember = await ask(
        `query($id: ID!) { person(id: $id) { fiscalCode identities { subject } } }`,
        {
          token: await issuer.token({ sub: memberId }),
          variables: { id: person.id },
        },
      );
      expect(byMember.body.data.person).toEqual({ fiscalCode: null, identities: null });
    });

    it.each(["people", "planning"] as const)(
      "the %s subgraph refuses calls around the gateway",
      async (name) => {
        const url = `http://127.0.0.1:${PORTS[name]}/graphql`;
        const forged = await new SignJWT({ roles: ["ADMIN", "GATEWAY"] })
          .setProtectedHeader({ alg: "HS256" })
          .setIssuer("comtem-gateway")
          .setAudience("comtem-subgraph")
          .setSubject(adminId)
          .setIssuedAt()
          .setExpirationTime("1m")
          .sign(new TextEncoder().encode("a-guessed-secret-that-is-not-the-real-one"));
        const attempts: Record<string, string>[] = [
          {},
          { "x-comtem-principal": forged },
          { "x-comtem-principal": "e30.e30." },
        ];
        for (const headers of attempts) {
          for (const query of [
            `{ _service { sdl } }`,
            `{ _entities(representations: [{ __typename: "Person", id: "${memberId}" }]) { __typename } }`,
            `{ __typename }`,
          ]) {
            const response = await graphql(url, query, { headers });
            expect(response.status).toBe(401);
            expectRefused(response, "UNAUTHENTICATED");
          }
        }
      },
    );
  });

  describe("browser rules", () => {
    it("blocks a CSRF simple request", async () => {
      const get = await fetch(`${gateway}?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { "x-forwarded-for": clientIp() },
      });
      expect(get.status).toBe(400);
      const form = await fetch(gateway, {
        method: "POST",
        headers: { "content-type": "text/plain", "x-forwarded-for": clientIp() },
        body: JSON.stringify({
          query: 'mutation { updateMyProfile(input: { bio: "csrf" }) { person { id } } }',
        }),
      });
      expect(form.status).toBe(400);
    });

    it("answers CORS only for allowed origins", async () => {
      const preflight = (origin: string) =>
        fetch(gateway, {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
            "x-forwarded-for": clientIp(),
          },
        });
      expect(
        (await preflight("https://comtem.example.org")).headers.get("access-control-allow-origin"),
      ).toBe("https://comtem.example.org");
      expect(
        (await preflight("https://evil.example")).headers.get("access-control-allow-origin"),
      ).toBeNull();
      // A browser client may read how long to wait after a 429.
      const answer = await fetch(gateway, {
        method: "POST",
        headers: {
          origin: "https://comtem.example.org",
          "content-type": "application/json",
          "x-forwarded-for": clientIp(),
        },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(answer.headers.get("access-control-expose-headers")).toBe(
        "Retry-After,RateLimit-Limit,RateLimit-Remaining",
      );
    });

    it("allows introspection to identified callers only", async () => {
      const anonymous = await ask(`{ __schema { queryType { name } } }`);
      expectRefused(anonymous, "INTROSPECTION_DISABLED");
      const identified = await ask(`{ __schema { queryType { name } } }`, {
        token: await issuer.token({ sub: memberId }),
      });
      expect(identified.body.data.__schema.queryType.name).toBe("Query");
    });

    it("answers a client generator's standard introspection query, outside the cost limit, with its shape bounded", async () => {
      const token = await issuer.token({ sub: memberId });
      const standard = await ask(getIntrospectionQuery({ descriptions: true }), { token });
      expect(standard.status).toBe(200);
      expect(standard.body.errors).toBeUndefined();
      expect(standard.body.data.__schema.types.length).toBeGreaterThan(50);
      // The schema-sized expansion that makes introspection a denial of service is refused.
      const expanding = await ask(
        `{ __schema { types { fields { type { fields { name } } } } } }`,
        {
          token,
        },
      );
      expect(expanding.status, JSON.stringify(expanding.body)).toBe(400);
      expectRefused(expanding, "INTROSPECTION_TOO_DEEP");
    });
  });

  describe("authorization and input", () => {
    it("refuses mutations to roles that lack them, writing nothing", async () => {
      const member = await issuer.token({ sub: memberId });
      const cases: [string, string | undefined, string][] = [
        [
          `mutation { updateMyProfile(input: { bio: "x" }) { person { id } } }`,
          undefined,
          "UNAUTHENTICATED",
        ],
        [
          `mutation { updateProfile(personId: "${otherId}", input: { bio: "x" }) { person { id } } }`,
          member,
          "FORBIDDEN",
        ],
        [
          `mutation { createOrganization(input: { name: "Ente finto", kind: COMUNE }) { organization { id } } }`,
          member,
          "FORBIDDEN",
        ],
        [
          `mutation { nominatePerson(input: { organizationId: "${otherId}", personId: "${otherId}", nominatedOn: "2020-01-01", actReference: "abc" }) { person { id } } }`,
          member,
          "FORBIDDEN",
        ],
        [
          `mutation { issueApiKey(input: { organizationId: "${otherId}", name: "x-key", scope: READ }) { secret } }`,
          member,
          "FORBIDDEN",
        ],
        [
          `mutation { createActivityPlan(input: { communityId: "${otherId}", year: 2030 }) { plan { id } } }`,
          member,
          "FORBIDDEN",
        ],
        [
          `mutation { createActivityPlan(input: { communityId: "${otherId}", year: 2030 }) { plan { id } } }`,
          undefined,
          "UNAUTHENTICATED",
        ],
      ];
      for (const [query, token, code] of cases) {
        expectRefused(await ask(query, token ? { token } : {}), code);
      }
      const check = await ask(
        `{ organizations(first: 1, filter: { search: "Ente finto" }) { totalCount } activityPlans(first: 1, filter: { year: 2030 }) { totalCount } }`,
      );
      expect(check.body.data).toEqual({
        organizations: { totalCount: 0 },
        activityPlans: { totalCount: 0 },
      });
    });

    it("shows e-mail and phone only to the person, admins and co-members", async () => {
      const { body } = await ask(
        `{ communities(first: 20) { edges { node { id memberships { person { id } } } } } }`,
      );
      const communitiesOf = new Map<string, Set<string>>();
      for (const { node } of body.data.communities.edges) {
        for (const m of node.memberships) {
          if (!communitiesOf.has(m.person.id)) communitiesOf.set(m.person.id, new Set());
          communitiesOf.get(m.person.id)!.add(node.id);
        }
      }
      const shares = (a: string, b: string) =>
        [...(communitiesOf.get(a) ?? [])].some((c) => communitiesOf.get(b)?.has(c));
      const candidates = members.map((p) => seededPersonId(p.key));
      const target = candidates.find((id) => communitiesOf.has(id))!;
      const coMember = candidates.find((id) => id !== target && shares(id, target))!;
      const unrelated = candidates.find((id) => id !== target && !shares(id, target))!;
      expect([target, coMember, unrelated].every(Boolean)).toBe(true);

      const query = `query($id: ID!) { person(id: $id) { email phone } }`;
      const view = async (token?: string) =>
        (await ask(query, { variables: { id: target }, ...(token ? { token } : {}) })).body;
      const expected: [string, string | undefined, boolean][] = [
        ["anonymous", undefined, false],
        ["unrelated signed-in person", await issuer.token({ sub: unrelated }), false],
        ["the person themself", await issuer.token({ sub: target }), true],
        ["a co-member", await issuer.token({ sub: coMember }), true],
        ["an admin", await issuer.token({ sub: adminId, roles: ["ADMIN"] }), true],
      ];
      for (const [label, token, visible] of expected) {
        const result = await view(token);
        expect(result.errors, label).toBeUndefined();
        if (visible) expect(result.data.person.email, label).toMatch(/@/);
        else expect(result.data.person, label).toEqual({ email: null, phone: null });
      }
    });

    it("accepts writes only for the caller's own organization (admins: any)", async () => {
      const member = await issuer.token({ sub: otherId });
      const adminToken = await issuer.token({ sub: adminId, roles: ["ADMIN"] });
      const me = await ask(`{ me { organization { id } } }`, { token: member });
      const own = me.body.data.me.organization.id as string;
      const organizations = await ask(`{ organizations(first: 5) { edges { node { id } } } }`);
      const other = organizations.body.data.organizations.edges
        .map((e: { node: { id: string } }) => e.node.id)
        .find((id: string) => id !== own) as string;
      const community = (await ask(`{ communities(first: 1) { edges { node { id } } } }`)).body.data
        .communities.edges[0].node.id as string;
      const yaml = await readFile(
        join(repositoryRoot, "services/repository/test/fixtures/publiccode.valid.yml"),
        "utf8",
      );
      const create = `mutation($org: ID!) { createResource(input: { title: "Risorsa di un ente", kind: GUIDA, organizationId: $org }) { resource { id } } }`;
      const importing = `mutation($yaml: String!, $org: ID) { importPubliccode(yaml: $yaml, organizationId: $org) { resource { id } } }`;
      const join_ = `mutation($c: ID!, $org: ID!) { requestToJoin(input: { communityId: $c, organizationId: $org, motivation: "Il nostro ente vuole partecipare." }) { joinRequest { id } userErrors { code } } }`;
      const joinRequests = async () =>
        (await ask(`{ myJoinRequests { id } }`, { token: member })).body.data.myJoinRequests
          .length as number;
      const requestsBefore = await joinRequests();
      for (const [query, variables] of [
        [create, { org: other }],
        [importing, { yaml, org: other }],
        [join_, { c: community, org: other }],
      ] as const) {
        expectRefused(await ask(query, { token: member, variables }), "FORBIDDEN");
      }
      expect(await joinRequests()).toBe(requestsBefore);
      const mine = await ask(create, { token: member, variables: { org: own } });
      expect(mine.body.errors).toBeUndefined();
      const joined = await ask(join_, { token: member, variables: { c: community, org: own } });
      expect(joined.body.errors).toBeUndefined();
      const byAdmin = await ask(create, { token: adminToken, variables: { org: other } });
      expect(byAdmin.body.errors).toBeUndefined();
    });

    it("stores XSS payloads as plain text", async () => {
      const payload = `<script>alert(1)</script><img src=x onerror=alert(2)>"'`;
      const token = await issuer.token({ sub: memberId });
      const saved = await ask(
        `mutation($bio: String) { updateMyProfile(input: { bio: $bio }) { person { bio } } }`,
        { token, variables: { bio: payload } },
      );
      expect(saved.body.data.updateMyProfile.person.bio).toBe(payload);
    });

    it.each([`'; drop table person; --`, `" OR 1=1 --`, `\\\\'\\"`, `%_%`, `😀 🇮🇹`, `il la di`])(
      "treats %j in every filter as data",
      async (text) => {
        const response = await ask(
          `query($t: String) { organizations(first: 5, filter: { search: $t }) { totalCount } people(first: 5, filter: { search: $t, skill: $t }) { totalCount } }`,
          { variables: { t: text } },
        );
        expect(response.status).toBe(200);
        expect(response.body.errors).toBeUndefined();
      },
    );
  });

  describe("first-party safelist", () => {
    const onReplica = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      fetch(replica, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": clientIp(), ...headers },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

    it("accepts safelisted operations by id or by text", async () => {
      const byId = await onReplica({ documentId: "3f1c0e8c-organizations" });
      expect(byId.body.data.organizations.totalCount).toBeGreaterThan(0);
      const byText = await onReplica({ query: SAFELIST["3f1c0e8c-organizations"] });
      expect(byText.body.errors).toBeUndefined();
    });

    it("refuses other operations from callers without an API key", async () => {
      const response = await onReplica({ query: "{ organizations(first: 50) { totalCount } }" });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
      const unknown = await onReplica({ documentId: "nope" });
      expect(unknown.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    });
  });

  describe("partner API keys", () => {
    async function issueKey(scope: "READ" | "READ_WRITE", expiresAt?: string) {
      const token = await issuer.token({ sub: adminId, roles: ["ADMIN"] });
      const organizationId = (await ask(`{ organization(ipaCode: "r_emiro") { id } }`)).body.data
        .organization.id;
      const response = await ask(
        `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { apiKey { id prefix } secret userErrors { field } } }`,
        {
          token,
          variables: { input: { organizationId, name: `test ${scope}`, scope, expiresAt } },
        },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data.issueApiKey as { apiKey: { id: string }; secret: string };
    }

    it("accepts a valid key and refuses an unknown or revoked one", async () => {
      const { apiKey, secret } = await issueKey("READ");
      const ok = await ask(`{ organizations(first: 1) { totalCount } }`, {
        headers: { "x-api-key": secret },
      });
      expect(ok.status).toBe(200);
      expect(ok.body.errors).toBeUndefined();
      expectRefused(
        await ask(`{ __typename }`, { headers: { "x-api-key": `${secret}x` } }),
        "API_KEY_INVALID",
      );
      const token = await issuer.token({ sub: adminId, roles: ["ADMIN"] });
      await ask(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, {
        token,
        variables: { id: apiKey.id },
      });
      // The gateway caches key checks for 30 s: the replica has not seen this key yet.
      const revoked = await graphql(
        replica,
        `
          {
            __typename
          }
        `,
        { headers: { "x-api-key": secret, "x-forwarded-for": clientIp() } },
      );
      expect(revoked.status).toBe(401);
      expectRefused(revoked, "API_KEY_INVALID");
    });

    it("limits random keys before looking them up: one IP gets a few lookups, then 429", async () => {
      const lookups = () =>
        metric(peopleMetrics, "graphql_operations_total", 'operation="GatewayApiKey"');
      const before = await lookups();
      const answers = [];
      for (let i = 0; i < KEY_LOOKUPS + 15; i++) {
        answers.push(
          await graphql(
            gateway,
            `
              {
                __typename
              }
            `,
            {
              headers: { "x-api-key": randomUUID(), "x-forwarded-for": "10.250.0.7" },
            },
          ),
        );
      }
      expect(answers.slice(0, KEY_LOOKUPS).every((a) => a.status === 401)).toBe(true);
      for (const refused of answers.slice(KEY_LOOKUPS)) expectRefused(refused, "RATE_LIMITED");
      expect((await lookups()) - before).toBeLessThanOrEqual(KEY_LOOKUPS);
    });

    it("refuses an expired key", async () => {
      const { secret } = await issueKey("READ", new Date(Date.now() + 1500).toISOString());
      await new Promise((r) => setTimeout(r, 2000));
      const response = await ask(`{ __typename }`, { headers: { "x-api-key": secret } });
      expect(response.status).toBe(401);
      expectRefused(response, "API_KEY_INVALID");
    });

    it("keeps a read-only key away from mutations", async () => {
      const { secret } = await issueKey("READ");
      const token = await issuer.token({ sub: memberId });
      const response = await ask(
        `mutation { updateMyProfile(input: { bio: "via key" }) { person { id } } }`,
        { token, headers: { "x-api-key": secret } },
      );
      expectRefused(response, "API_KEY_SCOPE");
    });

    it.runIf(withRedis)(
      "rate-limits a key across two gateway replicas sharing Redis (429 + Retry-After)",
      async () => {
        const { secret } = await issueKey("READ");
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        for (let i = 0; i < PER_KEY + 5; i += 1) {
          const url = i % 2 ? replica : gateway;
          const response = await fetch(url, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-api-key": secret,
              "x-forwarded-for": clientIp(),
            },
            body: JSON.stringify({ query: "{ __typename }" }),
          });
          statuses.push(response.status);
          if (response.status === 429) {
            retryAfter = response.headers.get("retry-after");
            expect(((await response.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
          } else {
            await response.arrayBuffer();
          }
        }
        expect(statuses.filter((s) => s === 200)).toHaveLength(PER_KEY);
        expect(statuses.filter((s) => s === 429)).toHaveLength(5);
        expect(Number(retryAfter)).toBeGreaterThan(0);
      },
    );

    it("gives each signed-in person their own budget, whatever their IP", async () => {
      const token = await issuer.token({ sub: seededPersonId(members[5]!.key) });
      const statuses: number[] = [];
      for (let i = 0; i < PER_USER + 3; i += 1) {
        statuses.push((await ask(`{ me { id } }`, { token })).status);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(PER_USER);
      expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    });

    it("rate-limits anonymous callers per IP", async () => {
      const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
      const statuses: number[] = [];
      for (let i = 0; i < PER_IP + 3; i += 1) {
        const response = await graphql(
          gateway,
          `
            {
              __typename
            }
          `,
          { headers: { "x-forwarded-for": ip } },
        );
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    });
  });
});
