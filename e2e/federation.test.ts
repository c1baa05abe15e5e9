import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { gql } from "graphql-tag";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deployables,
  freePort,
  repositoryRoot,
  startService,
  type RunningService,
} from "../scripts/platform.js";
import { devPeople, devToken, graphql, metric } from "./client.js";
import { fixtureTypeDefs, startFixtureSubgraph } from "./fixture-subgraph.js";

const PORTS = { gateway: await freePort(), people: await freePort(), fixtures: await freePort() };
const TIMEOUT_MS = 1_500;

async function waitReady(url: string) {
  for (let i = 0; i < 300; i += 1) {
    if (
      await fetch(`${url}/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready`);
}

/**
 * The gateway over two real subgraphs: people, and a fixture subgraph that references people.
 * Measures batching of entity references, and what callers see when a subgraph fails.
 */
describe("federation", () => {
  let dataDir: string;
  let people: RunningService;
  let gatewayService: RunningService;
  let fixtures: Awaited<ReturnType<typeof startFixtureSubgraph>>;
  let gateway: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-federation-"));
    fixtures = await startFixtureSubgraph(PORTS.fixtures);
    const peopleSdl = await readFile(
      join(repositoryRoot, "services/people/schema.graphql"),
      "utf8",
    );
    const composed = composeServices([
      { name: "people", url: `http://127.0.0.1:${PORTS.people}/graphql`, typeDefs: gql(peopleSdl) },
      { name: "fixtures", url: fixtures.url, typeDefs: fixtureTypeDefs },
    ]);
    if (composed.errors) throw composed.errors[0];
    const supergraphPath = join(dataDir, "supergraph.graphql");
    await writeFile(supergraphPath, composed.supergraphSdl);

    const env = { env: { DATA_DIR: dataDir, LOG_LEVEL: "warn" }, stdio: "inherit" as const };
    const [peopleDeployable, gatewayDeployable] = ["people", "gateway"].map((name) =>
      deployables.find((d) => d.name === name)!,
    );
    people = startService(peopleDeployable!, PORTS.people, env, {
      PUBLIC_URL: `http://localhost:${PORTS.gateway}`,
    });
    await waitReady(people.url);
    gatewayService = startService(gatewayDeployable!, PORTS.gateway, env, {
      SUPERGRAPH_PATH: supergraphPath,
      PUBLIC_URL: `http://localhost:${PORTS.gateway}`,
      SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    await waitReady(gatewayService.url);
    gateway = `${gatewayService.url}/graphql`;
  });

  afterAll(async () => {
    for (const service of [gatewayService, people]) {
      if (service && service.child.exitCode === null && service.child.signalCode === null) {
        const exited = new Promise((r) => service.child.once("exit", r));
        service.child.kill("SIGTERM");
        await exited;
      }
    }
    await fixtures?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("resolves 200 Person references with one SQL statement in the people subgraph", async () => {
    const seeded = await devPeople(gatewayService.url);
    const admin = seeded.find((p) => p.systemRoles.includes("ADMIN"))!;
    const token = await devToken(gatewayService.url, admin.id);
    const organizationId = (
      await graphql(
        gateway,
        `
          {
            organization(ipaCode: "r_emiro") {
              id
            }
          }
        `,
      )
    ).body.data.organization.id;
    const ids = seeded.map((p) => p.id);
    for (let i = 0; ids.length < 200; i += 1) {
      const { body } = await graphql(
        gateway,
        `
          mutation ($input: NominatePersonInput!) {
            nominatePerson(input: $input) {
              person {
                id
              }
              userErrors {
                message
              }
            }
          }
        `,
        {
          token,
          variables: {
            input: {
              organizationId,
              newPerson: {
                givenName: "Persona",
                familyName: `Demo ${i}`,
                email: `persona.demo.${i}@demo.comtem.example`,
                publicRole: "Funzionario",
              },
              nominatedOn: "2020-06-01",
              actReference: `Atto demo n. ${i}/2020`,
            },
          },
        },
      );
      ids.push(body.data.nominatePerson.person.id);
    }

    const before = await metric(people.url, "db_statements_total", 'outcome="ok"');
    const { body } = await graphql(
      gateway,
      `
        query ($ids: [ID!]!) {
          assignments(personIds: $ids) {
            id
            person {
              id
              fullName
            }
          }
        }
      `,
      { variables: { ids } },
    );
    const after = await metric(people.url, "db_statements_total", 'outcome="ok"');
    expect(body.errors).toBeUndefined();
    expect(body.data.assignments).toHaveLength(200);
    expect(body.data.assignments.every((a: any) => a.person.fullName)).toBe(true);
    console.log(`200 Person references through the gateway: ${after - before} SQL statement(s)`);
    expect(after - before).toBe(1);
  });

  it("answers 200 with an error naming a slow subgraph, within the timeout", async () => {
    const started = Date.now();
    const response = await graphql(
      gateway,
      `
        {
          ping
          slow(ms: 5000)
        }
      `,
    );
    const elapsed = Date.now() - started;
    expect(response.status).toBe(200);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
      serviceName: "fixtures",
    });
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it("keeps serving when the people subgraph is killed", async () => {
    const exited = new Promise((r) => people.child.once("exit", r));
    people.child.kill("SIGKILL");
    await exited;

    const started = Date.now();
    const broken = await graphql(
      gateway,
      `
        {
          ping
          organizations(first: 1) {
            totalCount
          }
        }
      `,
    );
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2_000);
    expect(broken.status).toBe(200);
    expect(broken.body.errors?.[0]?.message).toContain("people");
    expect(broken.body.errors?.[0]?.extensions).toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
      serviceName: "people",
    });
    expect(JSON.stringify(broken.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);

    const healthy = await graphql(
      gateway,
      `
        {
          ping
        }
      `,
    );
    expect(healthy.body).toEqual({ data: { ping: "pong" } });
    expect((await fetch(`${gatewayService.url}/health`)).status).toBe(200);
  });
});
