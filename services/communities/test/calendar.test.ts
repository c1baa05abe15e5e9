import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ical from "node-ical";
import { testBackends } from "@comtem/testing";
import { kickOffId } from "../src/seed/seed.js";
import { admin, startCommunities, type CommunitiesHarness } from "./harness.js";
import { communityA } from "./fixtures.js";

/** node-ical gives `URL;VALUE=URI:...` as `{ params, val }`. */
function urlOf(event: ical.VEvent): string {
  const url = event.url as unknown;
  return typeof url === "string" ? url : String((url as { val?: string })?.val);
}

describe.each(testBackends())("calendar feed and meeting times on %s", (backend) => {
  let h: CommunitiesHarness;
  let http: Server;
  let base: string;
  beforeAll(async () => {
    h = await startCommunities(backend);
    // A real HTTP listener on a free port, serving the subgraph's Express app.
    http = createServer(h.server.app);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => http?.close(() => resolve()));
    await h?.close();
  });

  const create = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id startsAt endsAt url } userErrors { code } } }`;
  const meetingAt = async (time: Record<string, unknown>, title: string) => {
    const result = await h.run(
      create,
      {
        input: {
          communityId: communityA,
          kind: "GRUPPO_DI_LAVORO",
          mode: "REMOTO",
          title,
          link: "https://videoconferenza.comtem.example/gdl",
          ...time,
        },
      },
      admin("00000000-0000-4000-8000-000000000001"),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createMeeting.meeting as {
      id: string;
      startsAt: string;
      endsAt: string;
      url: string;
    };
  };

  it("converts Europe/Rome wall times to UTC across the March 2020 DST change", async () => {
    const afterDst = await meetingAt(
      { localStart: "2020-03-30T10:00", durationMinutes: 120 },
      "Dopo il cambio d'ora",
    );
    expect(afterDst.startsAt).toBe("2020-03-30T08:00:00.000Z");
    expect(afterDst.endsAt).toBe("2020-03-30T10:00:00.000Z");
    const beforeDst = await meetingAt(
      { localStart: "2020-03-27T10:00", localEnd: "2020-03-27T11:30" },
      "Prima del cambio d'ora",
    );
    expect(beforeDst.startsAt).toBe("2020-03-27T09:00:00.000Z");
    expect(beforeDst.endsAt).toBe("2020-03-27T10:30:00.000Z");
    const withOffset = await meetingAt(
      { startsAt: "2020-03-30T10:00:00+02:00", endsAt: "2020-03-30T12:00:00+02:00" },
      "Con offset",
    );
    expect(withOffset.startsAt).toBe("2020-03-30T08:00:00.000Z");
    expect(withOffset.url).toBe(
      `http://web.test/comunita/competenze-digitali/incontri/${withOffset.id}`,
    );
  });

  it("serves /calendar/<slug>.ics as text/calendar that node-ical parses, with stable UIDs and links back", async () => {
    const afterDst = await meetingAt(
      { localStart: "2020-03-30T10:00", durationMinutes: 60 },
      "Gruppo A",
    );
    const beforeDst = await meetingAt(
      { localStart: "2020-03-27T10:00", durationMinutes: 60 },
      "Gruppo B",
    );
    const response = await fetch(`${base}/calendar/competenze-digitali.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await response.text();
    const events = Object.values(ical.sync.parseICS(text)).filter(
      (c): c is ical.VEvent => c?.type === "VEVENT",
    );
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const a = byUid.get(`${afterDst.id}@comtem`)!;
    const b = byUid.get(`${beforeDst.id}@comtem`)!;
    expect(new Date(a.start).toISOString()).toBe("2020-03-30T08:00:00.000Z");
    expect(new Date(b.start).toISOString()).toBe("2020-03-27T09:00:00.000Z");
    expect(new Date(a.end!).toISOString()).toBe("2020-03-30T09:00:00.000Z");
    expect(urlOf(a)).toBe(`http://web.test/comunita/competenze-digitali/incontri/${afterDst.id}`);
    // The seeded kick-off is there too, and the feed is stable: same UIDs on every download.
    expect(byUid.has(`${kickOffId("competenze-digitali")}@comtem`)).toBe(true);
    const again = await (await fetch(`${base}/calendar/competenze-digitali.ics`)).text();
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]).sort();
    expect(uids(again)).toEqual(uids(text));
    // System-wide plenaries are in every community's feed, linking to their own page.
    const plenary = events.find((e) => e.summary === "Plenaria annuale del Sistema ComTem 2020");
    expect(urlOf(plenary!)).toMatch(/^http:\/\/web\.test\/incontri\//);
  });

  it("answers 404 for an unknown community or a malformed file name", async () => {
    expect((await fetch(`${base}/calendar/non-esiste.ics`)).status).toBe(404);
    expect((await fetch(`${base}/calendar/competenze-digitali.txt`)).status).toBe(404);
    expect((await fetch(`${base}/calendar/..%2Fsecret.ics`)).status).toBe(404);
  });

  it("publishes calendarFeedUrl on the gateway's public origin", async () => {
    const result = await h.run(`{ community(slug: "competenze-digitali") { calendarFeedUrl } }`);
    expect(result.data!.community.calendarFeedUrl).toBe(
      "http://gateway.test/calendar/competenze-digitali.ics",
    );
  });

  it("refuses a local time skipped by the DST change, naming the field", async () => {
    const before = await h.snapshot();
    const result = await h.run(
      create,
      {
        input: {
          communityId: communityA,
          kind: "ORDINARIA",
          mode: "REMOTO",
          title: "Orario inesistente",
          link: "https://videoconferenza.comtem.example/x",
          localStart: "2020-03-29T02:30",
          durationMinutes: 60,
        },
      },
      admin("00000000-0000-4000-8000-000000000001"),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "localStart",
    });
    expect(await h.snapshot()).toBe(before);
  });
});
