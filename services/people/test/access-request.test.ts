import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, gatewayPrincipal, type Principal } from "@comtem/service-kit";
import { seedPeople, seededOrganizationId, seededPersonId } from "@comtem/seed-data";
import { testBackends, testPrincipals } from "@comtem/testing";
import { splitFullName } from "../src/modules/access-request/access-request.service.js";
import { startPeople, type PeopleHarness } from "./harness.js";

const { admin, member } = testPrincipals;
const [alice] = seedPeople.filter((p) => p.systemRoles.length === 0);
const lepidaAdmin = seedPeople.find((p) => p.systemRoles.includes("ADMIN"))!;
const aliceId = seededPersonId(alice!.key);
const adminId = seededPersonId(lepidaAdmin.key);
const organizationId = seededOrganizationId(alice!.organizationKey);

const ISSUER = "https://idp.regione.emilia-romagna.example/oidc";
/** What the gateway forwards for a verified token no person is linked to. */
const unlinked = (subject: string, fiscalCode: string | null = null): Principal => ({
  ...anonymous,
  externalIdentity: { issuer: ISSUER, subject, fiscalCode },
});

const FIELDS = `id fullName email message status createdAt decidedAt rejectionReason issuer fiscalCode organization { id } person { id fullName email fiscalCode organization { id } }`;
const REQUEST = `mutation($input: RequestAccessInput!) { requestAccess(input: $input) { accessRequest { ${FIELDS} } userErrors { field code message } } }`;
const MINE = `{ myAccessRequest { ${FIELDS} } }`;
const LIST = `query($status: AccessRequestStatus, $first: Int, $after: String) { accessRequests(status: $status, first: $first, after: $after) { totalCount edges { cursor node { id fullName status } } pageInfo { hasNextPage endCursor } } }`;
const APPROVE = `mutation($id: ID!, $personId: ID) { approveAccessRequest(id: $id, personId: $personId) { accessRequest { ${FIELDS} } userErrors { field code } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectAccessRequest(id: $id, reason: $reason) { accessRequest { ${FIELDS} } userErrors { field code } } }`;
const RESOLVE = `query($issuer: String!, $subject: String!) { identityLink(issuer: $issuer, subject: $subject) { personId systemRoles } }`;
const IDENTITIES = `query($id: ID!) { person(id: $id) { identities { issuer subject fiscalCode linkedHow linkedBy linkedAt } } }`;

describe("splitFullName", () => {
  it("takes the last word as the family name", () => {
    expect(splitFullName("  Maria Grazia   Rossi ")).toEqual({
      given: "Maria Grazia",
      family: "Rossi",
    });
    expect(splitFullName("Rossi")).toEqual({ given: "", family: "Rossi" });
  });
});

