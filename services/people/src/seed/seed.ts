import type { Kysely } from "kysely";
import { stableId } from "@comtem/service-kit";
import type { PeopleDatabase } from "../db/tables.js";
import { seedOrganizations } from "./organizations.js";
import { seedPeople } from "./people.js";

export interface SeedResult {
  organizations: number;
  people: number;
}

/**
 * Loads the seed (real Emilia-Romagna bodies, fictional demo people) in one transaction.
 * Idempotent: ids derive from stable keys, and rows that exist are left as they are.
 */
export async function seedPeopleData(db: Kysely<PeopleDatabase>): Promise<SeedResult> {
  const orgId = (key: string) => stableId(`organization:${key}`);
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
          id: stableId(p.key),
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
            person_id: stableId(p.key),
            organization_id: orgId(p.organizationKey),
            nominated_on: p.nomination!.date,
            act_reference: p.nomination!.actReference,
          })),
        )
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    return { organizations: organizations.length, people: people.length };
  });
}

/** Stable id of a seeded person, for tests and the development issuer. */
export function seededPersonId(key: string): string {
  return stableId(key);
}
export function seededOrganizationId(key: string): string {
  return stableId(`organization:${key}`);
}
