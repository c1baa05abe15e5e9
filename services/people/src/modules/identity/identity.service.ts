import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  ConflictError,
  NotFoundError,
  normalizeFiscalCode,
  policy,
  requireAuthenticated,
  uniquely,
  type Principal,
} from "@comtem/service-kit";
import type { ExternalIdentityRow, PeopleDatabase } from "../../db/tables.js";
import { PersonRepository } from "../person/person.repository.js";
import { SystemRoleEnum } from "../person/person.type.js";
import type { LinkIdentityInput } from "./identity.input.js";
import { IdentityRepository } from "./identity.repository.js";
import { ExternalIdentity, type IdentityLink, type LinkedHowEnum } from "./identity.type.js";

export function toExternalIdentity(row: ExternalIdentityRow): ExternalIdentity {
  return Object.assign(new ExternalIdentity(), {
    id: row.id,
    issuer: row.issuer,
    subject: row.subject,
    fiscalCode: row.fiscal_code,
    linkedAt: row.linked_at,
    linkedHow: row.linked_how as LinkedHowEnum,
    linkedBy: row.linked_by,
    personId: row.person_id,
  });
}

const ALREADY_LINKED = "This identity is already linked to a person";
const knownRoles = new Set<string>(Object.values(SystemRoleEnum));

/**
 * Rules about identities at identity providers: one person per (issuer, subject); only admins
 * link and unlink; a person's identities are shown to themself and admins.
 */
export class IdentityService {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  /**
   * For the gateway: the person of a provider's subject, with ComTem's system roles. A subject
   * not linked yet whose provider gives the fiscal code of a nominated person is linked to that
   * person now (first sign-in, `NOMINATION`), in a transaction; of two concurrent first
   * sign-ins one inserts and both read its link. Never matched by e-mail or name.
   */
  async resolve(
    issuer: string,
    subject: string,
    fiscalCode?: string | null,
  ): Promise<IdentityLink | null> {
    const identities = new IdentityRepository(this.db);
    let row = await identities.linkOf(issuer, subject);
    if (!row && fiscalCode) {
      const code = normalizeFiscalCode(fiscalCode);
      await this.db.transaction().execute(async (trx) => {
        const repository = new IdentityRepository(trx);
        const personId = await repository.nominatedPersonWithFiscalCode(code);
        if (!personId) return;
        await repository.insertUnlessLinked({
          id: randomUUID(),
          person_id: personId,
          issuer,
          subject,
          fiscal_code: code,
          linked_at: new Date(),
          linked_how: "NOMINATION",
          linked_by: null,
        });
      });
      row = await identities.linkOf(issuer, subject);
    }
    if (!row) return null;
    return {
      personId: row.person_id,
      systemRoles: row.system_roles.filter((r) => knownRoles.has(r)) as SystemRoleEnum[],
    };
  }

  /** An admin links an identity; a subject already linked (to anyone) is a CONFLICT. */
  async link(principal: Principal, input: LinkIdentityInput): Promise<ExternalIdentity> {
    const adminId = requireAuthenticated(principal);
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          const identities = new IdentityRepository(trx);
          if ((await new PersonRepository(trx).byIds([input.personId])).length === 0) {
            throw new NotFoundError("Person not found", "personId");
          }
          if (await identities.isLinked(input.issuer, input.subject)) {
            throw new ConflictError(ALREADY_LINKED, "subject");
          }
          const row = await identities.insert({
            id: randomUUID(),
            person_id: input.personId,
            issuer: input.issuer,
            subject: input.subject,
            fiscal_code: input.fiscalCode ? normalizeFiscalCode(input.fiscalCode) : null,
            linked_at: new Date(),
            linked_how: "ADMIN",
            linked_by: adminId,
          });
          return toExternalIdentity(row);
        }),
      ALREADY_LINKED,
      "subject",
    );
  }

  /** Removes a link; the identity then reaches no person (the gateway's cache aside). */
  async unlink(id: string): Promise<ExternalIdentity> {
    const row = await new IdentityRepository(this.db).delete(id);
    if (!row) throw new NotFoundError("Identity not found", "id");
    return toExternalIdentity(row);
  }

  /** Whether the caller may see this person's identities (`person.seeIdentities`). */
  maySee(principal: Principal, personId: string): boolean {
    return policy["person.seeIdentities"](principal, personId);
  }
}
