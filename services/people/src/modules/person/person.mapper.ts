import type { NominationRow, PersonRow } from "../../db/tables.js";
import { Nomination, Person, type SystemRoleEnum } from "./person.type.js";

export function toPerson(row: PersonRow): Person {
  return Object.assign(new Person(), {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    fullName: `${row.given_name} ${row.family_name}`,
    publicRole: row.public_role,
    bio: row.bio,
    skills: row.skills,
    availableToHelp: row.available_to_help,
    systemRoles: row.system_roles as SystemRoleEnum[],
    isDemo: row.is_demo,
    version: row.version,
    organizationId: row.organization_id,
    emailValue: row.email,
    phoneValue: row.phone,
    fiscalCodeValue: row.fiscal_code,
  });
}

export function toNomination(row: NominationRow): Nomination {
  return Object.assign(new Nomination(), {
    id: row.id,
    nominatedOn: row.nominated_on,
    actReference: row.act_reference,
    personId: row.person_id,
    organizationId: row.organization_id,
  });
}
