import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  seedOrganizations,
  seedPeople,
  seededOrganizationId,
  seededPersonId,
} from "@comtem/seed-data";
import { testBackends } from "@comtem/testing";
import { seedCommunitiesData } from "../src/seed/seed.js";
import { admin, person, startCommunities, type CommunitiesHarness } from "./harness.js";
import { communityA, communityB, createCast, type Cast } from "./fixtures.js";

const seededPersonIds = new Set(seedPeople.map((p) => seededPersonId(p.key)));
const seededOrganizationIds = new Set(seedOrganizations.map((o) => seededOrganizationId(o.key)));
const regionPeople = new Set(
  seedPeople.filter((p) => p.organizationKey === "ipa:r_emiro").map((p) => seededPersonId(p.key)),
);
const lepidaPeople = new Set(
  seedPeople.filter((p) => p.organizationKey === "slug:lepida").map((p) => seededPersonId(p.key)),
);

describe.each(testBackends())("communities subgraph on %s", (backend) => {
  let h: CommunitiesHarness;
  let cast: Cast;
  beforeAll(async () => {
    h = await startCommunities(backend);
    cast = await createCast(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  describe("seed (2020, illustrative)", () => {
    it("is idempotent", async () => {
      expect(await seedCommunitiesData(h.database.db)).toEqual({
        communities: 0,
        memberships: 0,
        meetings: 0,
        contributions: 0,
        announcements: 0,
      });
    });

    it("has the ten communities with roles, meetings and contributions", async () => {
      const result = await h.run(`{
        communities(first: 20) { totalCount edges { node {
          slug name nameEn kind declaratoria { themes mission }
          coordinators: memberships(role: CO_COORDINATORE) { person { id } }
          region: memberships(role: REFERENTE_REGIONE) { person { id } }
          lepida: memberships(role: REFERENTE_LEPIDA) { person { id } }
          meetings { kind mode startsAt attendanceCount }
          contributions { kind meeting { kind } organization { id } person { id } }
        } } }
      }`);
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.communities.edges.map((e: any) => e.node);
      expect(nodes).toHaveLength(10);
      expect(nodes.map((n: any) => n.slug)).toContain("competenze-digitali");
      for (const n of nodes) {
        expect(n.nameEn).toBeTruthy();
        expect(n.declaratoria.themes.length).toBeGreaterThan(0);
        const coordinators = n.coordinators.filter((m: any) => seededPersonIds.has(m.person.id));
        expect(coordinators.length).toBeGreaterThanOrEqual(2);
        expect(coordinators.length).toBeLessThanOrEqual(4);
        expect(n.region).toHaveLength(1);
        expect(regionPeople.has(n.region[0].person.id)).toBe(true);
        expect(n.lepida).toHaveLength(1);
        expect(lepidaPeople.has(n.lepida[0].person.id)).toBe(true);
        const kickOff = n.meetings.find((m: any) => m.kind === "KICK_OFF");
        expect(kickOff.mode).toBe("REMOTO");
        expect(kickOff.startsAt >= "2020-03-01" && kickOff.startsAt < "2020-05-01").toBe(true);
        expect(kickOff.attendanceCount).toBeGreaterThan(0);
        const plan = n.meetings.find((m: any) => m.kind === "ORDINARIA");
        expect(plan.startsAt >= "2020-06-01" && plan.startsAt < "2020-08-01").toBe(true);
        expect(n.contributions.length).toBeGreaterThanOrEqual(5);
        expect(n.contributions.length).toBeLessThanOrEqual(10);
        for (const c of n.contributions) {
          expect(c.meeting.kind).toBe("KICK_OFF");
          expect(seededOrganizationIds.has(c.organization.id)).toBe(true);
        }
      }
      const participants = await h.database.db
        .selectFrom("membership")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("role", "=", "PARTECIPANTE")
        .where("person_id", "in", [...seededPersonIds])
        .executeTakeFirstOrThrow();
      expect(Number(participants.n)).toBeGreaterThanOrEqual(200);
      const plenaries = await h.run(
        `{ meetings(filter: { kind: PLENARIA }) { totalCount edges { node { community { id } attendanceCount } } } }`,
      );
      expect(plenaries.data!.meetings.totalCount).toBe(1);
      expect(plenaries.data!.meetings.edges[0].node.community).toBeNull();
    });

    it("answers the Done-when query with seeded people", async () => {
      const result = await h.run(`{
        community(slug: "competenze-digitali") {
          name
          memberships(role: CO_COORDINATORE) { person { id } }
          meetings { kind startsAt attendanceCount }
        }
      }`);
      expect(result.errors).toBeUndefined();
      const community = result.data!.community;
      expect(community.name).toBe("Competenze Digitali");
      const seeded = community.memberships.filter((m: any) => seededPersonIds.has(m.person.id));
      expect(seeded.length).toBeGreaterThanOrEqual(2);
      expect(community.meetings.map((m: any) => m.kind)).toEqual(
        expect.arrayContaining(["KICK_OFF", "ORDINARIA"]),
      );
      expect(community.meetings[0].attendanceCount).toBeGreaterThan(0);
    });

    it("has announcements about the 2020 call, VeLa, co-working and training", async () => {
      const result = await h.run(
        `{ announcements(first: 20) { totalCount edges { node { title body topics community { slug } author { id } } } } }`,
      );
      const titles = result.data!.announcements.edges.map((e: any) => e.node.title).join(" | ");
      expect(titles).toMatch(/55 progetti/);
      expect(titles).toMatch(/VeLa/);
      expect(titles).toMatch(/co-working/);
      expect(titles).toMatch(/[Ff]ormazione/);
      for (const e of result.data!.announcements.edges) {
        expect(seededPersonIds.has(e.node.author.id)).toBe(true);
      }
    });
  });

  describe("my memberships", () => {
    it("returns the caller's active grants from the memberships table (empty when anonymous)", async () => {
      expect(
        (await h.run(`{ myCommunityGrants { communityId role } }`)).data!.myCommunityGrants,
      ).toEqual([]);
      const grants = await h.run(
        `{ myCommunityGrants { communityId role } }`,
        {},
        person(cast.coordinator),
      );
      expect(grants.data!.myCommunityGrants).toEqual([
        { communityId: communityA, role: "CO_COORDINATORE" },
      ]);
      const seeded = seedPeople.find((p) => p.organizationKey === "ipa:r_emiro")!;
      const mine = await h.run(
        `{ myCommunityGrants { communityId role } myCommunities(first: 20) { totalCount edges { node { id } } } }`,
        {},
        person(seededPersonId(seeded.key)),
      );
      const ids = mine.data!.myCommunityGrants.map((g: any) => g.communityId).sort();
      expect(mine.data!.myCommunities.totalCount).toBe(ids.length);
      expect(mine.data!.myCommunities.edges.map((e: any) => e.node.id).sort()).toEqual(ids);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      expect((await h.run(`{ myCommunities { totalCount } }`)).data!.myCommunities.totalCount).toBe(
        0,
      );
    });

    it("extends Person with memberships and communities, Organization with contributions", async () => {
      const someone = seededPersonId(seedPeople[20]!.key);
      const result = await h.run(
        `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Person { id memberships { role community { slug } organization { id } } communities { slug } }
          ... on Organization { id contributions { title } }
        } }`,
        {
          r: [
            { __typename: "Person", id: someone },
            {
              __typename: "Organization",
              id: seededOrganizationId(seedPeople[20]!.organizationKey),
            },
          ],
        },
      );
      expect(result.errors).toBeUndefined();
      const [p, o] = result.data!._entities;
      expect(p.memberships.length).toBeGreaterThanOrEqual(4);
      expect(p.communities.map((c: any) => c.slug).sort()).toEqual(
        p.memberships.map((m: any) => m.community.slug).sort(),
      );
      expect(o.id).toBe(seededOrganizationId(seedPeople[20]!.organizationKey));
      expect(Array.isArray(o.contributions)).toBe(true);
    });
  });

  describe("join requests", () => {
    const request = `mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { joinRequest { id status } userErrors { code field message } } }`;

    it("approves a request into a PARTECIPANTE membership in one step, keeping history", async () => {
      const newcomer = randomUUID();
      const organizationId = randomUUID();
      const asked = await h.run(
        request,
        {
          input: {
            communityId: communityA,
            organizationId,
            motivation: "Siamo un nuovo ente aderente.",
          },
        },
        person(newcomer, organizationId),
      );
      const id = asked.data!.requestToJoin.joinRequest.id;
      expect(asked.data!.requestToJoin.joinRequest.status).toBe("PENDING");
      const pending = await h.run(
        `query($c: ID!) { joinRequests(communityId: $c, status: PENDING) { id person { id } } }`,
        { c: communityA },
        person(cast.coordinator),
      );
      expect(pending.data!.joinRequests.map((r: any) => r.id)).toContain(id);
      const approved = await h.run(
        `mutation($id: ID!) { approveJoinRequest(id: $id) { joinRequest { status decidedAt decidedBy { id } } membership { role active person { id } organization { id } } userErrors { code } } }`,
        { id },
        person(cast.coordinator),
      );
      expect(approved.data!.approveJoinRequest).toMatchObject({
        joinRequest: { status: "APPROVED", decidedBy: { id: cast.coordinator } },
        membership: {
          role: "PARTECIPANTE",
          active: true,
          person: { id: newcomer },
          organization: { id: organizationId },
        },
        userErrors: [],
      });
      const again = await h.run(
        `mutation($id: ID!) { approveJoinRequest(id: $id) { userErrors { code } } }`,
        { id },
        person(cast.coordinator),
      );
      expect(again.data!.approveJoinRequest.userErrors).toEqual([{ code: "NOT_PENDING" }]);
      const mine = await h.run(
        `{ myJoinRequests { status } myCommunityGrants { role } }`,
        {},
        person(newcomer),
      );
      expect(mine.data).toEqual({
        myJoinRequests: [{ status: "APPROVED" }],
        myCommunityGrants: [{ role: "PARTECIPANTE" }],
      });
    });

    it("rejects with a reason", async () => {
      const newcomer = randomUUID();
      const organizationId = randomUUID();
      const asked = await h.run(
        request,
        {
          input: {
            communityId: communityB,
            organizationId,
            motivation: "Vorremmo partecipare.",
          },
        },
        person(newcomer, organizationId),
      );
      const rejected = await h.run(
        `mutation($id: ID!) { rejectJoinRequest(id: $id, reason: "Il profilo indicato non è pertinente") { joinRequest { status reason } } }`,
        { id: asked.data!.requestToJoin.joinRequest.id },
        admin(cast.admin),
      );
      expect(rejected.data!.rejectJoinRequest.joinRequest).toEqual({
        status: "REJECTED",
        reason: "Il profilo indicato non è pertinente",
      });
    });

    it("accepts only the caller's own organization (admins: any), writing nothing otherwise", async () => {
      const newcomer = randomUUID();
      const own = randomUUID();
      const input = (organizationId: string) => ({
        communityId: communityB,
        organizationId,
        motivation: "Il nostro ente vuole partecipare.",
      });
      for (const [label, caller] of [
        ["another organization", person(newcomer, own)],
        ["no known organization (lookup failed)", person(newcomer)],
      ] as const) {
        const before = await h.snapshot();
        const refused = await h.run(request, { input: input(randomUUID()) }, caller);
        expect(refused.errors?.[0]?.extensions?.code, label).toBe("FORBIDDEN");
        expect(refused.data?.requestToJoin ?? null, label).toBeNull();
        expect(await h.snapshot(), `${label} wrote nothing`).toBe(before);
      }
      const accepted = await h.run(request, { input: input(own) }, person(newcomer, own));
      expect(accepted.data!.requestToJoin.userErrors).toEqual([]);
      const byAdmin = await h.run(
        request,
        { input: input(randomUUID()) },
        admin(randomUUID(), own),
      );
      expect(byAdmin.data!.requestToJoin.userErrors).toEqual([]);
    });

    it("refuses a duplicate pending request with a clear code, writing nothing", async () => {
      const newcomer = randomUUID();
      const input = {
        communityId: communityB,
        organizationId: randomUUID(),
        motivation: "Prima richiesta del nostro ente.",
      };
      const caller = person(newcomer, input.organizationId);
      expect((await h.run(request, { input }, caller)).data!.requestToJoin.userErrors).toEqual([]);
      const before = await h.snapshot();
      const duplicate = await h.run(request, { input }, caller);
      expect(duplicate.data!.requestToJoin.joinRequest).toBeNull();
      expect(duplicate.data!.requestToJoin.userErrors).toMatchObject([
        { code: "DUPLICATE_PENDING_REQUEST", field: "communityId" },
      ]);
      expect(await h.snapshot()).toBe(before);
      // The partial unique index holds even if the service check were bypassed.
      await expect(
        h.database.db
          .insertInto("join_request")
          .values({
            id: randomUUID(),
            community_id: communityB,
            person_id: newcomer,
            organization_id: randomUUID(),
            motivation: "x",
            status: "PENDING",
            created_at: new Date(),
          })
          .execute(),
      ).rejects.toThrow();
    });
  });

  describe("referents", () => {
    it("allows one active Referente Regione per community (service check and index)", async () => {
      const add = `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } userErrors { code field } } }`;
      const before = await h.snapshot();
      const second = await h.run(
        add,
        {
          input: {
            communityId: communityA,
            personId: randomUUID(),
            organizationId: randomUUID(),
            role: "REFERENTE_REGIONE",
          },
        },
        person(cast.coordinator),
      );
      expect(second.data!.addMembership.userErrors).toEqual([
        { code: "ROLE_TAKEN", field: "role" },
      ]);
      expect(await h.snapshot()).toBe(before);
      await expect(
        h.database.db
          .insertInto("membership")
          .values({
            id: randomUUID(),
            community_id: communityA,
            person_id: randomUUID(),
            organization_id: randomUUID(),
            role: "REFERENTE_LEPIDA",
            since: "2020-01-01",
          })
          .execute(),
      ).rejects.toThrow();
      // After the current referent's membership ends, a new one can be added.
      const current = await h.run(
        `{ community(slug: "competenze-digitali") { memberships(role: REFERENTE_REGIONE) { id } } }`,
      );
      const ended = await h.run(
        `mutation($id: ID!) { endMembership(id: $id) { membership { active } } }`,
        { id: current.data!.community.memberships[0].id },
        admin(cast.admin),
      );
      expect(ended.data!.endMembership.membership.active).toBe(false);
      const replaced = await h.run(
        add,
        {
          input: {
            communityId: communityA,
            personId: randomUUID(),
            organizationId: randomUUID(),
            role: "REFERENTE_REGIONE",
          },
        },
        person(cast.coordinator),
      );
      expect(replaced.data!.addMembership.userErrors).toEqual([]);
    });

    it("refuses a second active membership of the same person", async () => {
      const result = await h.run(
        `mutation($input: AddMembershipInput!) { addMembership(input: $input) { userErrors { code field } } }`,
        {
          input: {
            communityId: communityA,
            personId: cast.participant,
            organizationId: randomUUID(),
            role: "CO_COORDINATORE",
          },
        },
        admin(cast.admin),
      );
      expect(result.data!.addMembership.userErrors).toEqual([
        { code: "ALREADY_MEMBER", field: "personId" },
      ]);
    });
  });

  describe("bad input", () => {
    const createMeeting = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } userErrors { code } } }`;
    const meeting = (overrides: Record<string, unknown>) => ({
      communityId: communityA,
      kind: "ORDINARIA",
      mode: "REMOTO",
      title: "Incontro",
      link: "https://videoconferenza.comtem.example/x",
      startsAt: "2020-10-01T10:00:00+02:00",
      endsAt: "2020-10-01T12:00:00+02:00",
      ...overrides,
    });
    const announcement = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;
    const contribution = `mutation($input: CreateContributionInput!) { createContribution(input: $input) { contribution { id } } }`;

    it.each([
      [
        "unknown community",
        createMeeting,
        { input: meeting({ communityId: randomUUID() }) },
        "NOT_FOUND",
        "communityId",
      ],
      [
        "end before start",
        createMeeting,
        { input: meeting({ endsAt: "2020-10-01T09:00:00+02:00" }) },
        "BAD_USER_INPUT",
        "endsAt",
      ],
      [
        "end equal to start",
        createMeeting,
        { input: meeting({ endsAt: "2020-10-01T10:00:00+02:00" }) },
        "BAD_USER_INPUT",
        "endsAt",
      ],
      [
        "local end before local start",
        createMeeting,
        {
          input: meeting({
            startsAt: null,
            endsAt: null,
            localStart: "2020-10-01T10:00",
            localEnd: "2020-10-01T09:00",
          }),
        },
        "BAD_USER_INPUT",
        "localEnd",
      ],
      [
        "201-character title",
        createMeeting,
        { input: meeting({ title: "x".repeat(201) }) },
        "BAD_USER_INPUT",
        "title",
      ],
      [
        "http link",
        createMeeting,
        { input: meeting({ link: "http://videoconferenza.example/x" }) },
        "BAD_USER_INPUT",
        "link",
      ],
      [
        "remote meeting without link",
        createMeeting,
        { input: meeting({ link: null }) },
        "BAD_USER_INPUT",
        "link",
      ],
      [
        "non-plenary without community",
        createMeeting,
        { input: meeting({ communityId: null }) },
        "BAD_USER_INPUT",
        "communityId",
      ],
      [
        "both startsAt and localStart",
        createMeeting,
        { input: meeting({ localStart: "2020-10-01T10:00" }) },
        "BAD_USER_INPUT",
        "localStart",
      ],
      [
        "10,001-character body",
        announcement,
        { input: { communityId: communityA, title: "Titolo", body: "x".repeat(10_001) } },
        "BAD_USER_INPUT",
        "body",
      ],
      [
        "announcement for an unknown community",
        announcement,
        { input: { communityId: randomUUID(), title: "Titolo", body: "Testo" } },
        "NOT_FOUND",
        "communityId",
      ],
      [
        "contribution with a malformed community id",
        contribution,
        { input: { communityId: "abc", kind: "PROPOSTA", title: "Titolo", description: "Testo" } },
        "BAD_USER_INPUT",
        "communityId",
      ],
      [
        "contribution linked to another community's meeting",
        contribution,
        {
          input: {
            communityId: communityA,
            meetingId: "%KICKOFF_B%",
            kind: "PROPOSTA",
            title: "Titolo",
            description: "Testo",
          },
        },
        "BAD_USER_INPUT",
        "meetingId",
      ],
    ])("%s → %s naming %s, nothing written", async (_label, mutation, variables, code, field) => {
      const kickOffB = (
        await h.database.db
          .selectFrom("meeting")
          .select("id")
          .where("community_id", "=", communityB)
          .where("kind", "=", "KICK_OFF")
          .executeTakeFirstOrThrow()
      ).id;
      const vars = JSON.parse(JSON.stringify(variables).replace("%KICKOFF_B%", kickOffB));
      const before = await h.snapshot();
      const result = await h.run(mutation, vars, person(cast.coordinator));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await h.snapshot()).toBe(before);
    });

    it.each([
      ["first above the maximum", `{ communities(first: 101) { totalCount } }`, "first"],
      [
        "forged cursor",
        `{ meetings(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }`,
        "after",
      ],
      ["both id and slug", `{ community(id: "${randomUUID()}", slug: "dati") { id } }`, "slug"],
    ])("%s → BAD_USER_INPUT naming the field", async (_label, query, field) => {
      const result = await h.run(query);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    });

    it("stores announcement text as given (never sanitized, never HTML)", async () => {
      const body = `<script>alert("x")</script> & <b>grassetto</b>`;
      const result = await h.run(
        `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { body topics } } }`,
        {
          input: {
            communityId: communityA,
            title: "Testo <i>grezzo</i>",
            body,
            topics: ["formazione", "formazione"],
          },
        },
        person(cast.coordinator),
      );
      expect(result.data!.publishAnnouncement.announcement).toEqual({
        body,
        topics: ["formazione"],
      });
    });
  });

  describe("lists", () => {
    it("pages meetings by time with cursors and filters by community, kind and period", async () => {
      const query = `query($after: String) { meetings(first: 7, after: $after, filter: { from: "2020-01-01T00:00:00Z", to: "2021-01-01T00:00:00Z" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id startsAt } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const page: any = (await h.run(query, { after })).data!.meetings;
        total = page.totalCount;
        seen.push(...page.edges.map((e: any) => e.node.startsAt));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(total);
      expect([...seen].sort()).toEqual(seen);
      const kickOffs = await h.run(
        `query($c: ID!) { meetings(filter: { communityId: $c, kind: KICK_OFF }) { totalCount } }`,
        { c: communityA },
      );
      expect(kickOffs.data!.meetings.totalCount).toBe(1);
    });

    it("filters contributions by community, kind, status and organization", async () => {
      const all = await h.run(
        `query($c: ID!) { contributions(first: 100, filter: { communityId: $c }) { totalCount edges { node { kind status organization { id } } } } }`,
        { c: communityA },
      );
      const nodes = all.data!.contributions.edges.map((e: any) => e.node);
      const org = nodes[0].organization.id;
      const filtered = await h.run(
        `query($c: ID!, $o: ID!) { contributions(filter: { communityId: $c, kind: ESIGENZA, status: ACCOLTA, organizationId: $o }) { totalCount } }`,
        { c: communityA, o: org },
      );
      expect(filtered.data!.contributions.totalCount).toBe(
        nodes.filter(
          (n: any) => n.kind === "ESIGENZA" && n.status === "ACCOLTA" && n.organization.id === org,
        ).length,
      );
    });

    it("lists announcements newest first, optionally with the system-wide ones", async () => {
      const result = await h.run(
        `query($c: ID!) { own: announcements(filter: { communityId: $c }) { totalCount } all: announcements(filter: { communityId: $c, includeSystemWide: true }, first: 50) { totalCount edges { node { publishedAt } } } }`,
        { c: communityA },
      );
      const { own, all } = result.data!;
      expect(all.totalCount).toBeGreaterThan(own.totalCount);
      const dates = all.edges.map((e: any) => e.node.publishedAt);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it("reports attendance per organization", async () => {
      const result = await h.run(
        `{ community(slug: "dati") { meetings(kind: KICK_OFF) { attendanceCount attendanceByOrganization { organization { id } count } attendance { person { id } } registrationCount } } }`,
      );
      const [kickOff] = result.data!.community.meetings;
      const sum = kickOff.attendanceByOrganization.reduce((n: number, r: any) => n + r.count, 0);
      expect(sum).toBe(kickOff.attendanceCount);
      expect(kickOff.attendance).toHaveLength(kickOff.attendanceCount);
      expect(kickOff.registrationCount).toBeGreaterThanOrEqual(kickOff.attendanceCount);
    });
  });

  describe("batching", () => {
    const query = (first: number) =>
      `{ communities(first: ${first}) { edges { node { memberships { role person { id } } meetings { id attendanceCount registrationCount } contributions { id meeting { id } } announcements { id } } } } }`;

    it("costs a constant number of SQL statements whatever the number of communities", async () => {
      const cost = async (first: number) => {
        const before = h.database.statements();
        const result = await h.run(query(first));
        expect(result.errors).toBeUndefined();
        expect(result.data!.communities.edges).toHaveLength(first);
        return h.database.statements() - before;
      };
      const two = await cost(2);
      const ten = await cost(10);
      expect(ten).toBe(two);
      // list + count, then one per field: memberships, meetings, attendance, registrations,
      // contributions, announcements (contribution.meeting hits the same meeting loader).
      expect(ten).toBeLessThanOrEqual(9);
    });

    it("resolves 10 Community references with one SQL statement", async () => {
      const ids = (
        await h.database.db.selectFrom("community").select("id").limit(10).execute()
      ).map((r) => r.id);
      expect(ids).toHaveLength(10);
      const before = h.database.statements();
      const result = await h.run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { id slug } } }`,
        { r: ids.map((id) => ({ __typename: "Community", id })) },
      );
      expect(h.database.statements() - before).toBe(1);
      expect(result.data!._entities.map((e: any) => e.id)).toEqual(ids);
    });

    it("resolves Meeting and Contribution references in one statement each; unknown ones to null", async () => {
      const meetings = (
        await h.database.db.selectFrom("meeting").select("id").limit(15).execute()
      ).map((r) => r.id);
      const contributions = (
        await h.database.db.selectFrom("contribution").select("id").limit(15).execute()
      ).map((r) => r.id);
      const before = h.database.statements();
      const result = await h.run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Meeting { id } ... on Contribution { id } } }`,
        {
          r: [
            ...meetings.map((id) => ({ __typename: "Meeting", id })),
            ...contributions.map((id) => ({ __typename: "Contribution", id })),
            { __typename: "Meeting", id: "not-a-uuid" },
            { __typename: "Contribution", id: randomUUID() },
          ],
        },
      );
      expect(h.database.statements() - before).toBe(2);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.slice(-2)).toEqual([null, null]);
    });

    it("resolves Person.memberships for 40 people with one statement", async () => {
      const people = seedPeople.slice(0, 40).map((p) => seededPersonId(p.key));
      const before = h.database.statements();
      const result = await h.run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { memberships { role } } } }`,
        { r: people.map((id) => ({ __typename: "Person", id })) },
      );
      expect(result.errors).toBeUndefined();
      expect(h.database.statements() - before).toBe(1);
    });
  });
});
