import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  seedOrganizations,
  seedPeople,
  seededCommunityId,
  seededGoalActionId,
  seededOrganizationId,
  seededPersonId,
} from "@comtem/seed-data";
import { type Principal } from "@comtem/service-kit";
import { testBackends, testPrincipals } from "@comtem/testing";
import type { GoalActionLookup } from "../src/modules/planning/goal-actions.js";
import { seedRepositoryData } from "../src/seed/seed.js";
import { startRepository, type RepositoryHarness } from "./harness.js";

const competenze = seededCommunityId("competenze-digitali");
const dati = seededCommunityId("dati");
const person = (i: number) => seededPersonId(seedPeople[i]!.key);
/** The organization every signed-in test caller represents (as the gateway would look it up). */
const organization = seededOrganizationId("istat:040007");
const otherOrganization = seededOrganizationId("istat:036023");
const roles: Record<string, Principal | undefined> = {
  anonymous: undefined,
  participant: testPrincipals.member(
    person(1),
    [{ communityId: competenze, role: "PARTECIPANTE" }],
    organization,
  ),
  "co-coordinator of another community": testPrincipals.member(
    person(2),
    [{ communityId: dati, role: "CO_COORDINATORE" }],
    organization,
  ),
  "co-coordinator of this community": testPrincipals.member(
    person(3),
    [{ communityId: competenze, role: "CO_COORDINATORE" }],
    organization,
  ),
  admin: testPrincipals.admin(person(4)),
};
const somebodyElse = testPrincipals.member(person(5), [
  { communityId: competenze, role: "PARTECIPANTE" },
]);
const validYaml = () =>
  readFile(new URL("./fixtures/publiccode.valid.yml", import.meta.url), "utf8");

/** Goal-actions as the stand-in planning subgraph knows them. */
const goalActionOfCompetenze = "5a1c2b3d-0000-4000-8000-00000000c0de";
const goalActionPlanningCannotCheck = "5a1c2b3d-0000-4000-8000-0000000000ff";
/** Ordinary participants of the community who produce the goal-action's deliverable. */
const workingGroupMember = testPrincipals.member(
  person(6),
  [{ communityId: competenze, role: "PARTECIPANTE" }],
  organization,
);
const goalActionReferent = testPrincipals.member(
  person(7),
  [{ communityId: competenze, role: "PARTECIPANTE" }],
  organization,
);
/** Every question asked of the stand-in planning: who asked, about what. */
const planningLookups: { personId: string | null; goalActionId: string }[] = [];
const planning: GoalActionLookup = async (principal, goalActionId) => {
  planningLookups.push({ personId: principal.personId, goalActionId });
  if (goalActionId === goalActionPlanningCannotCheck) throw new Error("planning is down");
  return goalActionId === goalActionOfCompetenze
    ? {
        communityId: competenze,
        referentIds: [person(7)],
        workingGroupMemberIds: [person(8), person(6)],
      }
    : null;
};

type Result = { errors?: { extensions?: Record<string, unknown> }[]; data?: any };

