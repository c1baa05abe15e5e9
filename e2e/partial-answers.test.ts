import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  repositoryRoot,
  startPlatform,
  type Platform,
  type SupervisedService,
} from "../scripts/platform.js";
import { graphql } from "./client.js";

/** The query the communities slice sends for a community page, from its persisted manifest. */
async function communityPageQuery(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(
      join(repositoryRoot, "apps/communities/src/gql/persisted-documents.json"),
      "utf8",
    ),
  ) as Record<string, string>;
  const query = Object.values(manifest).find((q) => q.startsWith("query CommunityDetail("));
  if (!query) throw new Error("CommunityDetail is not in the communities slice's manifest");
  return query;
}

/** kill -9; the platform below waits an hour before a restart, so it stays down. */
async function kill(service: SupervisedService): Promise<void> {
  const exited = once(service.child, "exit");
  service.child.kill("SIGKILL");
  await exited;
}

const HOUR = 3_600_000;

/**
 * Partial answers by design (docs/adr/0005-partial-answers.md): with the people subgraph dead,
 * a community page still shows what communities owns, its people read as null, and the error
 * names people.
 */
describe("partial answers", () => {
  let platform: Platform;
  let dataDir: string;
  let gateway: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-partial-"));
    const names = ["gateway", "communities", "planning", "repository", "people"];
    platform = await startPlatform({
      ports: Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()]))),
      env: { DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      onExit: () => {},
      // No restart within the test: it asks while people is down.
      backoff: { initialMs: HOUR, maxMs: HOUR, resetAfterMs: HOUR },
      // A first start creates and seeds four embedded databases: slow on a busy machine.
      readyTimeoutMs: 300_000,
    });
    gateway = `${platform.url("gateway")}/graphql`;
  }, 1_500_000);

  afterAll(async () => {
    await platform?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("shows a community page with the people subgraph killed, with an error naming people", async () => {
    const query = await communityPageQuery();
    const listed = await graphql(
      gateway,
      `
        {
          communities(first: 1) {
            edges {
              node {
                slug
              }
            }
          }
        }
      `,
    );
    const slug: string = listed.body.data.communities.edges[0].node.slug;

    const healthy = await graphql(gateway, query, { variables: { slug } });
    expect(healthy.body.errors).toBeUndefined();
    const before = healthy.body.data.community;
    expect(before.memberships.length).toBeGreaterThan(0);
    expect(before.memberships[0].person.fullName).toBeTruthy();

    await kill(platform.services.find((s) => s.name === "people")!);

    const partial = await graphql(gateway, query, { variables: { slug } });
    expect(partial.status).toBe(200);
    const community = partial.body.data.community;
    expect(community).not.toBeNull();
    // Everything the communities subgraph owns is there, as it was.
    expect(community).toMatchObject({
      id: before.id,
      slug,
      name: before.name,
      declaratoria: before.declaratoria,
      meetings: before.meetings,
    });
    expect(community.memberships).toHaveLength(before.memberships.length);
    expect(community.memberships[0]).toMatchObject({
      id: before.memberships[0].id,
      role: before.memberships[0].role,
      person: null,
      organization: null,
    });
    // The people subgraph's part is missing, and the error says so.
    const errors = partial.body.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((e) => e.extensions?.serviceName === "people" || e.message.includes("people")),
    ).toBe(true);
    expect(errors.every((e) => e.extensions?.code === "SUBGRAPH_UNAVAILABLE")).toBe(true);
  });

  it("keeps a community whose plans (a field planning adds to it) cannot be read, with an error naming planning", async () => {
    const query = `query ($slug: String!) { community(slug: $slug) { name plans { year } } }`;
    const slug = "reti";
    const healthy = await graphql(gateway, query, { variables: { slug } });
    expect(healthy.body.errors).toBeUndefined();
    expect(healthy.body.data.community.plans.length).toBeGreaterThan(0);

    await kill(platform.services.find((s) => s.name === "planning")!);

    const partial = await graphql(gateway, query, { variables: { slug } });
    expect(partial.status).toBe(200);
    expect(partial.body.data.community).toEqual({
      name: healthy.body.data.community.name,
      plans: null,
    });
    const errors = partial.body.errors ?? [];
    expect(errors.some((e) => e.extensions?.serviceName === "planning")).toBe(true);
    expect(errors.every((e) => e.extensions?.code === "SUBGRAPH_UNAVAILABLE")).toBe(true);
  });
});
