import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, type Principal } from "@comtem/service-kit";
import { testBackends } from "@comtem/testing";
import { admin, person, startCommunities, type CommunitiesHarness } from "./harness.js";
import {
  communityA,
  communityB,
  createCast,
  insertJoinRequest,
  insertMeeting,
  insertSlice,
  type Cast,
} from "./fixtures.js";

type Caller = "participant" | "coordinatorOfOther" | "coordinator" | "referent" | "admin";
/** "OK", an error code, or "user:<code>" for an expected business outcome in userErrors. */
type Outcome = "OK" | "FORBIDDEN" | `user:${string}`;

interface MatrixCase {
  name: string;
  mutation: string;
  /** Creates what the mutation acts on (fresh for every caller) and returns the variables. */
  prepare: (caller: Caller, principal: Principal) => Promise<Record<string, unknown>>;
  expected: Record<Caller, Outcome>;
}

const callers: Caller[] = ["participant", "coordinatorOfOther", "coordinator", "referent", "admin"];
const managersOnly: Record<Caller, Outcome> = {
  participant: "FORBIDDEN",
  coordinatorOfOther: "FORBIDDEN",
  coordinator: "OK",
  referent: "FORBIDDEN",
  admin: "OK",
};
const staff: Record<Caller, Outcome> = { ...managersOnly, referent: "OK" };
const members: Record<Caller, Outcome> = { ...staff, participant: "OK" };
const adminsOnly: Record<Caller, Outcome> = { ...managersOnly, coordinator: "FORBIDDEN" };

