import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  decodeCursor,
  isAdmin,
  isUniqueViolation,
  normalizeFiscalCode,
  requireAuthenticated,
  toConnection,
  userError,
  type Connection,
  type Principal,
  type UserError,
} from "@comtem/service-kit";
import type { PeopleDatabase, PersonRow, PersonUpdate } from "../../db/tables.js";
import { OrganizationRepository } from "../organization/organization.repository.js";
import type { NominatePersonInput, UpdateProfileInput } from "./person.input.js";
import { toNomination, toPerson } from "./person.mapper.js";
import { PersonRepository, type PersonQuery } from "./person.repository.js";
import type { Nomination, Person } from "./person.type.js";

export interface PersonResult {
  person: Person | null;
  userErrors: UserError[];
}
export interface NominationResult {
  nomination: Nomination | null;
  person: Person | null;
  userErrors: UserError[];
}

/** Rules about people: who may edit a profile, how nominations are recorded. */
export class PersonService {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  async list(
    query: PersonQuery,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Person>> {
    const repository = new PersonRepository(this.db);
    const after = decodeCursor(page.after, 3);
    const [rows, total] = await Promise.all([
      repository.list(query, after, page.first + 1),
      repository.count(query),
    ]);
    return toConnection(rows, page, total, (r) => [r.family_name, r.given_name, r.id], toPerson);
  }

  /** A person edits their own profile; admins edit anyone's. */
  async updateProfile(
    principal: Principal,
    personId: string,
    input: UpdateProfileInput,
    version?: number | null,
  ): Promise<PersonResult> {
    const callerId = requireAuthenticated(principal);
    if (callerId !== personId && !isAdmin(principal)) {
      throw new NotAllowedError("You may only edit your own profile");
    }
    for (const field of [
      "givenName",
      "familyName",
      "publicRole",
      "skills",
      "availableToHelp",
    ] as const) {
      if (input[field] === null) throw new InputError(`${field} cannot be null`, field);
    }
    const changes: PersonUpdate = {};
    if (input.givenName !== undefined) changes.given_name = input.givenName.trim();
    if (input.familyName !== undefined) changes.family_name = input.familyName.trim();
    if (input.publicRole !== undefined) changes.public_role = input.publicRole.trim();
    if (input.bio !== undefined) changes.bio = input.bio;
    if (input.skills !== undefined) changes.skills = [...new Set(input.skills)];
    if (input.availableToHelp !== undefined) changes.available_to_help = input.availableToHelp;
    if (input.phone !== undefined) changes.phone = input.phone;
    return this.db.transaction().execute(async (trx) => {
      const people = new PersonRepository(trx);
      const row = await people.update(personId, changes, version);
      if (row) return { person: toPerson(row), userErrors: [] };
      // Nothing changed: tell a stale version from a missing person.
      if ((await people.byIds([personId])).length > 0) {
        throw new ConflictError(
          "The profile was changed by someone else; reload it and retry",
          "version",
        );
      }
      throw new NotFoundError("Person not found", "personId");
    });
  }

  /**
   * Records an organization's act nominating a person, creating the person when new (with their
   * fiscal code, when given, for their first sign-in); the person then represents that
   * organization. All of it in one transaction.
   */
  async nominate(input: NominatePersonInput): Promise<NominationResult> {
    if (Boolean(input.personId) === Boolean(input.newPerson)) {
      throw new InputError("Give exactly one of personId and newPerson", "personId");
    }
    try {
      return await this.recordNomination(input);
    } catch (error) {
      // Another nomination took this fiscal code between the check and the insert.
      if (isUniqueViolation(error, "person_fiscal_code_key")) return failure(FISCAL_CODE_TAKEN);
      throw error;
    }
  }

  private async recordNomination(input: NominatePersonInput): Promise<NominationResult> {
    return this.db.transaction().execute(async (trx) => {
      const people = new PersonRepository(trx);
      const [organization] = await new OrganizationRepository(trx).byIds([input.organizationId]);
      if (!organization) {
        return failure(userError("NOT_FOUND", "No such organization", "organizationId"));
      }
      let person: PersonRow | undefined;
      if (input.personId) {
        [person] = await people.byIds([input.personId]);
        if (!person) return failure(userError("NOT_FOUND", "No such person", "personId"));
        if (person.organization_id !== organization.id) {
          person = await people.update(person.id, { organization_id: organization.id });
        }
      } else if (input.newPerson) {
        const fresh = input.newPerson;
        if (await people.emailTaken(fresh.email)) {
          return failure(
            userError("DUPLICATE", "This e-mail belongs to someone already", "newPerson.email"),
          );
        }
        const fiscalCode = fresh.fiscalCode ? normalizeFiscalCode(fresh.fiscalCode) : null;
        if (fiscalCode && (await people.fiscalCodeTaken(fiscalCode))) {
          return failure(FISCAL_CODE_TAKEN);
        }
        person = await people.insert({
          id: randomUUID(),
          given_name: fresh.givenName.trim(),
          family_name: fresh.familyName.trim(),
          email: fresh.email.toLowerCase(),
          public_role: fresh.publicRole.trim(),
          organization_id: organization.id,
          fiscal_code: fiscalCode,
        });
      }
      const nomination = await people.insertNomination({
        id: randomUUID(),
        person_id: (person as PersonRow).id,
        organization_id: organization.id,
        nominated_on: input.nominatedOn,
        act_reference: input.actReference.trim(),
      });
      return {
        nomination: toNomination(nomination),
        person: toPerson(person as PersonRow),
        userErrors: [],
      };
    });
  }
}

const FISCAL_CODE_TAKEN = userError(
  "DUPLICATE",
  "This fiscal code belongs to someone already",
  "newPerson.fiscalCode",
);

function failure(error: UserError): NominationResult {
  return { nomination: null, person: null, userErrors: [error] };
}