describe.each(testBackends())("requests to be added on %s", (backend) => {
  let people: PeopleHarness;
  beforeAll(async () => {
    people = await startPeople(backend);
  });
  afterAll(async () => {
    await people?.close();
  });

  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;
  const count = async (table: "access_request" | "person" | "external_identity") =>
    Number(
      (
        await people.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const input = (overrides: Record<string, unknown> = {}) => ({
    fullName: "  Giulia Neri ",
    email: "Giulia.Neri@Comune.example.it",
    organizationId,
    message: "Sono la nuova RTD del Comune.",
    ...overrides,
  });
  const request = async (principal: Principal, overrides: Record<string, unknown> = {}) =>
    people.run(REQUEST, { input: input(overrides) }, principal);

  it("records a request of a signed-in, unlinked caller, which they then see as theirs", async () => {
    const caller = unlinked("pairwise-giulia", "RSSGLI85M41A944X");
    expect((await people.run(MINE, {}, caller)).data!.myAccessRequest).toBeNull();
    const result = await request(caller);
    expect(result.errors).toBeUndefined();
    const created = result.data!.requestAccess.accessRequest;
    expect(result.data!.requestAccess.userErrors).toEqual([]);
    expect(created).toMatchObject({
      fullName: "Giulia Neri",
      email: "giulia.neri@comune.example.it",
      message: "Sono la nuova RTD del Comune.",
      status: "PENDING",
      decidedAt: null,
      rejectionReason: null,
      issuer: ISSUER,
      fiscalCode: "RSSGLI85M41A944X",
      organization: { id: organizationId },
      person: null,
    });
    expect((await people.run(MINE, {}, caller)).data!.myAccessRequest).toEqual(created);
    // Someone else, a person, or an anonymous caller has none.
    for (const other of [unlinked("pairwise-other"), member(aliceId), anonymous]) {
      expect((await people.run(MINE, {}, other)).data!.myAccessRequest).toBeNull();
    }
  });

  it("answers a second request while one is pending with DUPLICATE, also when concurrent", async () => {
    const caller = unlinked("pairwise-dup");
    expect((await request(caller)).data!.requestAccess.userErrors).toEqual([]);
    const before = await count("access_request");
    const again = await request(caller, { fullName: "Someone Else" });
    expect(again.data!.requestAccess).toMatchObject({
      accessRequest: null,
      userErrors: [{ field: null, code: "DUPLICATE" }],
    });
    const racer = unlinked("pairwise-race");
    const results = await Promise.all([request(racer), request(racer)]);
    expect(results.map((r) => r.data!.requestAccess.userErrors.length).sort()).toEqual([0, 1]);
    expect(await count("access_request")).toBe(before + 1);
  });

  it("validates the input at the edge and the organization against the data", async () => {
    const caller = unlinked("pairwise-invalid");
    const before = await count("access_request");
    for (const [overrides, field] of [
      [{ fullName: " x " }, "fullName"],
      [{ fullName: "x".repeat(201) }, "fullName"],
      [{ email: "not-an-email" }, "email"],
      [{ message: "m".repeat(2001) }, "message"],
      [{ organizationId: "nope" }, "organizationId"],
    ] as const) {
      const result = await request(caller, overrides);
      expect(code(result)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors![0]!.extensions)).toContain(field);
    }
    const unknown = await request(caller, {
      organizationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.data!.requestAccess.userErrors).toEqual([
      { field: "organizationId", code: "NOT_FOUND", message: "No such organization" },
    ]);
    expect(await count("access_request")).toBe(before);
  });

  it("lets only a signed-in, unlinked caller ask", async () => {
    const before = await count("access_request");
    expect(code(await request(anonymous))).toBe("UNAUTHENTICATED");
    expect(code(await request(gatewayPrincipal))).toBe("UNAUTHENTICATED");
    expect(code(await request(member(aliceId)))).toBe("FORBIDDEN");
    expect(code(await request(admin(adminId)))).toBe("FORBIDDEN");
    // A principal with a person never asks, even with a provider identity beside it.
    expect(code(await request({ ...unlinked("pairwise-x"), personId: aliceId }))).toBe("FORBIDDEN");
    expect(await count("access_request")).toBe(before);
  });

  it("lists requests to admins only, oldest first, a page at a time", async () => {
    for (const principal of [anonymous, unlinked("pairwise-giulia")]) {
      expect(code(await people.run(LIST, {}, principal))).toBe("UNAUTHENTICATED");
    }
    expect(code(await people.run(LIST, {}, member(aliceId)))).toBe("FORBIDDEN");
    const all = (await people.run(LIST, { first: 100 }, admin(adminId))).data!.accessRequests;
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.edges.every((e: { node: { status: string } }) => e.node.status === "PENDING")).toBe(
      true,
    );
    expect(all.edges[0].node.fullName).toBe("Giulia Neri");
    const first = (await people.run(LIST, { first: 1 }, admin(adminId))).data!.accessRequests;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await people.run(LIST, { first: 1, after: first.pageInfo.endCursor }, admin(adminId))
    ).data!.accessRequests;
    expect(second.edges[0].node.id).toBe(all.edges[1].node.id);
  });

  it("approves: creates the person, links the identity (ACCESS_REQUEST) and records the decision", async () => {
    const caller = unlinked("pairwise-approve", "VRDLGI80A01H501X");
    const id = (
      await request(caller, { email: "luigi.verdi@comune.example.it", fullName: "Luigi Verdi" })
    ).data!.requestAccess.accessRequest.id;
    const [persons, links] = [await count("person"), await count("external_identity")];
    // Only admins decide.
    for (const [principal, expected] of [
      [anonymous, "UNAUTHENTICATED"],
      [caller, "UNAUTHENTICATED"],
      [member(aliceId), "FORBIDDEN"],
    ] as const) {
      expect(code(await people.run(APPROVE, { id }, principal))).toBe(expected);
      expect(code(await people.run(REJECT, { id, reason: "no" }, principal))).toBe(expected);
    }
    expect(await count("person")).toBe(persons);

    const approved = await people.run(APPROVE, { id }, admin(adminId));
    expect(approved.errors).toBeUndefined();
    const decided = approved.data!.approveAccessRequest.accessRequest;
    expect(decided).toMatchObject({
      status: "APPROVED",
      person: {
        fullName: "Luigi Verdi",
        email: "luigi.verdi@comune.example.it",
        fiscalCode: "VRDLGI80A01H501X",
        organization: { id: organizationId },
      },
    });
    expect(decided.decidedAt).not.toBeNull();
    expect(await count("person")).toBe(persons + 1);
    expect(await count("external_identity")).toBe(links + 1);
    const link = await people.run(
      RESOLVE,
      { issuer: ISSUER, subject: "pairwise-approve" },
      gatewayPrincipal,
    );
    expect(link.data!.identityLink).toEqual({ personId: decided.person.id, systemRoles: [] });
    const identities = await people.run(IDENTITIES, { id: decided.person.id }, admin(adminId));
    expect(identities.data!.person.identities).toEqual([
      expect.objectContaining({
        issuer: ISSUER,
        subject: "pairwise-approve",
        fiscalCode: "VRDLGI80A01H501X",
        linkedHow: "ACCESS_REQUEST",
        linkedBy: adminId,
      }),
    ]);
    const row = await people.database.db
      .selectFrom("access_request")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "APPROVED",
      decided_by: adminId,
      person_id: decided.person.id,
    });

    // Decided: neither approved nor rejected again.
    expect(code(await people.run(APPROVE, { id }, admin(adminId)))).toBe("CONFLICT");
    expect(code(await people.run(REJECT, { id, reason: "late" }, admin(adminId)))).toBe("CONFLICT");
    // Now a person: the caller sees no request of theirs and cannot ask again.
    const linked = { ...anonymous, personId: decided.person.id };
    expect((await people.run(MINE, {}, linked)).data!.myAccessRequest).toBeNull();
    expect(code(await request(linked))).toBe("FORBIDDEN");
  });

  it("links an existing person when the admin names one", async () => {
    const caller = unlinked("pairwise-existing");
    const id = (await request(caller, { email: "alias@comune.example.it" })).data!.requestAccess
      .accessRequest.id;
    const persons = await count("person");
    const approved = await people.run(APPROVE, { id, personId: aliceId }, admin(adminId));
    expect(approved.data!.approveAccessRequest.accessRequest.person.id).toBe(aliceId);
    expect(await count("person")).toBe(persons);
    const link = await people.run(
      RESOLVE,
      { issuer: ISSUER, subject: "pairwise-existing" },
      gatewayPrincipal,
    );
    expect(link.data!.identityLink.personId).toBe(aliceId);
    const missing = await request(unlinked("pairwise-missing"));
    const unknown = await people.run(
      APPROVE,
      {
        id: missing.data!.requestAccess.accessRequest.id,
        personId: "00000000-0000-4000-8000-000000000000",
      },
      admin(adminId),
    );
    expect(code(unknown)).toBe("NOT_FOUND");
  });

  it("writes nothing when approval fails: an identity linked meanwhile, or an e-mail taken", async () => {
    const caller = unlinked("pairwise-meanwhile");
    const id = (await request(caller, { email: "meanwhile@comune.example.it" })).data!.requestAccess
      .accessRequest.id;
    // Another admin links that identity to Alice before this approval.
    await people.run(
      `mutation($input: LinkIdentityInput!) { linkIdentity(input: $input) { id } }`,
      { input: { issuer: ISSUER, subject: "pairwise-meanwhile", personId: aliceId } },
      admin(adminId),
    );
    const [persons, links] = [await count("person"), await count("external_identity")];
    const conflict = await people.run(APPROVE, { id }, admin(adminId));
    expect(code(conflict)).toBe("CONFLICT");
    // The person created inside the transaction was rolled back with it.
    expect(await count("person")).toBe(persons);
    expect(await count("external_identity")).toBe(links);
    const still = await people.database.db
      .selectFrom("access_request")
      .select(["status", "person_id", "decided_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(still).toEqual({ status: "PENDING", person_id: null, decided_at: null });
    expect(
      await people.database.db
        .selectFrom("person")
        .select("id")
        .where("email", "=", "meanwhile@comune.example.it")
        .executeTakeFirst(),
    ).toBeUndefined();

    const taken = await request(unlinked("pairwise-taken"), { email: alice!.email });
    const duplicate = await people.run(
      APPROVE,
      { id: taken.data!.requestAccess.accessRequest.id },
      admin(adminId),
    );
    expect(duplicate.data!.approveAccessRequest).toEqual({
      accessRequest: null,
      userErrors: [{ field: "email", code: "DUPLICATE" }],
    });
    expect(await count("person")).toBe(persons);
  });

  it("rejects with a reason; the caller sees it and may ask again", async () => {
    const caller = unlinked("pairwise-reject");
    const id = (await request(caller)).data!.requestAccess.accessRequest.id;
    expect(code(await people.run(REJECT, { id, reason: " " }, admin(adminId)))).toBe(
      "BAD_USER_INPUT",
    );
    const rejected = await people.run(
      REJECT,
      { id, reason: "  Ente non aderente  " },
      admin(adminId),
    );
    expect(rejected.data!.rejectAccessRequest.accessRequest).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Ente non aderente",
      person: null,
    });
    expect((await people.run(MINE, {}, caller)).data!.myAccessRequest).toMatchObject({
      id,
      status: "REJECTED",
      rejectionReason: "Ente non aderente",
    });
    expect(code(await people.run(APPROVE, { id }, admin(adminId)))).toBe("CONFLICT");
    expect(code(await people.run(REJECT, { id, reason: "again" }, admin(adminId)))).toBe(
      "CONFLICT",
    );
    const rejectedList = (await people.run(LIST, { status: "REJECTED" }, admin(adminId))).data!
      .accessRequests;
    expect(rejectedList.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    const again = await request(caller, { message: "Ora l'ente ha aderito." });
    expect(again.data!.requestAccess.userErrors).toEqual([]);
    expect((await people.run(MINE, {}, caller)).data!.myAccessRequest).toMatchObject({
      id: again.data!.requestAccess.accessRequest.id,
      status: "PENDING",
    });
  });
});