describe.each(testBackends())("role matrix of every mutation on %s", (backend) => {
  let h: CommunitiesHarness;
  let cast: Cast;
  beforeAll(async () => {
    h = await startCommunities(backend);
    cast = await createCast(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const principalOf = (caller: Caller): Principal =>
    caller === "admin" ? admin(cast.admin) : person(cast[caller], cast.organization);

  const meetingTime = { localStart: "2020-10-05T10:00", durationMinutes: 90 };
  const cases: MatrixCase[] = [
    {
      name: "createCommunity",
      mutation: `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id } userErrors { code field } } }`,
      prepare: async () => ({
        input: {
          slug: `prova-${randomUUID().slice(0, 8)}`,
          name: "Comunità di prova",
          nameEn: "Test community",
          kind: "SPECIFICA",
          activeFrom: "2021-01-01",
          declaratoria: {
            themes: ["prova"],
            mission: "Una missione di prova abbastanza lunga.",
            perimeter: "Un perimetro di prova abbastanza lungo.",
            longTermObjectives: "Obiettivi di lungo periodo di prova.",
            expectedResults: "Risultati attesi di prova.",
            participantProfile: "Profilo dei partecipanti di prova.",
          },
        },
      }),
      expected: adminsOnly,
    },
    {
      name: "updateCommunity",
      mutation: `mutation($id: ID!, $input: UpdateCommunityInput!) { updateCommunity(id: $id, input: $input) { community { nameEn } userErrors { code } } }`,
      prepare: async () => ({ id: communityA, input: { nameEn: "Digital Skills" } }),
      expected: managersOnly,
    },
    {
      name: "addMembership",
      mutation: `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id role } userErrors { code field } } }`,
      prepare: async () => ({
        input: {
          communityId: communityA,
          personId: randomUUID(),
          organizationId: randomUUID(),
          role: "PARTECIPANTE",
        },
      }),
      expected: managersOnly,
    },
    {
      name: "endMembership",
      mutation: `mutation($id: ID!) { endMembership(id: $id) { membership { until active } userErrors { code } } }`,
      prepare: async () => {
        const id = randomUUID();
        await h.database.db
          .insertInto("membership")
          .values({
            id,
            community_id: communityA,
            person_id: randomUUID(),
            organization_id: randomUUID(),
            role: "PARTECIPANTE",
            since: "2020-01-01",
          })
          .execute();
        return { id };
      },
      expected: managersOnly,
    },
    {
      name: "requestToJoin",
      mutation: `mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { joinRequest { id status } userErrors { code field } } }`,
      prepare: async (_caller, principal) => ({
        input: {
          communityId: communityA,
          organizationId: principal.organizationId ?? randomUUID(),
          motivation: "Il nostro ente vuole partecipare.",
        },
      }),
      expected: {
        participant: "user:ALREADY_MEMBER",
        coordinatorOfOther: "OK",
        coordinator: "user:ALREADY_MEMBER",
        referent: "user:ALREADY_MEMBER",
        admin: "OK",
      },
    },
    {
      name: "approveJoinRequest",
      mutation: `mutation($id: ID!) { approveJoinRequest(id: $id) { joinRequest { status } membership { role } userErrors { code } } }`,
      prepare: async () => ({ id: await insertJoinRequest(h) }),
      expected: managersOnly,
    },
    {
      name: "rejectJoinRequest",
      mutation: `mutation($id: ID!) { rejectJoinRequest(id: $id, reason: "Profilo non pertinente") { joinRequest { status reason } userErrors { code } } }`,
      prepare: async () => ({ id: await insertJoinRequest(h) }),
      expected: managersOnly,
    },
    {
      name: "withdrawJoinRequest (someone else's)",
      mutation: `mutation($id: ID!) { withdrawJoinRequest(id: $id) { joinRequest { status } userErrors { code } } }`,
      prepare: async () => ({ id: await insertJoinRequest(h) }),
      expected: { ...adminsOnly },
    },
    {
      name: "createMeeting",
      mutation: `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id startsAt } userErrors { code } } }`,
      prepare: async () => ({
        input: {
          communityId: communityA,
          kind: "ORDINARIA",
          mode: "REMOTO",
          title: "Incontro ordinario",
          link: "https://videoconferenza.comtem.example/ordinario",
          ...meetingTime,
        },
      }),
      expected: staff,
    },
    {
      name: "createMeeting (system-wide plenary)",
      mutation: `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } userErrors { code } } }`,
      prepare: async () => ({
        input: {
          kind: "PLENARIA",
          mode: "REMOTO",
          title: "Plenaria",
          link: "https://videoconferenza.comtem.example/plenaria",
          ...meetingTime,
        },
      }),
      expected: adminsOnly,
    },
    {
      name: "updateMeeting",
      mutation: `mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { meeting { title } userErrors { code } } }`,
      prepare: async () => ({
        id: await insertMeeting(h),
        input: { title: "Titolo aggiornato", minutes: "Verbale." },
      }),
      expected: staff,
    },
    {
      name: "setMeetingAttendance",
      mutation: `mutation($id: ID!, $attendees: [AttendeeInput!]!) { setMeetingAttendance(meetingId: $id, attendees: $attendees) { meeting { attendanceCount } userErrors { code } } }`,
      prepare: async () => ({
        id: await insertMeeting(h),
        attendees: [{ personId: cast.participant }, { personId: cast.coordinator }],
      }),
      expected: staff,
    },
    {
      name: "registerForMeeting",
      mutation: `mutation($id: ID!) { registerForMeeting(meetingId: $id) { meeting { registrationCount } userErrors { code } } }`,
      prepare: async () => ({ id: await insertMeeting(h) }),
      expected: members,
    },
    {
      name: "unregisterFromMeeting (own registration)",
      mutation: `mutation($id: ID!) { unregisterFromMeeting(meetingId: $id) { meeting { registrationCount } userErrors { code } } }`,
      prepare: async (_caller, principal) => {
        const id = await insertMeeting(h);
        await h.database.db
          .insertInto("meeting_registration")
          .values({ meeting_id: id, person_id: principal.personId!, created_at: new Date() })
          .execute();
        return { id };
      },
      expected: {
        participant: "OK",
        coordinatorOfOther: "OK",
        coordinator: "OK",
        referent: "OK",
        admin: "OK",
      },
    },
    {
      name: "createContribution",
      mutation: `mutation($input: CreateContributionInput!) { createContribution(input: $input) { contribution { id status } userErrors { code } } }`,
      prepare: async (caller) => ({
        input: {
          communityId: communityA,
          kind: "ESIGENZA",
          title: "Formazione sugli strumenti di collaborazione",
          description: "Servono moduli brevi.",
          ...(caller === "admin" ? { organizationId: randomUUID() } : {}),
        },
      }),
      expected: members,
    },
    {
      name: "setContributionStatus",
      mutation: `mutation($id: ID!) { setContributionStatus(id: $id, status: ACCOLTA) { contribution { status } userErrors { code } } }`,
      prepare: async () => {
        const id = randomUUID();
        await h.database.db
          .insertInto("contribution")
          .values({
            id,
            community_id: communityA,
            kind: "PROPOSTA",
            status: "APERTA",
            title: "Proposta",
            description: "Descrizione",
            person_id: cast.participant,
            organization_id: cast.organization,
            created_at: new Date(),
          })
          .execute();
        return { id };
      },
      expected: managersOnly,
    },
    {
      name: "publishAnnouncement",
      mutation: `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } userErrors { code } } }`,
      prepare: async () => ({
        input: { communityId: communityA, title: "Novità", body: "Testo", topics: ["formazione"] },
      }),
      expected: staff,
    },
    {
      name: "publishAnnouncement (system-wide)",
      mutation: `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } userErrors { code } } }`,
      prepare: async () => ({ input: { title: "Novità per tutti", body: "Testo" } }),
      expected: adminsOnly,
    },
    {
      name: "registerUiSlice",
      mutation: `mutation($input: RegisterUiSliceInput!) { registerUiSlice(input: $input) { uiSlice { id active } userErrors { code field } } }`,
      prepare: async () => ({
        input: {
          name: `slice-${randomUUID().slice(0, 8)}`,
          remoteName: "comtem_prova",
          manifestUrl: "http://localhost:3002/mf-manifest.json",
          exposedModule: "./Page",
          version: "1.0.0",
          communityId: communityA,
        },
      }),
      expected: managersOnly,
    },
    {
      name: "registerUiSlice (platform-wide)",
      mutation: `mutation($input: RegisterUiSliceInput!) { registerUiSlice(input: $input) { uiSlice { id } userErrors { code } } }`,
      prepare: async () => ({
        input: {
          name: `platform-${randomUUID().slice(0, 8)}`,
          remoteName: "comtem_platform",
          manifestUrl: "http://127.0.0.1:3003/mf-manifest.json",
          exposedModule: "./Widget",
          version: "1.0.0",
        },
      }),
      expected: adminsOnly,
    },
    {
      name: "activateUiSliceVersion",
      mutation: `mutation($name: String!) { activateUiSliceVersion(name: $name, version: "1.0.0") { uiSlice { version active } userErrors { code } } }`,
      prepare: async () => {
        const name = `slice-${randomUUID().slice(0, 8)}`;
        await insertSlice(h, name, "1.0.0", false);
        await insertSlice(h, name, "1.1.0", true);
        return { name };
      },
      expected: managersOnly,
    },
    {
      name: "setUiSliceEnabled",
      mutation: `mutation($name: String!) { setUiSliceEnabled(name: $name, enabled: false) { uiSlice { enabled } userErrors { code } } }`,
      prepare: async () => {
        const name = `slice-${randomUUID().slice(0, 8)}`;
        await insertSlice(h, name, "1.0.0", true);
        return { name };
      },
      expected: managersOnly,
    },
  ];

  it.each(cases)("$name", async ({ mutation, prepare, expected }) => {
    // Anonymous callers are refused before anything happens.
    {
      const variables = await prepare("participant", person(cast.participant));
      const before = await h.snapshot();
      const result = await h.run(mutation, variables, anonymous);
      expect(result.errors?.[0]?.extensions?.code, "anonymous").toBe("UNAUTHENTICATED");
      expect(await h.snapshot(), "anonymous wrote something").toBe(before);
    }
    for (const caller of callers) {
      const principal = principalOf(caller);
      const variables = await prepare(caller, principal);
      const before = await h.snapshot();
      const result = await h.run(mutation, variables, principal);
      const outcome = expected[caller];
      const payload = result.data ? (Object.values(result.data)[0] as any) : null;
      if (outcome === "OK") {
        expect(result.errors, caller).toBeUndefined();
        expect(payload.userErrors, caller).toEqual([]);
        expect(await h.snapshot(), `${caller} wrote nothing`).not.toBe(before);
      } else if (outcome.startsWith("user:")) {
        expect(result.errors, caller).toBeUndefined();
        expect(
          payload.userErrors.map((e: { code: string }) => e.code),
          caller,
        ).toEqual([outcome.slice(5)]);
        expect(await h.snapshot(), `${caller} wrote something`).toBe(before);
      } else {
        expect(result.errors?.[0]?.extensions?.code, caller).toBe(outcome);
        expect(await h.snapshot(), `${caller} wrote something`).toBe(before);
      }
    }
  });

  it("tells each caller what they may do in a community (viewerCan), by the rules of the mutations", async () => {
    const query = `query($id: ID!) { community(id: $id) { viewerCan { manage organize requestToJoin contribute registerForMeetings createPlan registerUiSlice } } }`;
    const none = {
      manage: false,
      organize: false,
      requestToJoin: false,
      contribute: false,
      registerForMeetings: false,
      createPlan: false,
      registerUiSlice: false,
    };
    const member = { ...none, contribute: true, registerForMeetings: true };
    const staff = { ...member, organize: true, createPlan: true };
    const manager = { ...staff, manage: true, registerUiSlice: true };
    // Fresh people, so that requests left by the matrix above do not count.
    const outsider = randomUUID();
    const coordinatorOfOther = randomUUID();
    await h.database.db
      .insertInto("membership")
      .values({
        id: randomUUID(),
        community_id: communityB,
        person_id: coordinatorOfOther,
        organization_id: cast.organization,
        role: "CO_COORDINATORE",
        since: "2020-01-10",
      })
      .execute();
    const expected: [string, Principal, typeof none][] = [
      ["anonymous", anonymous, none],
      ["outsider", person(outsider), { ...none, requestToJoin: true }],
      ["participant", person(cast.participant), member],
      [
        "co-coordinator of another community",
        person(coordinatorOfOther),
        { ...none, requestToJoin: true },
      ],
      ["referent", person(cast.referent), staff],
      ["co-coordinator", person(cast.coordinator), manager],
      ["admin", admin(randomUUID()), { ...manager, requestToJoin: true }],
      // Roles come from the memberships table, not from the forwarded principal.
      [
        "forged principal",
        {
          ...person(outsider),
          communityRoles: [{ communityId: communityA, role: "CO_COORDINATORE" }],
        },
        { ...none, requestToJoin: true },
      ],
    ];
    for (const [label, principal, capabilities] of expected) {
      const result = await h.run(query, { id: communityA }, principal);
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.community.viewerCan, label).toEqual(capabilities);
    }
    // A pending request turns requestToJoin off.
    const applicant = randomUUID();
    await insertJoinRequest(h, applicant);
    const pending = await h.run(query, { id: communityA }, person(applicant));
    expect(pending.data!.community.viewerCan.requestToJoin).toBe(false);
  });

  it("reads community roles from the memberships table, not from the forwarded principal", async () => {
    const forged: Principal = {
      personId: cast.outsider,
      systemRoles: [],
      communityRoles: [{ communityId: communityA, role: "CO_COORDINATORE" }],
    };
    const before = await h.snapshot();
    const result = await h.run(
      `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`,
      { input: { communityId: communityA, title: "Tentativo", body: "Testo" } },
      forged,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await h.snapshot()).toBe(before);
  });

  it("lets the requester withdraw their own pending request", async () => {
    const id = await insertJoinRequest(h, cast.outsider);
    const result = await h.run(
      `mutation($id: ID!) { withdrawJoinRequest(id: $id) { joinRequest { status decidedBy { id } } userErrors { code } } }`,
      { id },
      person(cast.outsider),
    );
    expect(result.data!.withdrawJoinRequest).toEqual({
      joinRequest: { status: "WITHDRAWN", decidedBy: { id: cast.outsider } },
      userErrors: [],
    });
  });

  it("lets a member end their own membership (leave)", async () => {
    const id: string = randomUUID();
    const me: string = randomUUID();
    await h.database.db
      .insertInto("membership")
      .values({
        id,
        community_id: communityA,
        person_id: me,
        organization_id: cast.organization,
        role: "PARTECIPANTE",
        since: "2020-01-01",
      })
      .execute();
    const result = await h.run(
      `mutation($id: ID!) { endMembership(id: $id, until: "2020-12-31") { membership { active until } userErrors { code } } }`,
      { id },
      person(me),
    );
    expect(result.data!.endMembership).toEqual({
      membership: { active: false, until: "2020-12-31" },
      userErrors: [],
    });
  });
});
