import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stableId } from "@comtem/service-kit";
import { testBackends } from "@comtem/testing";
import { CAPS } from "../src/modules/common/caps.js";
import { startCommunities, type CommunitiesHarness } from "./harness.js";

/** docs/adr/0008-bounded-lists.md: a list that grows returns at most its cap, most relevant first. */
describe.each(testBackends())("bounded lists on %s", (backend) => {
  let h: CommunitiesHarness;
  const community = stableId("community:dati");
  const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000);

  beforeAll(async () => {
    h = await startCommunities(backend);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("returns at most CAPS.announcements announcements, the newest", async () => {
    const extra = CAPS.announcements + 5;
    await h.database.db
      .insertInto("announcement")
      .values(
        Array.from({ length: extra }, (_, n) => ({
          id: randomUUID(),
          community_id: community,
          title: `Avviso ${n}`,
          body: "…",
          topics: [],
          author_id: stableId("person:chiara-benassi"),
          published_at: day(n),
        })),
      )
      .execute();
    const result = await h.run<{ community: { announcements: { title: string }[] } }>(
      `query($id: ID!) { community(id: $id) { announcements { title } } }`,
      { id: community },
    );
    expect(result.errors).toBeUndefined();
    const titles = result.data!.community.announcements.map((a) => a.title);
    expect(titles).toHaveLength(CAPS.announcements);
    expect(titles[0]).toBe(`Avviso ${extra - 1}`);
    expect(titles.at(-1)).toBe(`Avviso ${extra - CAPS.announcements}`);
  });

  it("returns at most CAPS.meetings meetings, the most recent, in time order", async () => {
    const extra = CAPS.meetings + 3;
    await h.database.db
      .insertInto("meeting")
      .values(
        Array.from({ length: extra }, (_, n) => ({
          id: randomUUID(),
          community_id: community,
          kind: "ORDINARIA",
          mode: "REMOTO",
          title: `Incontro ${n}`,
          starts_at: day(n),
          ends_at: new Date(day(n).getTime() + 3_600_000),
        })),
      )
      .execute();
    const result = await h.run<{ community: { meetings: { title: string; startsAt: string }[] } }>(
      `query($id: ID!) { community(id: $id) { meetings { title startsAt } } }`,
      { id: community },
    );
    expect(result.errors).toBeUndefined();
    const meetings = result.data!.community.meetings;
    expect(meetings).toHaveLength(CAPS.meetings);
    const starts = meetings.map((m) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(meetings.at(-1)!.title).toBe(`Incontro ${extra - 1}`);
    expect(meetings[0]!.title).toBe(`Incontro ${extra - CAPS.meetings}`);
  });
});
