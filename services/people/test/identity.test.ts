import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gatewayPrincipal } from "@comtem/service-kit";
import { randomUUID } from "node:crypto";
import { seedPeople, seededOrganizationId, seededPersonId } from "@comtem/seed-data";
import { testBackends, testPrincipals } from "@comtem/testing";
import { DEFAULT_DEV_ISSUER_URL, seedPeopleData } from "../src/seed/seed.js";
import { startPeople, type PeopleHarness } from "./harness.js";

const { admin, member } = testPrincipals;
const [alice, bob] = seedPeople.filter((p) => p.systemRoles.length === 0);
const lepidaAdmin = seedPeople.find((p) => p.systemRoles.includes("ADMIN"))!;
const aliceId = seededPersonId(alice!.key);
const bobId = seededPersonId(bob!.key);
const adminId = seededPersonId(lepidaAdmin.key);

const ISSUER = "https://idp.regione.emilia-romagna.example/oidc";
const LINK = `mutation($input: LinkIdentityInput!) { linkIdentity(input: $input) { id issuer subject fiscalCode linkedHow linkedBy linkedAt } }`;
const UNLINK = `mutation($id: ID!) { unlinkIdentity(id: $id) { id subject } }`;
const RESOLVE = `query($issuer: String!, $subject: String!) { identityLink(issuer: $issuer, subject: $subject) { personId systemRoles } }`;
const IDENTITIES = `query($id: ID!) { person(id: $id) { id identities { issuer subject fiscalCode linkedHow } } }`;
const FIRST_SIGN_IN = `query($issuer: String!, $subject: String!, $fiscalCode: String) { identityLink(issuer: $issuer, subject: $subject, fiscalCode: $fiscalCode) { personId systemRoles } }`;
const NOMINATE = `mutation($input: NominatePersonInput!) { nominatePerson(input: $input) { person { id fiscalCode } userErrors { field code } } }`;
const FISCAL_CODE_OF = `query($id: ID!) { person(id: $id) { fiscalCode } }`;