describe.each(testBackends())("repository subgraph on %s", (backend) => {
  let repo: RepositoryHarness;
  beforeAll(async () => {
    repo = await startRepository(backend, planning);
  });
  afterAll(async () => {
    await repo?.close();
  });

  /** Everything a mutation could have written, to prove a refusal wrote nothing. */
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all(
        (["resource", "resource_revision", "support_offer"] as const).map((table) =>
          repo.database.db.selectFrom(table).selectAll().orderBy("id").execute(),
        ),
      ),
    );

  /** A resource inserted directly, as a fixture. */
  async function aResource(
    overrides: Partial<{
      status: string;
      community_id: string | null;
      created_by: string | null;
    }> = {},
  ) {
    return repo.database.db
      .insertInto("resource")
      .values({
        id: randomUUID(),
        title: "Risorsa di prova",
        summary: "Una risorsa per i test",
        body: "Testo",
        kind: "GUIDA",
        topics: ["lavoro-agile"],
        tags: [],
        keywords: "lavoro-agile",
        organization_id: organization,
        community_id: competenze,
        goal_action_id: null,
        status: "PUBBLICATA",
        license: null,
        software: null,
        published_at: new Date(),
        year: 2021,
        created_by: null,
        created_at: new Date(),
        updated_at: new Date(),
        ...overrides,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
  }

  describe("seed", () => {
    it("holds about 80 resources shared by about 20 bodies, and is idempotent", async () => {
      const db = repo.database.db;
      const resources = await db
        .selectFrom("resource")
        .select(["organization_id", "topics", "kind"])
        .execute();
      expect(resources.length).toBeGreaterThanOrEqual(75);
      expect(resources.length).toBeLessThanOrEqual(90);
      const localKinds = new Set(["UNIONE", "COMUNE", "PROVINCIA"]);
      const sharing = new Set(
        resources
          .filter((r) => r.topics.includes("lavoro-agile") && r.kind.startsWith("SOLUZIONE"))
          .map((r) => r.organization_id),
      );
      const local = seedOrganizations.filter(
        (o) => localKinds.has(o.kind) && sharing.has(seededOrganizationId(o.key)),
      );
      expect(local.length).toBeGreaterThanOrEqual(18);
      const helpers = await db.selectFrom("support_offer").select("person_id").distinct().execute();
      expect(helpers.length).toBe(20);
      const before = await snapshot();
      expect(await seedRepositoryData(db)).toEqual({ resources: 0, supportOffers: 0 });
      expect(await snapshot()).toBe(before);
    });

    it("links the deliverables of goal-actions", async () => {
      const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on GoalAction { id deliverableResources { title kind } } } }`;
      const { data, errors } = await repo.run(query, {
        reps: ["AD-2020-03", "DD-2020-03", "CM-2020-02", "CD-2020-02"].map((code) => ({
          __typename: "GoalAction",
          id: seededGoalActionId(code),
        })),
      });
      expect(errors).toBeUndefined();
      for (const entity of data!._entities) expect(entity.deliverableResources.length).toBe(1);
      expect(data!._entities[3].deliverableResources[0].kind).toBe("KIT_RIUSO");
    });
  });

  describe("search", () => {
    const search = `query($q: String, $first: Int!, $after: String, $filter: ResourceFilter) {
      searchResources(query: $q, first: $first, after: $after, filter: $filter) {
        totalCount
        facets { kind { value count } topic { value count } community { value count } year { value count } }
        pageInfo { hasNextPage endCursor }
        edges { snippet rank node { id title kind status topics { slug } } } } }`;

    it("finds smart-working resources first for «lavoro agile», with consistent facets", async () => {
      const { data, errors } = await repo.run(search, { q: "lavoro agile", first: 10 });
      expect(errors).toBeUndefined();
      const result = data!.searchResources;
      expect(result.edges).toHaveLength(10);
      for (const edge of result.edges) {
        expect(edge.node.topics.map((t: { slug: string }) => t.slug)).toContain("lavoro-agile");
        expect(edge.snippet).toContain("«");
      }
      const ranks = result.edges.map((e: { rank: number }) => e.rank);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      const kinds = result.facets.kind as { count: number }[];
      expect(kinds.reduce((sum, k) => sum + k.count, 0)).toBe(result.totalCount);
      expect(result.facets.topic[0]).toEqual({ value: "lavoro-agile", count: result.totalCount });
    });

    it("stems: «lavori agili» finds the same resources", async () => {
      const a = await repo.run(search, { q: "lavoro agile", first: 5 });
      const b = await repo.run(search, { q: "lavori agili", first: 5 });
      expect(b.errors).toBeUndefined();
      expect(b.data!.searchResources.totalCount).toBe(a.data!.searchResources.totalCount);
      expect(b.data!.searchResources.edges[0].node.id).toBe(
        a.data!.searchResources.edges[0].node.id,
      );
    });

    it("ranks title matches: «videoconferenza» finds the conferencing platforms", async () => {
      const { data } = await repo.run(search, { q: "videoconferenza sedute", first: 3 });
      for (const edge of data!.searchResources.edges) {
        expect(edge.node.title).toMatch(/videoconferenza/i);
      }
    });

    it("filters by kind, topic and year, and counts facets over the filtered set", async () => {
      const { data } = await repo.run(search, {
        q: "bando",
        first: 5,
        filter: { kind: "BANDO", year: 2020 },
      });
      expect(data!.searchResources.totalCount).toBe(1);
      expect(data!.searchResources.edges[0].node.title).toMatch(/Bando regionale 2020/);
      const coworking = await repo.run(search, { first: 50, filter: { topic: "coworking" } });
      const total = coworking.data!.searchResources.totalCount;
      expect(total).toBeGreaterThan(0);
      expect(coworking.data!.searchResources.facets.topic).toContainEqual({
        value: "coworking",
        count: total,
      });
    });

    it("pages through ranked results without duplicates or gaps", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 30; page += 1) {
        const res: Result = await repo.run(search, { q: "lavoro agile", first: 7, after });
        expect(res.errors).toBeUndefined();
        const connection = res.data!.searchResources;
        total = connection.totalCount;
        seen.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
    });

    it("shows drafts to admins only, never to anonymous callers", async () => {
      const filter = { status: "BOZZA" };
      const anonymous = await repo.run(search, { first: 10, filter });
      expect(anonymous.data!.searchResources.totalCount).toBe(0);
      const admin = await repo.run(search, { first: 10, filter }, roles.admin);
      expect(admin.data!.searchResources.totalCount).toBeGreaterThan(0);
      const all = await repo.run(search, { first: 100 });
      for (const edge of all.data!.searchResources.edges)
        expect(edge.node.status).toBe("PUBBLICATA");
    });

    it.each([
      ["SQL-like", "'; drop table resource; --"],
      ["quotes", `"lavoro agile" 'regolamento`],
      ["backslashes", "\\\\ lavoro \\ agile \\"],
      ["operators", "lavoro & | ! <-> :* ( ) -agile or"],
      ["emoji", "🏠💻 lavoro agile 🚀"],
      ["only stop words", "il la di"],
      ["empty", ""],
      ["spaces", "   "],
      ["500 characters", "a".repeat(500)],
    ])("answers odd input without an error: %s", async (_name, q) => {
      const { data, errors } = await repo.run(search, { q, first: 5 });
      expect(errors).toBeUndefined();
      expect(data!.searchResources.totalCount).toBeGreaterThanOrEqual(0);
      const kinds = data!.searchResources.facets.kind as { count: number }[];
      expect(kinds.reduce((sum, k) => sum + k.count, 0)).toBe(data!.searchResources.totalCount);
    });

    it("treats a query of only stop words as no text condition", async () => {
      const none = await repo.run(search, { first: 1 });
      const stop = await repo.run(search, { q: "il la di", first: 1 });
      expect(stop.data!.searchResources.totalCount).toBe(none.data!.searchResources.totalCount);
      expect(await repo.database.db.selectFrom("resource").select("id").execute()).not.toHaveLength(
        0,
      );
    });

    it.each([
      ["a 10,000-character query", { q: "lavoro ".repeat(1430), first: 5 }, "query"],
      ["first: 101", { q: "lavoro", first: 101 }, "first"],
      ["a forged cursor", { q: "lavoro", first: 5, after: "bm90LWEtY3Vyc29y" }, "after"],
      [
        "a cursor with SQL",
        {
          q: "lavoro",
          first: 5,
          after: Buffer.from(JSON.stringify(["1; drop table resource", randomUUID()])).toString(
            "base64url",
          ),
        },
        "after",
      ],
    ])("refuses %s with BAD_USER_INPUT", async (_name, variables, field) => {
      const { errors } = await repo.run(search, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    });
  });

  describe("publiccode.yml import", () => {
    const importMutation = `mutation($yaml: String!, $org: ID, $community: ID) {
      importPubliccode(yaml: $yaml, organizationId: $org, communityId: $community) {
        problems { path message line }
        userErrors { code }
        resource { id title summary body kind status license topics { slug } organization { id }
          software { repositoryUrl categories developmentStatus softwareType usedBy maintenanceType
            contacts { name email } organisationUri availableLanguages }
          revisions { version change } } } }`;
    const author = roles.participant;

    it("maps a valid file to a draft", async () => {
      const { data, errors } = await repo.run(
        importMutation,
        { yaml: await validYaml(), org: organization, community: competenze },
        author,
      );
      expect(errors).toBeUndefined();
      const payload = data!.importPubliccode;
      expect(payload.problems).toEqual([]);
      expect(payload.resource).toMatchObject({
        title: "Agile PA",
        kind: "SOLUZIONE_TECNOLOGICA",
        status: "BOZZA",
        license: "EUPL-1.2",
        summary: expect.stringMatching(/^Gestionale open source per accordi individuali/),
        body: expect.stringMatching(/^Agile PA aiuta gli uffici del personale/),
        organization: { id: organization },
        topics: [{ slug: "lavoro-agile" }],
        software: {
          repositoryUrl: "https://github.com/example-pa/agile-pa",
          categories: ["employee-management", "video-conferencing", "task-management"],
          developmentStatus: "STABLE",
          softwareType: "standalone/web",
          usedBy: ["Unione della Romagna Faentina", "Comune di Cesena"],
          maintenanceType: "INTERNAL",
          contacts: [{ name: "Servizio sistemi informativi associati", email: "sia@example.org" }],
          organisationUri: "urn:x-italian-pa:c_a944",
          availableLanguages: ["it", "en"],
        },
        revisions: [{ version: 1, change: "imported" }],
      });
      // Drafts are invisible to anonymous callers.
      const anonymous = await repo.run(`query($id: ID!) { resource(id: $id) { id } }`, {
        id: payload.resource.id,
      });
      expect(anonymous.data!.resource).toBeNull();
    });

    it("lists the problems of an invalid file with their paths, and writes nothing", async () => {
      const yaml = (await validYaml())
        .replace("license: EUPL-1.2", "license: Licenza-Comunale-1.0")
        .replace("  - video-conferencing\n", "  - smart-working\n")
        .replace("developmentStatus: stable", "developmentStatus: finished")
        .replace('type: "internal"', 'type: "volunteer"')
        .replace("  localisationReady: true\n", "")
        .replace(/ {4}features:\n( {6}- .*\n)+/g, "");
      const before = await snapshot();
      const { data, errors } = await repo.run(importMutation, { yaml }, author);
      expect(errors).toBeUndefined();
      const paths = (data!.importPubliccode.problems as { path: string }[]).map((p) => p.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          "legal.license",
          "categories[1]",
          "developmentStatus",
          "maintenance.type",
          "localisation.localisationReady",
          "description.it.features",
          "description.en.features",
        ]),
      );
      expect(data!.importPubliccode.resource).toBeNull();
      const license = data!.importPubliccode.problems.find(
        (p: { path: string }) => p.path === "legal.license",
      );
      expect(license.line).toBeGreaterThan(1);
      expect(await snapshot()).toBe(before);
    });

    it.each([
      [
        "missing mandatory keys",
        "publiccodeYmlVersion: '0.4'\nname: X\n",
        ["url", "platforms", "description", "legal.license"],
      ],
      ["an unsupported version", "publiccodeYmlVersion: '0.1'\n", ["publiccodeYmlVersion"]],
      ["a list instead of a mapping", "- a\n- b\n", [""]],
      ["malformed YAML", "name: [unclosed\n  url: : :\n", [""]],
      ["duplicate keys", "name: a\nname: b\n", [""]],
    ])("answers %s with problems", async (_name, yaml, paths) => {
      const before = await snapshot();
      const { data, errors } = await repo.run(importMutation, { yaml }, author);
      expect(errors).toBeUndefined();
      const found = (data!.importPubliccode.problems as { path: string; message: string }[]).map(
        (p) => p.path,
      );
      expect(found).toEqual(expect.arrayContaining(paths));
      for (const problem of data!.importPubliccode.problems) expect(problem.message).not.toBe("");
      expect(await snapshot()).toBe(before);
    });

    it("refuses a file over 100 KB with BAD_USER_INPUT", async () => {
      const yaml = `${await validYaml()}\n# ${"x".repeat(101 * 1024)}\n`;
      const { errors } = await repo.run(importMutation, { yaml }, author);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "yaml" });
    });

    it("refuses a YAML alias bomb as a problem, not a crash", async () => {
      const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
      const { data, errors } = await repo.run(importMutation, { yaml: bomb }, author);
      expect(errors).toBeUndefined();
      expect(data!.importPubliccode.problems[0].path).toBe("");
    });
  });

  describe("resources", () => {
    const create = `mutation($input: CreateResourceInput!) { createResource(input: $input) {
      resource { id version status bodyHtml body } userErrors { code field } } }`;
    const input = (overrides: Record<string, unknown> = {}) => ({
      title: "Regolamento per il lavoro agile dell'ente",
      summary: "Un regolamento di prova",
      body: "Testo",
      kind: "SOLUZIONE_ORGANIZZATIVA",
      topics: ["lavoro-agile"],
      tags: ["regolamento"],
      organizationId: organization,
      communityId: competenze,
      ...overrides,
    });

    it("escapes raw HTML in bodyHtml (no XSS)", async () => {
      const body =
        "# Titolo\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[link](javascript:alert(1)) **ok**";
      const { data, errors } = await repo.run(
        create,
        { input: input({ body }) },
        roles.participant,
      );
      expect(errors).toBeUndefined();
      const { bodyHtml, body: stored } = data!.createResource.resource;
      expect(stored).toBe(body);
      expect(bodyHtml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(bodyHtml).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(bodyHtml).not.toMatch(/<script|<img|href="javascript/i);
      expect(bodyHtml).toContain("<strong>ok</strong>");
    });

    it.each([
      ["a 201-character title", { title: "t".repeat(201) }, "input.title"],
      ["a 1,001-character summary", { summary: "s".repeat(1001) }, "input.summary"],
      ["a 50,001-character body", { body: "b".repeat(50_001) }, "input.body"],
      ["21 tags", { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "input.tags"],
      ["a 51-character tag", { tags: ["x".repeat(51)] }, "input.tags"],
      ["an unknown topic", { topics: ["smart-working"] }, "input.topics"],
      ["an http link", { links: [{ url: "http://example.org/a" }] }, "input.links.0.url"],
      [
        "a bad checksum",
        {
          attachments: [
            {
              url: "https://example.org/a.pdf",
              mediaType: "application/pdf",
              sizeBytes: 10,
              sha256: "abc",
            },
          ],
        },
        "input.attachments.0.sha256",
      ],
      ["an unknown license", { license: "Licenza-Comunale-1.0" }, "input.license"],
      [
        "a category outside publiccode.yml",
        { software: { categories: ["smart-working"] } },
        "input.software.categories",
      ],
    ])("refuses %s naming the field", async (_name, overrides, field) => {
      const before = await snapshot();
      const { errors } = await repo.run(create, { input: input(overrides) }, roles.participant);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await snapshot()).toBe(before);
    });

    it("accepts SPDX expressions and https attachments", async () => {
      const { data, errors } = await repo.run(
        create,
        {
          input: input({
            license: "mit OR Apache-2.0",
            attachments: [
              {
                url: "https://example.org/a.pdf",
                mediaType: "application/pdf",
                sizeBytes: 1024,
                sha256: "A".repeat(64),
              },
            ],
          }),
        },
        roles.participant,
      );
      expect(errors).toBeUndefined();
      const row = await repo.database.db
        .selectFrom("resource")
        .select(["license", "attachments"])
        .where("id", "=", data!.createResource.resource.id)
        .executeTakeFirstOrThrow();
      expect(row.license).toBe("MIT OR Apache-2.0");
      expect(row.attachments[0]!.sha256).toBe("a".repeat(64));
    });

    it("keeps a version history; a stale version is a CONFLICT and writes nothing", async () => {
      const author = roles.participant!;
      const { data } = await repo.run(create, { input: input() }, author);
      const id = data!.createResource.resource.id as string;
      const update = `mutation($id: ID!, $v: Int!, $title: String!) { updateResource(id: $id, version: $v, input: { title: $title }) { resource { version title } } }`;
      const first = await repo.run(update, { id, v: 1, title: "Primo titolo" }, author);
      expect(first.data!.updateResource.resource).toEqual({ version: 2, title: "Primo titolo" });
      const before = await snapshot();
      const stale = await repo.run(update, { id, v: 1, title: "Titolo vecchio" }, author);
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
      expect(await snapshot()).toBe(before);
      const publish = await repo.run(
        `mutation($id: ID!) { publishResource(id: $id, version: 2) { resource { status publishedAt } userErrors { code } } }`,
        { id },
        author,
      );
      expect(publish.data!.publishResource.resource.status).toBe("PUBBLICATA");
      const history = await repo.run(
        `query($id: ID!) { resource(id: $id) { revisions { version change title status editedBy { id } } } }`,
        { id },
        author,
      );
      expect(history.data!.resource.revisions).toEqual([
        {
          version: 3,
          change: "published",
          title: "Primo titolo",
          status: "PUBBLICATA",
          editedBy: { id: author.personId },
        },
        {
          version: 2,
          change: "updated",
          title: "Primo titolo",
          status: "BOZZA",
          editedBy: { id: author.personId },
        },
        {
          version: 1,
          change: "created",
          title: input().title,
          status: "BOZZA",
          editedBy: { id: author.personId },
        },
      ]);
      const anonymous = await repo.run(
        `query($id: ID!) { resource(id: $id) { revisions { version } } }`,
        { id },
      );
      expect(anonymous.data!.resource.revisions).toEqual([]);
    });

    it("does not publish an incomplete draft (userErrors)", async () => {
      const { id } = await aResource({ status: "BOZZA", created_by: person(1) });
      await repo.database.db
        .updateTable("resource")
        .set({ topics: [], summary: "" })
        .where("id", "=", id)
        .execute();
      const before = await snapshot();
      const { data } = await repo.run(
        `mutation($id: ID!) { publishResource(id: $id, version: 1) { resource { id } userErrors { code field } } }`,
        { id },
        roles.participant,
      );
      expect(data!.publishResource.userErrors).toEqual([
        { code: "INCOMPLETE", field: "summary" },
        { code: "INCOMPLETE", field: "topics" },
      ]);
      expect(await snapshot()).toBe(before);
    });
  });

  describe("role matrix", () => {
    interface Case {
      name: string;
      expected: Record<string, string | null>;
      setup: () => Promise<Record<string, unknown>>;
      run: (vars: Record<string, unknown>, p: Principal | undefined) => Promise<Result>;
    }
    const ok = null;
    const editors = {
      anonymous: "UNAUTHENTICATED",
      participant: "FORBIDDEN",
      "co-coordinator of another community": "FORBIDDEN",
      "co-coordinator of this community": ok,
      admin: ok,
    };
    const members = { ...editors, participant: ok };
    const published = async () => aResource();
    const cases: Case[] = [
      {
        name: "createResource",
        expected: members,
        setup: async () => ({}),
        run: (_v, p) =>
          repo.run(
            `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }`,
            {
              input: {
                title: "Nuova risorsa",
                kind: "GUIDA",
                organizationId: organization,
                communityId: competenze,
              },
            },
            p,
          ),
      },
      {
        name: "updateResource",
        expected: editors,
        setup: published,
        run: (v, p) =>
          repo.run(
            `mutation($id: ID!, $version: Int!) { updateResource(id: $id, version: $version, input: { summary: "Nuovo" }) { resource { id } } }`,
            v,
            p,
          ),
      },
      {
        name: "publishResource",
        // Someone else's draft does not exist for a participant or another community's coordinator.
        expected: {
          ...editors,
          participant: "NOT_FOUND",
          "co-coordinator of another community": "NOT_FOUND",
        },
        setup: () => aResource({ status: "BOZZA", created_by: somebodyElse.personId }),
        run: (v, p) =>
          repo.run(
            `mutation($id: ID!, $version: Int!) { publishResource(id: $id, version: $version) { resource { status } userErrors { code } } }`,
            v,
            p,
          ),
      },
      {
        name: "archiveResource",
        expected: editors,
        setup: published,
        run: (v, p) =>
          repo.run(
            `mutation($id: ID!, $version: Int!) { archiveResource(id: $id, version: $version) { resource { status } } }`,
            v,
            p,
          ),
      },
      {
        name: "setResourceFeatured",
        expected: editors,
        setup: published,
        run: (v, p) =>
          repo.run(
            `mutation($id: ID!, $version: Int!) { setResourceFeatured(id: $id, version: $version, featured: true) { resource { featured } } }`,
            v,
            p,
          ),
      },
      {
        name: "importPubliccode",
        expected: members,
        setup: async () => ({ yaml: await validYaml(), community: competenze }),
        run: (v, p) =>
          repo.run(
            `mutation($yaml: String!, $community: ID) { importPubliccode(yaml: $yaml, communityId: $community) { resource { id } problems { path } } }`,
            v,
            p,
          ),
      },
      {
        name: "offerSupport",
        expected: {
          anonymous: "UNAUTHENTICATED",
          participant: ok,
          "co-coordinator of another community": ok,
          "co-coordinator of this community": ok,
          admin: ok,
        },
        setup: async () => ({ id: (await published()).id }),
        run: (v, p) =>
          repo.run(
            `mutation($id: ID!) { offerSupport(input: { resourceId: $id, contact: "051 000 0000", availability: "lunedì" }) { offer { id active } userErrors { code } } }`,
            v,
            p,
          ),
      },
      {
        name: "withdrawSupportOffer",
        expected: {
          anonymous: "UNAUTHENTICATED",
          participant: "FORBIDDEN",
          "co-coordinator of another community": "FORBIDDEN",
          "co-coordinator of this community": "FORBIDDEN",
          admin: ok,
        },
        setup: async () => {
          const { id } = await published();
          const offer = await repo.run(
            `mutation($id: ID!) { offerSupport(input: { resourceId: $id, contact: "051 000 0001" }) { offer { id } } }`,
            { id },
            somebodyElse,
          );
          return { id: offer.data!.offerSupport.offer.id };
        },
        run: (v, p) =>
          repo.run(
            `mutation($id: ID!) { withdrawSupportOffer(id: $id) { offer { active } userErrors { code } } }`,
            v,
            p,
          ),
      },
    ];

    for (const testCase of cases) {
      it.each(Object.keys(roles))(`${testCase.name} as %s`, async (role) => {
        const vars = await testCase.setup();
        const before = await snapshot();
        const result = await testCase.run(vars, roles[role]);
        const code = testCase.expected[role];
        if (code) {
          expect(result.errors?.[0]?.extensions?.code).toBe(code);
          expect(await snapshot()).toBe(before);
        } else {
          expect(result.errors).toBeUndefined();
          const payload = Object.values(result.data!)[0] as { userErrors?: unknown[] };
          expect(payload.userErrors ?? []).toEqual([]);
          expect(await snapshot()).not.toBe(before);
        }
      });
    }

    it("lets the creator edit and publish their own draft, but not archive it", async () => {
      const { id } = await aResource({ status: "BOZZA", created_by: somebodyElse.personId });
      const publish = await repo.run(
        `mutation($id: ID!) { publishResource(id: $id, version: 1) { resource { status version } } }`,
        { id },
        somebodyElse,
      );
      expect(publish.data!.publishResource.resource).toEqual({ status: "PUBBLICATA", version: 2 });
      const archive = await repo.run(
        `mutation($id: ID!) { archiveResource(id: $id, version: 2) { resource { status } } }`,
        { id },
        somebodyElse,
      );
      expect(archive.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses a community the caller has no role in", async () => {
      const { errors } = await repo.run(
        `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }`,
        {
          input: {
            title: "Altrove",
            kind: "GUIDA",
            organizationId: organization,
            communityId: dati,
          },
        },
        roles.participant,
      );
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("support offers", () => {
    const who = `query($topic: String, $resourceId: ID, $first: Int!) { whoCanHelp(topic: $topic, resourceId: $resourceId, first: $first) {
      person { id } offers { id contact availability } resources { id title } } }`;

    it("groups active offers on published resources by person", async () => {
      const { data, errors } = await repo.run(
        who,
        { topic: "lavoro-agile", first: 100 },
        roles.participant,
      );
      expect(errors).toBeUndefined();
      const helpers = data!.whoCanHelp as {
        person: { id: string };
        offers: { contact: string }[];
        resources: unknown[];
      }[];
      expect(helpers.length).toBeGreaterThanOrEqual(20);
      expect(new Set(helpers.map((h) => h.person.id)).size).toBe(helpers.length);
      for (const helper of helpers) {
        expect(helper.resources.length).toBe(helper.offers.length);
        expect(helper.offers[0]!.contact).toBeTruthy();
      }
      const anonymous = await repo.run(who, { topic: "lavoro-agile", first: 1 });
      expect(anonymous.data!.whoCanHelp[0].offers[0].contact).toBeNull();
    });

    it("needs exactly one of topic and resourceId", async () => {
      const both = await repo.run(who, {
        topic: "lavoro-agile",
        resourceId: randomUUID(),
        first: 5,
      });
      expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const neither = await repo.run(who, { first: 5 });
      expect(neither.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("refuses offers on drafts as a user error", async () => {
      const { id } = await aResource({ status: "BOZZA", created_by: person(1) });
      const { data } = await repo.run(
        `mutation($id: ID!) { offerSupport(input: { resourceId: $id, contact: "051 000 0000" }) { offer { id } userErrors { code } } }`,
        { id },
        roles.participant,
      );
      expect(data!.offerSupport.userErrors).toEqual([{ code: "NOT_PUBLISHED" }]);
    });

    it("costs a constant number of SQL statements, whatever the number of helpers", async () => {
      const measure = async () => {
        const before = repo.database.statements();
        const { data, errors } = await repo.run(who, { topic: "lavoro-agile", first: 100 });
        expect(errors).toBeUndefined();
        return {
          statements: repo.database.statements() - before,
          helpers: data!.whoCanHelp.length,
        };
      };
      const small = await measure();
      const resources = await repo.database.db
        .selectFrom("resource")
        .select("id")
        .where("status", "=", "PUBBLICATA")
        .where(({ eb, val }) => eb(val("lavoro-agile"), "=", eb.fn.any("topics")))
        .execute();
      await repo.database.db
        .insertInto("support_offer")
        .values(
          Array.from({ length: 30 }, (_, i) => ({
            id: randomUUID(),
            resource_id: resources[i % resources.length]!.id,
            person_id: randomUUID(),
            contact: "051 000 0000",
            availability: null,
            created_at: new Date(),
            updated_at: new Date(),
          })),
        )
        .execute();
      const large = await measure();
      expect(large.helpers).toBe(small.helpers + 30);
      console.log(
        `whoCanHelp SQL statements: ${small.helpers} helpers → ${small.statements}, ${large.helpers} → ${large.statements}`,
      );
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBe(2);
    });
  });

  describe("federation", () => {
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Organization { id sharedResources { id status } } } }`;

    it("resolves sharedResources of 1 or 20 organizations with the same number of statements", async () => {
      const measure = async (keys: readonly string[]) => {
        const before = repo.database.statements();
        const { data, errors } = await repo.run(entities, {
          reps: keys.map((key) => ({ __typename: "Organization", id: seededOrganizationId(key) })),
        });
        expect(errors).toBeUndefined();
        return { statements: repo.database.statements() - before, data: data!._entities };
      };
      const { sharingBodies } = await import("../src/seed/resources-2020.js");
      const one = await measure(sharingBodies.slice(0, 1));
      const twenty = await measure(sharingBodies.slice(0, 20));
      expect(twenty.data).toHaveLength(20);
      for (const org of twenty.data) expect(org.sharedResources.length).toBeGreaterThan(0);
      console.log(
        `Organization.sharedResources SQL statements: 1 → ${one.statements}, 20 → ${twenty.statements}`,
      );
      expect(twenty.statements).toBe(one.statements);
      expect(twenty.statements).toBe(1);
    });

    it("hides drafts in sharedResources from anonymous callers", async () => {
      const reps = [{ __typename: "Organization", id: seededOrganizationId("istat:036023") }];
      const anonymous = await repo.run(entities, { reps });
      for (const r of anonymous.data!._entities[0].sharedResources)
        expect(r.status).toBe("PUBBLICATA");
      const admin = await repo.run(entities, { reps }, roles.admin);
      expect(admin.data!._entities[0].sharedResources.length).toBeGreaterThan(
        anonymous.data!._entities[0].sharedResources.length,
      );
    });

    it("extends Community, Person and resolves Resource references", async () => {
      const helper = seedPeople.find((p) => p.availableToHelp)!;
      const { data, errors } = await repo.run(
        `query($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Community { resources { id } }
          ... on Person { supportOffers { id resource { title } } } } }`,
        {
          reps: [
            { __typename: "Community", id: competenze },
            { __typename: "Person", id: seededPersonId(helper.key) },
          ],
        },
      );
      expect(errors).toBeUndefined();
      expect(data!._entities[0].resources.length).toBeGreaterThan(10);
      expect(data!._entities[1].supportOffers.length).toBeGreaterThan(0);
      const id = data!._entities[0].resources[0].id;
      const ref = await repo.run(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Resource { id title } } }`,
        { reps: [{ __typename: "Resource", id }] },
      );
      expect(ref.data!._entities[0].id).toBe(id);
    });

    it("lists the topics vocabulary with Italian and English labels", async () => {
      const { data } = await repo.run(`{ topics { slug labelIt labelEn } }`);
      expect(data!.topics).toHaveLength(16);
      expect(data!.topics[0]).toEqual({
        slug: "lavoro-agile",
        labelIt: "Lavoro agile",
        labelEn: "Smart working",
      });
    });
  });

  describe("viewerCan", () => {
    const query = `query($id: ID!) { resource(id: $id) { viewerCan { edit publish archive feature offerSupport } } }`;
    const expectedFor = (status: string): Record<string, Record<string, boolean>> => {
      const none = { edit: false, publish: false, archive: false, feature: false };
      const curator = {
        edit: true,
        publish: status !== "PUBBLICATA",
        archive: status !== "ARCHIVIATA",
        feature: status === "PUBBLICATA",
      };
      const offer = status === "PUBBLICATA";
      return {
        anonymous: { ...none, offerSupport: false },
        participant: { ...none, offerSupport: offer },
        "co-coordinator of another community": { ...none, offerSupport: offer },
        "co-coordinator of this community": { ...curator, offerSupport: offer },
        admin: { ...curator, offerSupport: offer },
      };
    };

    it.each(["PUBBLICATA", "BOZZA", "ARCHIVIATA"])(
      "matches the mutation rules on a %s resource of a community",
      async (status) => {
        const { id } = await aResource({ status, created_by: somebodyElse.personId });
        for (const [name, principal] of Object.entries(roles)) {
          const { data, errors } = await repo.run(query, { id }, principal);
          expect(errors, name).toBeUndefined();
          // Drafts of others do not exist for those who may not see them.
          if (data!.resource === null) {
            expect(status, name).not.toBe("PUBBLICATA");
            continue;
          }
          expect(data!.resource.viewerCan, `${name} on ${status}`).toEqual(
            expectedFor(status)[name],
          );
        }
      },
    );

    it("lets the creator edit and publish their draft, not archive or feature it", async () => {
      const { id } = await aResource({ status: "BOZZA", created_by: somebodyElse.personId });
      const { data } = await repo.run(query, { id }, somebodyElse);
      expect(data!.resource.viewerCan).toEqual({
        edit: true,
        publish: true,
        archive: false,
        feature: false,
        offerSupport: false,
      });
    });
  });

  describe("organization and deliverable links", () => {
    const create = `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id goalAction { id } organization { id } } } }`;
    const input = (overrides: Record<string, unknown> = {}) => ({
      input: {
        title: "Risorsa di un ente",
        kind: "GUIDA",
        organizationId: organization,
        ...overrides,
      },
    });
    const importYaml = `mutation($yaml: String!, $org: ID) { importPubliccode(yaml: $yaml, organizationId: $org) { resource { id } problems { path } } }`;

    async function refused(run: () => Promise<Result>, code: string) {
      const before = await snapshot();
      const result = await run();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(await snapshot()).toBe(before);
    }

    it("creates and imports only for the caller's own organization; admins for any", async () => {
      const participant = roles.participant!;
      const withoutOrganization = { ...participant, organizationId: null };
      for (const caller of [participant, withoutOrganization]) {
        await refused(
          () => repo.run(create, input({ organizationId: otherOrganization }), caller),
          "FORBIDDEN",
        );
        await refused(
          async () =>
            repo.run(importYaml, { yaml: await validYaml(), org: otherOrganization }, caller),
          "FORBIDDEN",
        );
      }
      const own = await repo.run(create, input(), participant);
      expect(own.errors).toBeUndefined();
      expect(own.data!.createResource.resource.organization.id).toBe(organization);
      const imported = await repo.run(
        importYaml,
        { yaml: await validYaml(), org: organization },
        participant,
      );
      expect(imported.errors).toBeUndefined();
      expect(imported.data!.importPubliccode.resource.id).toBeTruthy();
      const byAdmin = await repo.run(
        create,
        input({ organizationId: otherOrganization }),
        roles.admin,
      );
      expect(byAdmin.errors).toBeUndefined();
      const importedByAdmin = await repo.run(
        importYaml,
        { yaml: await validYaml(), org: otherOrganization },
        roles.admin,
      );
      expect(importedByAdmin.errors).toBeUndefined();
    });

    it("refuses moving a resource to another organization, except for admins", async () => {
      const { data } = await repo.run(create, input(), roles.participant);
      const id = data!.createResource.resource.id;
      const update = `mutation($id: ID!, $org: ID) { updateResource(id: $id, version: 1, input: { organizationId: $org }) { resource { id } } }`;
      await refused(
        () => repo.run(update, { id, org: otherOrganization }, roles.participant),
        "FORBIDDEN",
      );
    });

    it("links a deliverable for its working group, its referents and the plan's editors only", async () => {
      const link = input({ goalActionId: goalActionOfCompetenze, communityId: competenze });
      // A participant of the community outside the working group: refused, nothing written.
      await refused(() => repo.run(create, link, roles.participant), "FORBIDDEN");
      await refused(
        () =>
          repo.run(
            create,
            link,
            testPrincipals.member(
              person(2),
              [
                { communityId: dati, role: "CO_COORDINATORE" },
                { communityId: competenze, role: "PARTECIPANTE" },
              ],
              organization,
            ),
          ),
        "FORBIDDEN",
      );
      await refused(() => repo.run(create, link, undefined), "UNAUTHENTICATED");
      // Planning cannot answer: refused (fail closed); planning does not know it: NOT_FOUND.
      await refused(
        () =>
          repo.run(
            create,
            input({ goalActionId: goalActionPlanningCannotCheck, communityId: competenze }),
            roles["co-coordinator of this community"],
          ),
        "FORBIDDEN",
      );
      await refused(
        () =>
          repo.run(
            create,
            input({ goalActionId: goalActionPlanningCannotCheck, communityId: competenze }),
            workingGroupMember,
          ),
        "FORBIDDEN",
      );
      await refused(
        () =>
          repo.run(
            create,
            input({ goalActionId: randomUUID(), communityId: competenze }),
            roles["co-coordinator of this community"],
          ),
        "NOT_FOUND",
      );

      // One question to planning per link, asked as the caller.
      planningLookups.length = 0;
      const byMember = await repo.run(create, link, workingGroupMember);
      expect(byMember.errors).toBeUndefined();
      expect(byMember.data!.createResource.resource.goalAction.id).toBe(goalActionOfCompetenze);
      expect(planningLookups).toEqual([
        { personId: workingGroupMember.personId, goalActionId: goalActionOfCompetenze },
      ]);
      const byReferent = await repo.run(create, link, goalActionReferent);
      expect(byReferent.errors).toBeUndefined();
      expect(byReferent.data!.createResource.resource.goalAction.id).toBe(goalActionOfCompetenze);
      const byEditor = await repo.run(create, link, roles["co-coordinator of this community"]);
      expect(byEditor.errors).toBeUndefined();
      expect(byEditor.data!.createResource.resource.goalAction.id).toBe(goalActionOfCompetenze);
      const byAdmin = await repo.run(create, link, roles.admin);
      expect(byAdmin.errors).toBeUndefined();

      // Linking an existing resource through updateResource follows the same rule.
      const own = await repo.run(create, input({ communityId: competenze }), roles.participant);
      const id = own.data!.createResource.resource.id;
      const update = `mutation($id: ID!, $version: Int!, $ga: ID) { updateResource(id: $id, version: $version, input: { goalActionId: $ga }) { resource { goalAction { id } } } }`;
      await refused(
        () => repo.run(update, { id, version: 1, ga: goalActionOfCompetenze }, roles.participant),
        "FORBIDDEN",
      );
      const linked = await repo.run(
        update,
        { id, version: 1, ga: goalActionOfCompetenze },
        roles["co-coordinator of this community"],
      );
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.updateResource.resource.goalAction.id).toBe(goalActionOfCompetenze);

      // A working-group member's own draft: linked by them, and unlinking needs the rule too.
      const mine = await repo.run(create, input({ communityId: competenze }), workingGroupMember);
      const mineId = mine.data!.createResource.resource.id;
      const linkedByMember = await repo.run(
        update,
        { id: mineId, version: 1, ga: goalActionOfCompetenze },
        workingGroupMember,
      );
      expect(linkedByMember.errors).toBeUndefined();
      expect(linkedByMember.data!.updateResource.resource.goalAction.id).toBe(
        goalActionOfCompetenze,
      );
      const unlinked = await repo.run(
        update,
        { id: mineId, version: 2, ga: null },
        workingGroupMember,
      );
      expect(unlinked.errors).toBeUndefined();
      expect(unlinked.data!.updateResource.resource.goalAction).toBeNull();
    });
  });
});
