import { sql, type Kysely } from "kysely";

/**
 * A person's identities at identity providers (issue 12): the gateway finds the person of a
 * token by (issuer, subject). A subject is unique within its issuer; a person may have several.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("external_identity")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("fiscal_code", "text")
    .addColumn("linked_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("linked_how", "text", (c) =>
      c.notNull().check(sql`linked_how in ('NOMINATION', 'ADMIN', 'SEED')`),
    )
    .addColumn("linked_by", "uuid")
    .addUniqueConstraint("external_identity_issuer_subject_key", ["issuer", "subject"])
    .execute();
  await db.schema
    .createIndex("external_identity_person_idx")
    .on("external_identity")
    .column("person_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("external_identity").execute();
}