describe.each(testBackends())("identity links on %s", (backend) => {
  let people: PeopleHarness;
  beforeAll(async () => {
    people = await startPeople(backend);
  });
  afterAll(async () => {
    await people?.close();
  });

  const countLinks = async () =>
    Number(
      (
        await people.database.db
          .selectFrom("external_identity")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it("seeds a link (SEED) to the development issuer for every seeded person, idempotently", async () => {
    const devIssuer = DEFAULT_DEV_ISSUER_URL;
    const asAdmin = await people.run(
      RESOLVE,
      { issuer: devIssuer, subject: adminId },
      gatewayPrincipal,
    );
    expect(asAdmin.data!.identityLink).toEqual({ personId: adminId, systemRoles: ["ADMIN"] });
    const asAlice = await people.run(
      RESOLVE,
      { issuer: devIssuer, subject: aliceId },
      gatewayPrincipal,
    );
    expect(asAlice.data!.identityLink).toEqual({ personId: aliceId, systemRoles: [] });
    const own = await people.run(IDENTITIES, { id: aliceId }, member(aliceId));
    expect(own.data!.person.identities).toContainEqual({
      issuer: devIssuer,
      subject: aliceId,
      fiscalCode: null,
      linkedHow: "SEED",
    });
    const before = await countLinks();
    await seedPeopleData(people.database.db);
    expect(await countLinks()).toBe(before);
    // Another development issuer (another gateway origin) gets its own links.
    await seedPeopleData(people.database.db, { devIssuerUrl: "http://localhost:4300/dev-issuer" });
    expect(await countLinks()).toBe(before + seedPeople.length);
  });

  it("links an identity, which identityLink then finds with ComTem's system roles", async () => {
    const subject = "TINIT-RSSMRA80A01H501U";
    const resolve = { issuer: ISSUER, subject };
    expect((await people.run(RESOLVE, resolve, gatewayPrincipal)).data!.identityLink).toBeNull();

    const input = {
      personId: aliceId,
      issuer: ISSUER,
      subject,
      fiscalCode: "tinit-rssmra80a01h501u",
    };
    const linked = await people.run(LINK, { input }, admin(adminId));
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkIdentity).toMatchObject({
      issuer: ISSUER,
      subject,
      fiscalCode: "RSSMRA80A01H501U",
      linkedHow: "ADMIN",
      linkedBy: adminId,
    });
    expect(new Date(linked.data!.linkIdentity.linkedAt).getTime()).toBeGreaterThan(
      Date.now() - 60_000,
    );

    const found = await people.run(RESOLVE, resolve, gatewayPrincipal);
    expect(found.errors).toBeUndefined();
    expect(found.data!.identityLink).toEqual({ personId: aliceId, systemRoles: [] });
    // Same subject at another issuer: a different identity, not linked.
    const elsewhere = { issuer: "https://other.example", subject };
    expect((await people.run(RESOLVE, elsewhere, gatewayPrincipal)).data!.identityLink).toBeNull();

    // An admin's roles come from the person row.
    const adminLink = { personId: adminId, issuer: ISSUER, subject: "TINIT-VRDLGU70B02A944X" };
    expect((await people.run(LINK, { input: adminLink }, admin(adminId))).errors).toBeUndefined();
    const adminFound = await people.run(
      RESOLVE,
      { issuer: ISSUER, subject: adminLink.subject },
      gatewayPrincipal,
    );
    expect(adminFound.data!.identityLink).toEqual({ personId: adminId, systemRoles: ["ADMIN"] });
  });

  it("refuses a second link of the same (issuer, subject) with CONFLICT, writing nothing", async () => {
    const input = { personId: bobId, issuer: ISSUER, subject: "pairwise-4f1c2a" };
    expect((await people.run(LINK, { input }, admin(adminId))).errors).toBeUndefined();
    const before = await countLinks();
    for (const personId of [bobId, aliceId]) {
      const again = await people.run(LINK, { input: { ...input, personId } }, admin(adminId));
      expect(code(again)).toBe("CONFLICT");
      expect(again.errors![0]!.extensions!.field).toBe("subject");
    }
    // Concurrent links of one new subject: exactly one wins, the other is a CONFLICT.
    const race = { ...input, subject: "pairwise-race" };
    const results = await Promise.all([
      people.run(LINK, { input: race }, admin(adminId)),
      people.run(LINK, { input: { ...race, personId: aliceId } }, admin(adminId)),
    ]);
    expect(results.map(code).sort()).toEqual(["CONFLICT", undefined]);
    expect(await countLinks()).toBe(before + 1);
  });

  it("lets only admins link and unlink", async () => {
    const input = { personId: aliceId, issuer: ISSUER, subject: "TINIT-BNCLRA85C41F205Z" };
    const before = await countLinks();
    expect(code(await people.run(LINK, { input }, member(aliceId)))).toBe("FORBIDDEN");
    expect(code(await people.run(LINK, { input }))).toBe("UNAUTHENTICATED");
    // The gateway's own principal is no person: it cannot link either.
    expect(code(await people.run(LINK, { input }, gatewayPrincipal))).toBe("UNAUTHENTICATED");
    expect(await countLinks()).toBe(before);

    const linked = await people.run(LINK, { input }, admin(adminId));
    const id = linked.data!.linkIdentity.id;
    expect(code(await people.run(UNLINK, { id }, member(aliceId)))).toBe("FORBIDDEN");
    expect(await countLinks()).toBe(before + 1);
    const unlinked = await people.run(UNLINK, { id }, admin(adminId));
    expect(unlinked.data!.unlinkIdentity).toEqual({ id, subject: input.subject });
    const resolve = { issuer: ISSUER, subject: input.subject };
    expect((await people.run(RESOLVE, resolve, gatewayPrincipal)).data!.identityLink).toBeNull();
    expect(code(await people.run(UNLINK, { id }, admin(adminId)))).toBe("NOT_FOUND");
  });

  it("answers identityLink to the gateway alone", async () => {
    const resolve = { issuer: ISSUER, subject: "TINIT-RSSMRA80A01H501U" };
    for (const [principal, expected] of [
      [undefined, "UNAUTHENTICATED"],
      [member(aliceId), "FORBIDDEN"],
      [admin(adminId), "FORBIDDEN"],
    ] as const) {
      const result = await people.run(RESOLVE, resolve, principal);
      expect(code(result)).toBe(expected);
      expect(result.data?.identityLink ?? null).toBeNull();
    }
  });

  it("shows a person's identities to themself and admins only", async () => {
    const input = { personId: bobId, issuer: ISSUER, subject: "TINIT-NREGPP60D15H223K" };
    expect((await people.run(LINK, { input }, admin(adminId))).errors).toBeUndefined();
    const own = await people.run(IDENTITIES, { id: bobId }, member(bobId));
    expect(own.data!.person.identities).toContainEqual({
      issuer: ISSUER,
      subject: input.subject,
      fiscalCode: null,
      linkedHow: "ADMIN",
    });
    const byAdmin = await people.run(IDENTITIES, { id: bobId }, admin(adminId));
    expect(byAdmin.data!.person.identities).toEqual(own.data!.person.identities);
    for (const principal of [member(aliceId), undefined]) {
      const other = await people.run(IDENTITIES, { id: bobId }, principal);
      expect(other.errors).toBeUndefined();
      expect(other.data!.person.identities).toBeNull();
    }
  });

  it.each([
    ["malformed person id", { personId: "abc" }, "personId"],
    ["issuer that is no URL", { issuer: "not a url" }, "issuer"],
    ["subject with spaces", { subject: "TINIT RSS" }, "subject"],
    ["300-character subject", { subject: "x".repeat(300) }, "subject"],
    ["malformed fiscal code", { fiscalCode: "RSSMRA80" }, "fiscalCode"],
  ])("%s → BAD_USER_INPUT naming the field, nothing written", async (_label, change, field) => {
    const before = await countLinks();
    const input = { personId: aliceId, issuer: ISSUER, subject: "TINIT-XYZ", ...change };
    const result = await people.run(LINK, { input }, admin(adminId));
    expect(code(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await countLinks()).toBe(before);
  });

  it("refuses a link to an unknown person with NOT_FOUND", async () => {
    const input = {
      personId: "00000000-0000-4000-8000-000000000000",
      issuer: ISSUER,
      subject: "TINIT-NOBODY",
    };
    const result = await people.run(LINK, { input }, admin(adminId));
    expect(code(result)).toBe("NOT_FOUND");
    expect(result.errors![0]!.extensions!.field).toBe("personId");
  });

  describe("first sign-in of a nominated person, by fiscal code", () => {
    const nominate = async (fiscalCode: string, suffix: string) =>
      people.run(
        NOMINATE,
        {
          input: {
            organizationId: seededOrganizationId(alice!.organizationKey),
            newPerson: {
              givenName: "Nominata",
              familyName: `Persona ${suffix}`,
              email: `nominata.${suffix}@demo.comtem.example`,
              publicRole: "Funzionaria",
              fiscalCode,
            },
            nominatedOn: "2021-02-01",
            actReference: `Decreto n. ${suffix}/2021`,
          },
        },
        admin(adminId),
      );
    const signIn = (subject: string, fiscalCode?: string | null, issuer = ISSUER) =>
      people.run(FIRST_SIGN_IN, { issuer, subject, fiscalCode }, gatewayPrincipal);
    const linksOf = (personId: string) =>
      people.database.db
        .selectFrom("external_identity")
        .selectAll()
        .where("person_id", "=", personId)
        .execute();

    it("keeps the nominee's fiscal code, normalised, for the person and admins only", async () => {
      const nominated = await nominate("tinit-frrlcu82d12a944b", "fc1");
      expect(nominated.data!.nominatePerson.userErrors).toEqual([]);
      const { id, fiscalCode } = nominated.data!.nominatePerson.person;
      expect(fiscalCode).toBe("FRRLCU82D12A944B");
      for (const [principal, expected] of [
        [member(id), "FRRLCU82D12A944B"],
        [admin(adminId), "FRRLCU82D12A944B"],
        [member(aliceId), null],
        [undefined, null],
      ] as const) {
        const seen = await people.run(FISCAL_CODE_OF, { id }, principal);
        expect(seen.errors).toBeUndefined();
        expect(seen.data!.person.fiscalCode).toBe(expected);
      }
      // Unique: another new person with the same code is a DUPLICATE, nothing written.
      const again = await nominate("FRRLCU82D12A944B", "fc1bis");
      expect(again.data!.nominatePerson).toEqual({
        person: null,
        userErrors: [{ field: "newPerson.fiscalCode", code: "DUPLICATE" }],
      });
      const malformed = await nominate("FRRLCU82", "fc1ter");
      expect(code(malformed)).toBe("BAD_USER_INPUT");
      expect(malformed.errors![0]!.extensions!.field).toBe("newPerson.fiscalCode");
    });

    it("links the nominated person at first sign-in (NOMINATION, dated), then finds that link", async () => {
      const nominated = await nominate("CLMMRC79E15H501T", "fc2");
      const personId = nominated.data!.nominatePerson.person.id;
      const subject = "TINIT-CLMMRC79E15H501T";
      const before = Date.now();
      const first = await signIn(subject, "TINIT-CLMMRC79E15H501T");
      expect(first.errors).toBeUndefined();
      expect(first.data!.identityLink).toEqual({ personId, systemRoles: [] });
      const [link, ...others] = await linksOf(personId);
      expect(others).toEqual([]);
      expect(link).toMatchObject({
        issuer: ISSUER,
        subject,
        fiscal_code: "CLMMRC79E15H501T",
        linked_how: "NOMINATION",
        linked_by: null,
      });
      expect(new Date(link!.linked_at).getTime()).toBeGreaterThanOrEqual(before - 5_000);
      // The next sign-in finds the same link, with or without the fiscal code.
      for (const fiscalCode of ["CLMMRC79E15H501T", null]) {
        const next = await signIn(subject, fiscalCode);
        expect(next.data!.identityLink).toEqual({ personId, systemRoles: [] });
      }
      expect(await linksOf(personId)).toEqual([link]);
      // The person sees how they were linked.
      const own = await people.run(IDENTITIES, { id: personId }, member(personId));
      expect(own.data!.person.identities).toEqual([
        { issuer: ISSUER, subject, fiscalCode: "CLMMRC79E15H501T", linkedHow: "NOMINATION" },
      ]);
    });

    it("links no one without a nomination, for a fiscal code of nobody, or without one", async () => {
      // A person with this fiscal code but never nominated (e.g. imported data).
      const personId = randomUUID();
      await people.database.db
        .insertInto("person")
        .values({
          id: personId,
          given_name: "Senza",
          family_name: "Nomina",
          email: "senza.nomina@demo.comtem.example",
          public_role: "Funzionario",
          organization_id: seededOrganizationId(alice!.organizationKey),
          fiscal_code: "GLLSRA90H50D969Q",
        })
        .execute();
      const before = await countLinks();
      for (const [subject, fiscalCode] of [
        ["TINIT-GLLSRA90H50D969Q", "TINIT-GLLSRA90H50D969Q"],
        ["TINIT-MRNPLA77L22G273R", "MRNPLA77L22G273R"],
        ["TINIT-GLLSRA90H50D969Q", null],
      ] as const) {
        const result = await signIn(subject, fiscalCode);
        expect(result.errors).toBeUndefined();
        expect(result.data!.identityLink).toBeNull();
      }
      expect(await countLinks()).toBe(before);
      // Never by name or e-mail: a seeded person's subject without a fiscal code links nobody.
      expect((await signIn(alice!.email)).data!.identityLink).toBeNull();
      expect(await countLinks()).toBe(before);
      // A malformed fiscal code is refused, nothing written.
      expect(code(await signIn("TINIT-XYZ", "XYZ"))).toBe("BAD_USER_INPUT");
      expect(await countLinks()).toBe(before);
    });

    it("makes one link of two concurrent first sign-ins", async () => {
      const nominated = await nominate("BRTFNC88T41C573W", "fc3");
      const personId = nominated.data!.nominatePerson.person.id;
      const subject = "TINIT-BRTFNC88T41C573W";
      const results = await Promise.all(
        Array.from({ length: 4 }, () => signIn(subject, "BRTFNC88T41C573W")),
      );
      for (const result of results) {
        expect(result.errors).toBeUndefined();
        expect(result.data!.identityLink).toEqual({ personId, systemRoles: [] });
      }
      expect(await linksOf(personId)).toHaveLength(1);
    });

    it("answers a first sign-in to the gateway alone", async () => {
      const nominated = await nominate("DLLMRA65A41A944S", "fc4");
      const personId = nominated.data!.nominatePerson.person.id;
      const variables = {
        issuer: ISSUER,
        subject: "TINIT-DLLMRA65A41A944S",
        fiscalCode: "DLLMRA65A41A944S",
      };
      for (const principal of [undefined, member(personId), admin(adminId)]) {
        const result = await people.run(FIRST_SIGN_IN, variables, principal);
        expect(result.data?.identityLink ?? null).toBeNull();
      }
      expect(await linksOf(personId)).toEqual([]);
    });
  });
});
