import type { Kysely } from "kysely";
import {
  seedOrganizations,
  seedPeople,
  seededOrganizationId as orgId,
  seededPersonId,
} from "@comtem/seed-data";
import { stableId } from "@comtem/service-kit";
import type { PeopleDatabase } from "../db/tables.js";

export interface SeedResult {
  organizations: number;
  people: number;
}

/** Where the development issuer lives by default (the gateway on its default port). */
export const DEFAULT_DEV_ISSUER_URL = "http://localhost:4000/dev-issuer";

/**
 * Loads the seed (real Emilia-Romagna bodies, fictional demo people) in one transaction.
 * Idempotent: ids derive from stable keys, and rows that exist are left as they are. Every
 * seeded person is linked (SEED) to the development issuer `devIssuerUrl` with their person id
 * as subject, the subject that issuer mints, so its tokens name them (docs/identity.md).
 */
export async function seedPeopleData(
  db: Kysely<PeopleDatabase>,
  options: { devIssuerUrl?: string } = {},
): Promise<SeedResult> {
  const devIssuerUrl = options.devIssuerUrl ?? DEFAULT_DEV_ISSUER_URL;
  return db.transaction().execute(async (trx) => {
    const organizations = await trx
      .insertInto("organization")
      .values(
        seedOrganizations.map((o) => ({
          id: orgId(o.key),
          name: o.name,
          kind: o.kind,
          ipa_code: o.ipaCode,
          istat_code: o.istatCode,
          province: o.province,
          union_id: o.unionKey ? orgId(o.unionKey) : null,
          adhered_on: o.adheredOn,
          website: o.website,
        })),
      )
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    const people = await trx
      .insertInto("person")
      .values(
        seedPeople.map((p) => ({
          id: seededPersonId(p.key),
          given_name: p.givenName,
          family_name: p.familyName,
          email: p.email,
          phone: p.phone,
          organization_id: orgId(p.organizationKey),
          public_role: p.publicRole,
          bio: p.bio,
          skills: p.skills,
          available_to_help: p.availableToHelp,
          system_roles: p.systemRoles,
          is_demo: true,
        })),
      )
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    const nominated = seedPeople.filter((p) => p.nomination);
    if (nominated.length > 0) {
      await trx
        .insertInto("nomination")
        .values(
          nominated.map((p) => ({
            id: stableId(`nomination:${p.key}`),
            person_id: seededPersonId(p.key),
            organization_id: orgId(p.organizationKey),
            nominated_on: p.nomination!.date,
            act_reference: p.nomination!.actReference,
          })),
        )
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    await trx
      .insertInto("external_identity")
      .values(
        seedPeople.map((p) => ({
          id: stableId(`identity:${devIssuerUrl}:${p.key}`),
          person_id: seededPersonId(p.key),
          issuer: devIssuerUrl,
          subject: seededPersonId(p.key),
          linked_how: "SEED" as const,
        })),
      )
      .onConflict((oc) => oc.columns(["issuer", "subject"]).doNothing())
      .execute();
    return { organizations: organizations.length, people: people.length };
  });
}
