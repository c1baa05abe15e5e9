import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startPlatform, type Platform } from "../scripts/platform.js";
import { devPeople, devToken, graphql, metric } from "./client.js";
import { startOtlpReceiver } from "./otlp-receiver.js";

/** The platform as `pnpm start` runs it (embedded PGlite, seeded), on ports of its own. */
describe("platform end to end", () => {
  let platform: Platform;
  let dataDir: string;
  let gateway: string;
  let people: { id: string; fullName: string; systemRoles: string[] }[];
  let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-e2e-"));
    otlp = await startOtlpReceiver();
    platform = await startPlatform({
      ports: Object.fromEntries(
        await Promise.all(
          ["gateway", "communities", "planning", "repository", "people"].map(
            async (name) => [name, await freePort()] as const,
          ),
        ),
      ),
      // The plan-board test sends a few hundred requests from one address.
      env: {
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        RATE_LIMIT_PER_IP: "100000",
        // Every service exports its spans to the local receiver, in batches of 200 ms.
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: "200",
      },
    });
    gateway = `${platform.url("gateway")}/graphql`;
    people = await devPeople(platform.url("gateway"));
  });
  afterAll(async () => {
    await platform?.stop();
    await otlp?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("serves seeded organizations through the gateway", async () => {
    const { status, body } = await graphql(
      gateway,
      `
        {
          organizations(first: 5, filter: { province: "BO" }) {
            totalCount
            edges {
              node {
                name
                ipaCode
              }
            }
          }
        }
      `,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.organizations.totalCount).toBeGreaterThanOrEqual(5);
    expect(body.data.organizations.edges.map((e: any) => e.node.name)).toContain(
      "Comune di Bologna",
    );
  });

  it("answers /health and /ready on every service", async () => {
    for (const service of platform.services) {
      for (const path of ["/health", "/ready"]) {
        const response = await fetch(`${service.url}${path}`);
        expect(response.status, `${service.name}${path}`).toBe(200);
      }
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      expect(metrics).toContain("graphql_operations_total");
    }
  });

  describe("identity", () => {
    const update = `mutation($bio: String) { updateMyProfile(input: { bio: $bio }) { person { id bio } } }`;

    it("lets a dev-issuer token update its own profile", async () => {
      const me = people.find((p) => p.systemRoles.length === 0)!;
      const token = await devToken(platform.url("gateway"), me.id);
      const { body } = await graphql(gateway, update, {
        token,
        variables: { bio: "Aggiornato da e2e" },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.updateMyProfile.person).toEqual({ id: me.id, bio: "Aggiornato da e2e" });
    });

    it("refuses the mutation without a token (UNAUTHENTICATED)", async () => {
      const { body } = await graphql(gateway, update, { variables: { bio: "x" } });
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses someone else's profile (FORBIDDEN)", async () => {
      const [me, other] = people.filter((p) => p.systemRoles.length === 0);
      const token = await devToken(platform.url("gateway"), me!.id);
      const { body } = await graphql(
        gateway,
        `
          mutation ($id: ID!) {
            updateProfile(personId: $id, input: { bio: "hijack" }) {
              person {
                id
              }
            }
          }
        `,
        { token, variables: { id: other!.id } },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses a forged identity sent straight to the people subgraph", async () => {
      const victim = people[0]!;
      const forged = await new SignJWT({ roles: ["ADMIN"] })
        .setProtectedHeader({ alg: "HS256" })
        .setIssuer("comtem-gateway")
        .setAudience("comtem-subgraph")
        .setSubject(victim.id)
        .setIssuedAt()
        .setExpirationTime("1m")
        .sign(new TextEncoder().encode("not-the-gateway-secret-but-long-enough-32"));
      for (const header of [forged, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "garbage"]) {
        const { status, body } = await graphql(
          `${platform.url("people")}/graphql`,
          `
            mutation {
              updateMyProfile(input: { bio: "forged" }) {
                person {
                  id
                }
              }
            }
          `,
          { headers: { "x-comtem-principal": header } },
        );
        expect(status).toBe(401);
        expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
      const { body } = await graphql(
        gateway,
        `
          query ($id: ID!) {
            person(id: $id) {
              bio
            }
          }
        `,
        {
          variables: { id: victim.id },
        },
      );
      expect(body.data.person.bio).not.toBe("forged");
    });

    it("refuses tokens that are not from the configured issuer", async () => {
      const { privateKey } = await generateKeyPair("ES256");
      const wrongKey = await new SignJWT({})
        .setProtectedHeader({ alg: "ES256", kid: "comtem-dev-1" })
        .setIssuer(`http://localhost:${new URL(platform.url("gateway")).port}/dev-issuer`)
        .setAudience("comtem")
        .setSubject(people[0]!.id)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(
        JSON.stringify({
          sub: people[0]!.id,
          iss: `http://localhost:${new URL(platform.url("gateway")).port}/dev-issuer`,
          aud: "comtem",
        }),
      ).toString("base64url")}.`;
      for (const token of [wrongKey, unsigned, "not.a.jwt"]) {
        const { status, body } = await graphql(
          gateway,
          `
            {
              me {
                id
              }
            }
          `,
          { token },
        );
        expect(status).toBe(401);
        expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
    });
  });

  it("rejects bad input with BAD_USER_INPUT naming the field, through the gateway", async () => {
    const admin = people.find((p) => p.systemRoles.includes("ADMIN"))!;
    const token = await devToken(platform.url("gateway"), admin.id);
    const create = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "Comune di Prova", kind: "COMUNE", ipaCode: "NOT AN IPA" }, "ipaCode"],
      [{ name: "x".repeat(10_000), kind: "COMUNE" }, "name"],
    ];
    for (const [input, field] of cases) {
      const { status, body } = await graphql(gateway, create, { token, variables: { input } });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    for (const [query, field] of [
      [`{ people(first: -1) { totalCount } }`, "first"],
      [`{ people(first: 1000) { totalCount } }`, "first"],
      [`{ person(id: "1; drop table person") { id } }`, "id"],
    ] as const) {
      const { body } = await graphql(gateway, query);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const { body } = await graphql(
      gateway,
      `
        {
          organizations(first: 1, filter: { search: "Prova" }) {
            totalCount
          }
        }
      `,
    );
    expect(body.data.organizations.totalCount).toBe(0);
  });

  describe("planning", () => {
    it("computes the 2020 system plan through the gateway", async () => {
      const { body } = await graphql(
        gateway,
        `
          {
            systemPlan(year: 2020) {
              communitiesWithPlan
              goalActions
              goalActionsNeedingWorkingGroup
              workingGroupsStartedByMonth {
                month
                count
              }
            }
          }
        `,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.systemPlan).toEqual({
        communitiesWithPlan: 10,
        goalActions: 27,
        goalActionsNeedingWorkingGroup: 21,
        workingGroupsStartedByMonth: [{ month: "2020-07", count: 19 }],
      });
    });

    it("resolves working-group members across subgraphs", async () => {
      const { body } = await graphql(
        gateway,
        `
          {
            goalAction(code: "CD-2020-02") {
              title
              workingGroup {
                members {
                  role
                  person {
                    fullName
                    organization {
                      name
                    }
                    workingGroups {
                      name
                    }
                  }
                }
              }
            }
          }
        `,
      );
      expect(body.errors).toBeUndefined();
      const members = body.data.goalAction.workingGroup.members;
      expect(members.length).toBeGreaterThan(0);
      expect(members[0].person.fullName).toBeTruthy();
      expect(members[0].person.organization.name).toBeTruthy();
      expect(members[0].person.workingGroups.length).toBeGreaterThan(0);
    });

    it("serves the open-data CSV on the gateway's origin", async () => {
      const { body } = await graphql(
        gateway,
        `
          {
            planOpenData(year: 2020) {
              csvUrl
            }
          }
        `,
      );
      expect(body.data.planOpenData.csvUrl).toBe(
        `http://localhost:${new URL(platform.url("gateway")).port}/open-data/pda-2020.csv`,
      );
      const response = await fetch(`${platform.url("gateway")}/open-data/pda-2020.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
      const lines = (await response.text()).trim().split("\n");
      expect(lines[0]).toMatch(/^anno,comunita_id,stato_piano,codice_azione/);
      expect(lines).toHaveLength(28);
    });
  });

  describe("communities", () => {
    it("answers the community page query with people resolved in batches", async () => {
      const peopleUrl = platform.url("people");
      const before = await metric(peopleUrl, "db_statements_total", 'outcome="ok"');
      const { body } = await graphql(
        gateway,
        `
          {
            community(slug: "competenze-digitali") {
              name
              memberships(role: CO_COORDINATORE) {
                person {
                  fullName
                  organization {
                    name
                  }
                }
              }
              meetings {
                kind
                startsAt
                attendanceCount
              }
              calendarFeedUrl
            }
          }
        `,
      );
      const statements = (await metric(peopleUrl, "db_statements_total", 'outcome="ok"')) - before;
      expect(body.errors).toBeUndefined();
      const community = body.data.community;
      expect(community.name).toBe("Competenze Digitali");
      expect(community.memberships.length).toBeGreaterThanOrEqual(2);
      for (const m of community.memberships) expect(m.person.organization.name).toBeTruthy();
      expect(community.meetings.map((m: { kind: string }) => m.kind)).toContain("KICK_OFF");
      expect(community.meetings[0].attendanceCount).toBeGreaterThan(0);
      // One statement for the people, one for their organizations, however many members.
      expect(statements).toBeLessThanOrEqual(2);
    });

    it("serves the community calendar on the gateway's origin", async () => {
      const response = await fetch(`${platform.url("gateway")}/calendar/competenze-digitali.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/calendar");
      expect(await response.text()).toContain("BEGIN:VCALENDAR");
    });

    it("adds the caller's community roles to the forwarded principal", async () => {
      const { body } = await graphql(
        gateway,
        `
          {
            community(slug: "dati") {
              memberships(role: CO_COORDINATORE) {
                person {
                  id
                }
              }
            }
          }
        `,
      );
      const coordinator = body.data.community.memberships[0].person.id;
      const token = await devToken(platform.url("gateway"), coordinator);
      const plan = await graphql(
        gateway,
        `
          {
            community(slug: "dati") {
              id
              currentPlan {
                id
                version
              }
            }
          }
        `,
        { token },
      );
      const { id, version } = plan.body.data.community.currentPlan;
      // Planning authorizes from the community roles the gateway looked up.
      const updated = await graphql(
        gateway,
        `
          mutation ($id: ID!, $v: Int!) {
            updateActivityPlan(
              id: $id
              version: $v
              input: { agendaNote: "Aggiornata dal co-coordinatore" }
            ) {
              plan {
                agendaNote
              }
            }
          }
        `,
        { token, variables: { id, v: version } },
      );
      expect(updated.body.errors).toBeUndefined();
      expect(updated.body.data.updateActivityPlan.plan.agendaNote).toBe(
        "Aggiornata dal co-coordinatore",
      );
    });
  });

  it("follows one federated query in one trace: gateway, each subgraph it touched, their SQL", async () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const { body } = await graphql(
      gateway,
      `
        {
          goalAction(code: "CD-2020-02") {
            title
            plan {
              community {
                name
              }
            }
            workingGroup {
              members {
                person {
                  fullName
                  organization {
                    name
                  }
                }
              }
            }
          }
        }
      `,
      { headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` } },
    );
    expect(body.errors).toBeUndefined();

    const touched = ["gateway", "planning", "communities", "people"];
    const inTrace = () => otlp.spans.filter((s) => s.traceId === traceId);
    const sqlOf = (service: string) =>
      inTrace().filter((s) => s.service === service && s.attributes["db.system.name"]);
    const deadline = Date.now() + 15_000;
    while (
      (Date.now() < deadline &&
        !touched.every((service) => inTrace().some((s) => s.service === service))) ||
      !touched.slice(1).every((service) => sqlOf(service).length > 0)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const spans = inTrace();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const tree = (parent: string | undefined, indent: string): string[] =>
      spans
        .filter((s) => (parent ? s.parentSpanId === parent : !byId.has(s.parentSpanId ?? "")))
        .flatMap((s) => [`${indent}${s.service}: ${s.name}`, ...tree(s.spanId, `${indent}  `)]);
    console.log(tree(undefined, "").join("\n"));
    const gatewayRequest = spans.find((s) => s.service === "gateway" && s.name.startsWith("query"));
    expect(gatewayRequest?.parentSpanId).toBe("b7ad6b7169203331");
    for (const service of touched.slice(1)) {
      // The subgraph's request span is a child of one of the gateway's (its fetch), ...
      const requests = spans.filter((s) => s.service === service && s.attributes["http.route"]);
      expect(requests.length, `${service} request spans`).toBeGreaterThan(0);
      for (const request of requests) {
        expect(byId.get(request.parentSpanId!)?.service, `${service} parent`).toBe("gateway");
      }
      // ... and its SQL statements are children of that request.
      const statements = sqlOf(service);
      expect(statements.length, `${service} SQL spans`).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(requests.map((r) => r.spanId)).toContain(statement.parentSpanId);
      }
    }
  });

  describe("plan board", () => {
    const board = `query($slug: String!) { community(slug: $slug) { name plans { year goalActions { code
      contributions { title }
      workingGroup { status members { role person { fullName organization { name } } } } } } } }`;

    async function cost(slug: string, token: string) {
      const services = platform.services.filter((s) => s.name !== "gateway");
      const read = () =>
        Promise.all(
          services.flatMap((s) => [
            metric(s.url, "graphql_operations_total"),
            metric(s.url, "db_statements_total", 'outcome="ok"'),
          ]),
        );
      const before = await read();
      const { body } = await graphql(gateway, board, { token, variables: { slug } });
      const after = await read();
      expect(body.errors).toBeUndefined();
      const delta = after.map((v, i) => v - before[i]!);
      const calls = delta.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
      const statements = delta.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
      const actions = body.data.community.plans.flatMap((p: any) => p.goalActions).length;
      return { calls, statements, actions };
    }

    it("costs the same subgraph calls and SQL statements for a plan ten times larger", async () => {
      const admin = people.find((p) => p.systemRoles.includes("ADMIN"))!;
      const token = await devToken(platform.url("gateway"), admin.id);
      const small = await cost("reti", token);

      // A 2021 plan for "territori-intelligenti" with 30 actions, each with an 8-person group.
      const communityId = (
        await graphql(
          gateway,
          `
            {
              community(slug: "territori-intelligenti") {
                id
              }
            }
          `,
        )
      ).body.data.community.id;
      const created = await graphql(
        gateway,
        `
          mutation ($c: ID!) {
            createActivityPlan(input: { communityId: $c, year: 2021 }) {
              plan {
                id
              }
            }
          }
        `,
        { token, variables: { c: communityId } },
      );
      const planId = created.body.data.createActivityPlan.plan.id;
      for (let i = 0; i < 30; i += 1) {
        const action = await graphql(
          gateway,
          `
            mutation ($p: ID!, $code: String!) {
              createGoalAction(
                planId: $p
                input: {
                  code: $code
                  title: "Azione di prova"
                  deliverableTitle: "Report"
                  deliverableKind: REPORT
                }
              ) {
                goalAction {
                  id
                }
              }
            }
          `,
          { token, variables: { p: planId, code: `TI-2021-${String(i + 10).padStart(2, "0")}` } },
        );
        const group = await graphql(
          gateway,
          `
            mutation ($a: ID!) {
              createWorkingGroup(goalActionId: $a, name: "GdL di prova") {
                workingGroup {
                  id
                }
              }
            }
          `,
          { token, variables: { a: action.body.data.createGoalAction.goalAction.id } },
        );
        const groupId = group.body.data.createWorkingGroup.workingGroup.id;
        for (let m = 0; m < 8; m += 1) {
          await graphql(
            gateway,
            `
              mutation ($g: ID!, $p: ID!) {
                addWorkingGroupMember(workingGroupId: $g, personId: $p) {
                  userErrors {
                    code
                  }
                }
              }
            `,
            { token, variables: { g: groupId, p: people[(i + m) % people.length]!.id } },
          );
        }
      }
      const large = await cost("territori-intelligenti", token);
      console.log(
        `plan board through the gateway: ${small.actions} actions → ${small.calls} subgraph calls, ${small.statements} SQL; ${large.actions} actions → ${large.calls} calls, ${large.statements} SQL`,
      );
      expect(large.actions).toBeGreaterThanOrEqual(10 * small.actions);
      expect(large.calls).toBe(small.calls);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe("repository", () => {
    it("finds the smart-working resources first, with stemming and consistent facets", async () => {
      const search = (query: string) =>
        graphql(
          gateway,
          `
            query ($q: String!) {
              searchResources(query: $q, first: 10) {
                totalCount
                facets {
                  kind {
                    value
                    count
                  }
                  topic {
                    value
                    count
                  }
                }
                edges {
                  snippet
                  node {
                    id
                    title
                    kind
                    topics {
                      slug
                    }
                  }
                }
              }
            }
          `,
          { variables: { q: query } },
        );
      const { body } = await search("lavoro agile");
      expect(body.errors).toBeUndefined();
      const result = body.data.searchResources;
      expect(result.totalCount).toBeGreaterThan(5);
      expect(result.edges[0].node.topics.map((t: { slug: string }) => t.slug)).toContain(
        "lavoro-agile",
      );
      const kinds = result.facets.kind.reduce(
        (sum: number, f: { count: number }) => sum + f.count,
        0,
      );
      expect(kinds).toBe(result.totalCount);
      const stemmed = (await search("lavori agili")).body.data.searchResources;
      expect(stemmed.totalCount).toBeGreaterThan(0);
    });

    it("tells who can help, with people and organizations resolved in batches", async () => {
      const peopleUrl = platform.url("people");
      const before = await metric(peopleUrl, "db_statements_total", 'outcome="ok"');
      const { body } = await graphql(
        gateway,
        `
          {
            whoCanHelp(topic: "lavoro-agile") {
              person {
                fullName
                organization {
                  name
                }
              }
              offers {
                contact
              }
            }
          }
        `,
      );
      const statements = (await metric(peopleUrl, "db_statements_total", 'outcome="ok"')) - before;
      expect(body.errors).toBeUndefined();
      expect(body.data.whoCanHelp.length).toBeGreaterThan(5);
      for (const helper of body.data.whoCanHelp) {
        expect(helper.person.fullName).toBeTruthy();
        expect(helper.person.organization.name).toBeTruthy();
      }
      expect(statements).toBeLessThanOrEqual(2);
    });
  });

  // Last: stops the platform the way `pnpm start` does on Ctrl-C.
  it("stops every service cleanly on SIGTERM", async () => {
    const started = Date.now();
    await platform.stop();
    for (const service of platform.services) {
      expect(service.child.exitCode, service.name).toBe(0);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
