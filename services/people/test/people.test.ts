import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@comtem/testing";
import { seedPeople, seededOrganizationId, seededPersonId } from "@comtem/seed-data";
import { seedPeopleData } from "../src/seed/seed.js";
import { testPrincipals } from "@comtem/testing";
import { startPeople, type PeopleHarness } from "./harness.js";

const { admin, member } = testPrincipals;

const alice = seedPeople.find((p) => p.systemRoles.length === 0)!;
const bob = seedPeople.filter((p) => p.systemRoles.length === 0)[1]!;
const lepidaAdmin = seedPeople.find((p) => p.systemRoles.includes("ADMIN"))!;
const aliceId = seededPersonId(alice.key);
const bobId = seededPersonId(bob.key);
const adminId = seededPersonId(lepidaAdmin.key);

describe.each(testBackends())("people subgraph on %s", (backend) => {
  let people: PeopleHarness;
  beforeAll(async () => {
    people = await startPeople(backend);
  });
  afterAll(async () => {
    await people?.close();
  });

  const countOrganizations = async () =>
    Number(
      (
        await people.database.db
          .selectFrom("organization")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("reading", () => {
    it("seeds idempotently", async () => {
      const before = await countOrganizations();
      expect(await seedPeopleData(people.database.db)).toEqual({ organizations: 0, people: 0 });
      expect(await countOrganizations()).toBe(before);
    });

    it("filters organizations by province and pages with cursors", async () => {
      const query = `query($after: String) {
        organizations(first: 4, after: $after, filter: { province: "BO" }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id name province } }
        }
      }`;
      const first = await people.run(query);
      const page1 = first.data!.organizations;
      expect(page1.totalCount).toBeGreaterThan(4);
      expect(page1.edges).toHaveLength(4);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await people.run(query, { after: page1.pageInfo.endCursor });
      const page2 = second.data!.organizations;
      expect(page2.totalCount).toBe(page1.totalCount);
      const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const edge of [...page1.edges, ...page2.edges]) expect(edge.node.province).toBe("BO");
    });

    it("finds an organization by IPA code, with its Unione link", async () => {
      const result = await people.run(
        `{ organization(ipaCode: "c_a944") { name istatCode ipaUri } }`,
      );
      expect(result.data!.organization).toEqual({
        name: "Comune di Bologna",
        istatCode: "037006",
        ipaUri: "urn:x-italian-pa:c_a944",
      });
      const unions = await people.run(
        `{ organizations(first: 50, filter: { kind: UNIONE }) { edges { node { name members { name union { name } } } } } }`,
      );
      const withMembers = unions.data!.organizations.edges.find(
        (e: { node: { members: unknown[] } }) => e.node.members.length > 0,
      );
      expect(withMembers.node.members[0].union.name).toBe(withMembers.node.name);
    });

    it("filters people by skill and availability", async () => {
      const result = await people.run(
        `{ people(first: 100, filter: { skill: "lavoro-agile", availableToHelp: true }) { totalCount edges { node { skills availableToHelp } } } }`,
      );
      const expected = seedPeople.filter(
        (p) => p.availableToHelp && p.skills.includes("lavoro-agile"),
      );
      expect(result.data!.people.totalCount).toBe(expected.length);
      for (const { node } of result.data!.people.edges) {
        expect(node.skills).toContain("lavoro-agile");
        expect(node.availableToHelp).toBe(true);
      }
    });

    it("shows e-mail and phone only to the person, admins and co-members", async () => {
      const query = `query($id: ID!) { person(id: $id) { fullName publicRole email phone organization { name } } }`;
      const anonymousView = (await people.run(query, { id: aliceId })).data!.person;
      expect(anonymousView.fullName).toBe(`${alice.givenName} ${alice.familyName}`);
      expect(anonymousView.organization.name).toBeTruthy();
      expect(anonymousView.email).toBeNull();
      expect(anonymousView.phone).toBeNull();
      // Without the communities the gateway adds (@requires), only self and admins qualify.
      const unrelated = (await people.run(query, { id: aliceId }, member(bobId))).data!.person;
      expect(unrelated.email).toBeNull();
      const self = (await people.run(query, { id: aliceId }, member(aliceId))).data!.person;
      expect(self.email).toBe(alice.email);
      const byAdmin = (await people.run(query, { id: aliceId }, admin(adminId))).data!.person;
      expect(byAdmin.email).toBe(alice.email);

      // Through the gateway: `_entities` with the person's communities (from communities).
      const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id email phone } } }`;
      const shared = randomUUID();
      const reps = [{ __typename: "Person", id: aliceId, communityIds: [shared] }];
      const coMember = member(bobId, [{ communityId: shared, role: "PARTECIPANTE" }]);
      const elsewhere = member(bobId, [{ communityId: randomUUID(), role: "CO_COORDINATORE" }]);
      const seen = await people.run(entities, { reps }, coMember);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!._entities[0].email).toBe(alice.email);
      const hidden = await people.run(entities, { reps }, elsewhere);
      expect(hidden.data!._entities[0]).toMatchObject({ email: null, phone: null });
      const anonymousEntity = await people.run(entities, { reps });
      expect(anonymousEntity.data!._entities[0].email).toBeNull();
    });

    it("answers `me` with the caller, and null when anonymous", async () => {
      expect((await people.run(`{ me { id } }`)).data!.me).toBeNull();
      expect((await people.run(`{ me { id } }`, {}, member(aliceId))).data!.me).toEqual({
        id: aliceId,
      });
    });
  });

  describe("references", () => {
    it("resolves 200 Person references with one SQL statement", async () => {
      const ids = Array.from({ length: 200 }, () => randomUUID());
      await people.database.db
        .insertInto("person")
        .values(
          ids.map((id, i) => ({
            id,
            given_name: "Demo",
            family_name: `Reference ${i}`,
            email: `ref-${id}@demo.comtem.example`,
            public_role: "Funzionario",
            organization_id: seededOrganizationId(alice.organizationKey),
          })),
        )
        .execute();
      const before = people.database.statements();
      const result = await people.run(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id familyName } } }`,
        { representations: ids.map((id) => ({ __typename: "Person", id })) },
      );
      expect(people.database.statements() - before).toBe(1);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toHaveLength(200);
      expect(result.data!._entities[199].id).toBe(ids[199]);
    });

    it("resolves unknown and malformed references to null without touching SQL for them", async () => {
      const result = await people.run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }`,
        {
          r: [
            { __typename: "Person", id: "not-a-uuid" },
            { __typename: "Person", id: randomUUID() },
          ],
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([null, null]);
    });
  });

  describe("profile updates", () => {
    const update = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { person { id bio skills } userErrors { field message } } }`;

    it("lets a person update their own profile", async () => {
      const result = await people.run(
        update,
        { input: { bio: "<script>alert(1)</script>", skills: ["cloud", "dati"] } },
        member(aliceId),
      );
      expect(result.errors).toBeUndefined();
      // Stored as given; rendering escapes it (never trusted as HTML).
      expect(result.data!.updateMyProfile.person).toMatchObject({
        id: aliceId,
        bio: "<script>alert(1)</script>",
        skills: ["cloud", "dati"],
      });
    });

    it("refuses anonymous callers with UNAUTHENTICATED", async () => {
      const result = await people.run(update, { input: { bio: "x" } });
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses someone else's profile with FORBIDDEN, allows admins", async () => {
      const other = `mutation($id: ID!) { updateProfile(personId: $id, input: { publicRole: "RTD" }) { person { publicRole } } }`;
      const denied = await people.run(other, { id: bobId }, member(aliceId));
      expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const allowed = await people.run(other, { id: bobId }, admin(adminId));
      expect(allowed.data!.updateProfile.person.publicRole).toBe("RTD");
    });
  });

  describe("stale versions", () => {
    const profile = `query($id: ID!) { person(id: $id) { version bio } }`;
    const updateMine = `mutation($version: Int, $input: UpdateProfileInput!) { updateMyProfile(version: $version, input: $input) { person { version bio } userErrors { field code } } }`;
    const updateOther = `mutation($id: ID!, $version: Int, $input: UpdateProfileInput!) { updateProfile(personId: $id, version: $version, input: $input) { person { version publicRole } } }`;
    const readOrganization = `query($ipa: String!) { organization(ipaCode: $ipa) { id version name website } }`;
    const updateOrganization = `mutation($id: ID!, $version: Int, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { organization { version name website } userErrors { field code } } }`;

    it("updateMyProfile: the version read saves once; the same version again is a CONFLICT that changes nothing", async () => {
      const { version } = (await people.run(profile, { id: aliceId })).data!.person;
      const first = await people.run(
        updateMine,
        { version, input: { bio: "Prima modifica" } },
        member(aliceId),
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.updateMyProfile.person).toEqual({
        version: version + 1,
        bio: "Prima modifica",
      });
      const stale = await people.run(
        updateMine,
        { version, input: { bio: "Seconda, da una pagina vecchia" } },
        member(aliceId),
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
      expect((await people.run(profile, { id: aliceId })).data!.person).toEqual({
        version: version + 1,
        bio: "Prima modifica",
      });
      const retried = await people.run(
        updateMine,
        { version: version + 1, input: { bio: "Seconda, dopo aver ricaricato" } },
        member(aliceId),
      );
      expect(retried.data!.updateMyProfile.person.version).toBe(version + 2);
    });

    it("updateProfile by an admin: a stale version is a CONFLICT; without a version the old behaviour stays (deprecated)", async () => {
      const { version } = (await people.run(profile, { id: bobId })).data!.person;
      await people.run(updateMine, { version, input: { bio: "Bob scrive" } }, member(bobId));
      const stale = await people.run(
        updateOther,
        { id: bobId, version, input: { publicRole: "Funzionario" } },
        admin(adminId),
      );
      expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const unversioned = await people.run(
        updateOther,
        { id: bobId, input: { publicRole: "Funzionario" } },
        admin(adminId),
      );
      expect(unversioned.errors).toBeUndefined();
      expect(unversioned.data!.updateProfile.person).toEqual({
        version: version + 2,
        publicRole: "Funzionario",
      });
    });

    it("updateProfile of an unknown person is NOT_FOUND, not a conflict", async () => {
      const result = await people.run(
        updateOther,
        { id: randomUUID(), version: 1, input: { publicRole: "Funzionario" } },
        admin(adminId),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("of two concurrent saves with the same version, exactly one wins", async () => {
      const { version } = (await people.run(profile, { id: aliceId })).data!.person;
      const results = await Promise.all(
        ["Pagina A", "Pagina B"].map((bio) =>
          people.run(updateMine, { version, input: { bio } }, member(aliceId)),
        ),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
      expect(codes).toEqual(["CONFLICT", "OK"]);
      const winner = results.find((r) => !r.errors)!.data!.updateMyProfile.person.bio;
      expect((await people.run(profile, { id: aliceId })).data!.person).toEqual({
        version: version + 1,
        bio: winner,
      });
    });

    it("updateOrganization: a stale version is a CONFLICT and changes nothing", async () => {
      const before = (await people.run(readOrganization, { ipa: "c_a944" })).data!.organization;
      const saved = await people.run(
        updateOrganization,
        {
          id: before.id,
          version: before.version,
          input: { website: "https://www.comune.bologna.it" },
        },
        admin(adminId),
      );
      expect(saved.data!.updateOrganization).toEqual({
        organization: {
          version: before.version + 1,
          name: before.name,
          website: "https://www.comune.bologna.it",
        },
        userErrors: [],
      });
      const stale = await people.run(
        updateOrganization,
        { id: before.id, version: before.version, input: { name: "Comune di Bologna (vecchio)" } },
        admin(adminId),
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
      expect((await people.run(readOrganization, { ipa: "c_a944" })).data!.organization).toEqual({
        ...before,
        version: before.version + 1,
        website: "https://www.comune.bologna.it",
      });
      const missing = await people.run(
        updateOrganization,
        { id: randomUUID(), version: 1, input: { name: "Nessuno" } },
        admin(adminId),
      );
      expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("updateOrganization validates its input (BAD_USER_INPUT naming the field)", async () => {
      const org = (await people.run(readOrganization, { ipa: "c_a944" })).data!.organization;
      const result = await people.run(
        updateOrganization,
        { id: org.id, version: org.version, input: { ipaCode: "NON VALIDO" } },
        admin(adminId),
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.ipaCode",
      });
    });
  });

  describe("bad input", () => {
    const create = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { field code } } }`;

    it.each([
      [
        "malformed IPA code",
        { name: "Comune di Prova", kind: "COMUNE", ipaCode: "C A944!" },
        "ipaCode",
      ],
      ["10,000-character name", { name: "x".repeat(10_000), kind: "COMUNE" }, "name"],
      [
        "ISTAT code of 5 digits",
        { name: "Comune di Prova", kind: "COMUNE", istatCode: "37006" },
        "istatCode",
      ],
      [
        "malformed union ID",
        { name: "Comune di Prova", kind: "COMUNE", unionId: "123" },
        "unionId",
      ],
    ])("%s → BAD_USER_INPUT naming the field, nothing written", async (_label, input, field) => {
      const before = await countOrganizations();
      const result = await people.run(create, { input }, admin(adminId));
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(await countOrganizations()).toBe(before);
    });

    it.each([
      ["first: -1", `{ people(first: -1) { totalCount } }`, "first"],
      ["first above the maximum", `{ organizations(first: 101) { totalCount } }`, "first"],
      ["malformed ID", `{ person(id: "abc") { id } }`, "id"],
      [
        "20,000-character organization search",
        `{ organizations(first: 5, filter: { search: "${"a".repeat(20_000)}" }) { totalCount } }`,
        "filter.search",
      ],
      [
        "20,000-character people search",
        `{ people(first: 5, filter: { search: "${"a".repeat(20_000)}" }) { totalCount } }`,
        "filter.search",
      ],
      ["forged cursor", `{ people(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }`, "after"],
      [
        "both id and ipaCode",
        `{ organization(id: "${randomUUID()}", ipaCode: "r_emiro") { id } }`,
        "ipaCode",
      ],
    ])("%s → BAD_USER_INPUT naming the field", async (_label, query, field) => {
      const result = await people.run(query);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    });

    it("treats SQL-looking search text as plain text", async () => {
      const result = await people.run(
        `{ organizations(first: 5, filter: { search: "'; drop table organization; --%_\\\\" }) { totalCount } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.organizations.totalCount).toBe(0);
      expect(await countOrganizations()).toBeGreaterThan(0);
    });
  });

  describe("administration", () => {
    it("lets admins create organizations and reports duplicates as user errors", async () => {
      const create = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { name ipaCode } userErrors { field code } } }`;
      const input = { name: "Comune di Test", kind: "COMUNE", ipaCode: "c_zz01", province: "BO" };
      expect(
        (await people.run(create, { input }, member(aliceId))).errors?.[0]?.extensions?.code,
      ).toBe("FORBIDDEN");
      const created = await people.run(create, { input }, admin(adminId));
      expect(created.data!.createOrganization).toEqual({
        organization: { name: "Comune di Test", ipaCode: "c_zz01" },
        userErrors: [],
      });
      const duplicate = await people.run(create, { input }, admin(adminId));
      expect(duplicate.data!.createOrganization).toEqual({
        organization: null,
        userErrors: [{ field: "ipaCode", code: "DUPLICATE" }],
      });
    });

    it("records a nomination of a new person in one transaction", async () => {
      const org = (await people.run(`{ organization(ipaCode: "r_emiro") { id } }`)).data!
        .organization.id;
      const nominate = `mutation($input: NominatePersonInput!) { nominatePerson(input: $input) { nomination { nominatedOn actReference organization { id } } person { fullName nominations { actReference } } userErrors { field code } } }`;
      const input = {
        organizationId: org,
        newPerson: {
          givenName: "Nuova",
          familyName: "Referente",
          email: "nuova.referente@demo.comtem.example",
          publicRole: "Funzionaria",
        },
        nominatedOn: "2020-03-15",
        actReference: "Determinazione n. 1/2020",
      };
      const result = await people.run(nominate, { input }, admin(adminId));
      expect(result.data!.nominatePerson.nomination).toEqual({
        nominatedOn: "2020-03-15",
        actReference: "Determinazione n. 1/2020",
        organization: { id: org },
      });
      expect(result.data!.nominatePerson.person.nominations).toEqual([
        { actReference: "Determinazione n. 1/2020" },
      ]);
      const again = await people.run(nominate, { input }, admin(adminId));
      expect(again.data!.nominatePerson.userErrors).toEqual([
        { field: "newPerson.email", code: "DUPLICATE" },
      ]);
    });
  });
});
