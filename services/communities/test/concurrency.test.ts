import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@comtem/service-kit";
import { testBackends } from "@comtem/testing";
import {
  admin,
  person,
  startCommunities,
  type CommunitiesHarness,
  type GraphQLResult,
} from "./harness.js";
import { communityA, communityB, createCast, insertMeeting, type Cast } from "./fixtures.js";

/**
 * Optimistic concurrency on the versioned rows of communities: two edits from the same version,
 * the second is a CONFLICT (field `version`), writes nothing, and the row keeps the first edit.
 * Without `version` (deprecated) the edit still applies: last write wins.
 */
describe.each(testBackends())("stale versions in communities on %s", (backend) => {
  let h: CommunitiesHarness;
  let cast: Cast;
  beforeAll(async () => {
    h = await startCommunities(backend);
    cast = await createCast(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const coordinator = () => person(cast.coordinator);

  async function insertContribution(): Promise<string> {
    const id = randomUUID();
    await h.database.db
      .insertInto("contribution")
      .values({
        id,
        community_id: communityA,
        meeting_id: null,
        kind: "PROPOSTA",
        status: "APERTA",
        title: "Una proposta",
        description: "Descrizione",
        person_id: cast.participant,
        organization_id: cast.organization,
        created_at: new Date(),
      })
      .execute();
    return id;
  }

  interface Case {
    name: string;
    /** The object's id and the version a client read. */
    prepare: () => Promise<{ id: string; version: number }>;
    mutation: string;
    /** Distinct edits: the first wins, the second must not overwrite it. */
    first: Record<string, unknown>;
    second: Record<string, unknown>;
    /** The edited value as returned by the mutation and as stored. */
    value: (result: GraphQLResult<any>) => unknown;
    stored: (id: string) => Promise<{ value: unknown; version: number }>;
    expectedFirst: unknown;
    expectedSecond: unknown;
    principal: () => Principal;
  }

  const cases: Case[] = [
    {
      name: "updateMeeting",
      prepare: async () => {
        const id = await insertMeeting(h);
        const { data } = await h.run(`query($id: ID!) { meeting(id: $id) { version } }`, { id });
        return { id, version: data!.meeting.version };
      },
      mutation: `mutation($id: ID!, $version: Int, $edit: UpdateMeetingInput!) { updateMeeting(id: $id, version: $version, input: $edit) { meeting { title version } } }`,
      first: { title: "Prima modifica" },
      second: { title: "Seconda modifica" },
      value: (r) => r.data?.updateMeeting?.meeting?.title,
      stored: async (id) => {
        const row = await h.database.db
          .selectFrom("meeting")
          .select(["title as value", "version"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        return row;
      },
      expectedFirst: "Prima modifica",
      expectedSecond: "Seconda modifica",
      principal: coordinator,
    },
    {
      name: "updateCommunity",
      prepare: async () => {
        const { data } = await h.run(`query { community(slug: "dati") { id version } }`);
        expect(data!.community.id).toBe(communityB);
        return { id: communityB, version: data!.community.version };
      },
      mutation: `mutation($id: ID!, $version: Int, $edit: UpdateCommunityInput!) { updateCommunity(id: $id, version: $version, input: $edit) { community { nameEn version } } }`,
      first: { nameEn: "Data (first)" },
      second: { nameEn: "Data (second)" },
      value: (r) => r.data?.updateCommunity?.community?.nameEn,
      stored: async (id) =>
        h.database.db
          .selectFrom("community")
          .select(["name_en as value", "version"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow(),
      expectedFirst: "Data (first)",
      expectedSecond: "Data (second)",
      principal: () => admin(cast.admin),
    },
    {
      name: "setContributionStatus",
      prepare: async () => {
        const id = await insertContribution();
        const { data } = await h.run(
          `query($id: ID!) { contribution(id: $id) { version } }`,
          { id },
          coordinator(),
        );
        return { id, version: data!.contribution.version };
      },
      mutation: `mutation($id: ID!, $version: Int, $edit: ContributionStatus!) { setContributionStatus(id: $id, version: $version, status: $edit) { contribution { status version } } }`,
      first: "ACCOLTA" as never,
      second: "NON_ACCOLTA" as never,
      value: (r) => r.data?.setContributionStatus?.contribution?.status,
      stored: async (id) =>
        h.database.db
          .selectFrom("contribution")
          .select(["status as value", "version"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow(),
      expectedFirst: "ACCOLTA",
      expectedSecond: "NON_ACCOLTA",
      principal: coordinator,
    },
  ];

  describe.each(cases)("$name", (c) => {
    it("exposes the version and bumps it with each edit", async () => {
      const { id, version } = await c.prepare();
      expect(version).toBeGreaterThanOrEqual(1);
      const result = await h.run(c.mutation, { id, version, edit: c.first }, c.principal());
      expect(result.errors).toBeUndefined();
      expect(c.value(result)).toBe(c.expectedFirst);
      expect(await c.stored(id)).toEqual({ value: c.expectedFirst, version: version + 1 });
    });

    it("refuses the second of two edits from the same version: CONFLICT, nothing written", async () => {
      const { id, version } = await c.prepare();
      const first = await h.run(c.mutation, { id, version, edit: c.first }, c.principal());
      expect(first.errors).toBeUndefined();
      const before = await h.snapshot();
      const second = await h.run(c.mutation, { id, version, edit: c.second }, c.principal());
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
      expect(await h.snapshot()).toBe(before);
      expect(await c.stored(id)).toEqual({ value: c.expectedFirst, version: version + 1 });
    });

    it("lets exactly one of two simultaneous edits from the same version through", async () => {
      const { id, version } = await c.prepare();
      const results = await Promise.all(
        [c.first, c.second].map((edit) => h.run(c.mutation, { id, version, edit }, c.principal())),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? null).sort();
      expect(codes).toEqual(["CONFLICT", null]);
      const winner = results.find((r) => !r.errors)!;
      expect(await c.stored(id)).toEqual({ value: c.value(winner), version: version + 1 });
    });

    it("still applies an edit without version (deprecated: last write wins)", async () => {
      const { id, version } = await c.prepare();
      await h.run(c.mutation, { id, version, edit: c.first }, c.principal());
      const blind = await h.run(c.mutation, { id, edit: c.second }, c.principal());
      expect(blind.errors).toBeUndefined();
      expect(await c.stored(id)).toEqual({ value: c.expectedSecond, version: version + 2 });
    });
  });
});
