import type { Kysely } from "kysely";
import type {
  ExternalIdentityRow,
  NewExternalIdentityRow,
  PeopleDatabase,
} from "../../db/tables.js";

/** SQL for external identities. A person's are listed most recently linked first. */
export class IdentityRepository {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  /** The linked person and their system roles, in one statement. */
  async linkOf(
    issuer: string,
    subject: string,
  ): Promise<{ person_id: string; system_roles: string[] } | undefined> {
    return this.db
      .selectFrom("external_identity as i")
      .innerJoin("person as p", "p.id", "i.person_id")
      .select(["i.person_id", "p.system_roles"])
      .where("i.issuer", "=", issuer)
      .where("i.subject", "=", subject)
      .executeTakeFirst();
  }

  /**
   * The person with this fiscal code, if some organization nominated them (the nomination is
   * what makes a first sign-in by fiscal code legitimate). The code is unique: at most one.
   */
  async nominatedPersonWithFiscalCode(fiscalCode: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("person as p")
      .select("p.id")
      .where("p.fiscal_code", "=", fiscalCode)
      .where((eb) =>
        eb.exists(
          eb.selectFrom("nomination as n").select("n.id").whereRef("n.person_id", "=", "p.id"),
        ),
      )
      .executeTakeFirst();
    return row?.id;
  }

  /** Inserts a link unless (issuer, subject) is linked already (a concurrent first sign-in). */
  async insertUnlessLinked(row: NewExternalIdentityRow): Promise<void> {
    await this.db
      .insertInto("external_identity")
      .values(row)
      .onConflict((oc) => oc.constraint("external_identity_issuer_subject_key").doNothing())
      .execute();
  }

  async isLinked(issuer: string, subject: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("external_identity")
      .select("id")
      .where("issuer", "=", issuer)
      .where("subject", "=", subject)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** One statement for any number of people (DataLoader batches). */
  async ofPeople(personIds: readonly string[]): Promise<ExternalIdentityRow[]> {
    if (personIds.length === 0) return [];
    return this.db
      .selectFrom("external_identity")
      .selectAll()
      .where("person_id", "in", personIds)
      .orderBy("linked_at", "desc")
      .orderBy("id")
      .execute();
  }

  async insert(row: NewExternalIdentityRow): Promise<ExternalIdentityRow> {
    return this.db
      .insertInto("external_identity")
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async delete(id: string): Promise<ExternalIdentityRow | undefined> {
    return this.db
      .deleteFrom("external_identity")
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
  }
}
