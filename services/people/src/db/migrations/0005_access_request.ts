import { sql, type Kysely } from "kysely";

/**
 * Requests to be added (issue 12, step 3): a caller signed in at the identity provider whom no
 * person is linked to asks to join, naming their entity; an admin approves (a person is created
 * or chosen and the identity linked, `ACCESS_REQUEST`) or rejects with a reason. At most one
 * PENDING request per (issuer, subject): a partial unique index. Links may now be made this way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("access_request")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("fiscal_code", "text")
    .addColumn("full_name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organization.id"))
    .addColumn("message", "text")
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('PENDING', 'APPROVED', 'REJECTED')`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "uuid")
    .addColumn("person_id", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("rejection_reason", "text")
    .execute();
  await db.schema
    .createIndex("access_request_pending_key")
    .on("access_request")
    .columns(["issuer", "subject"])
    .unique()
    .where(sql.ref("status"), "=", "PENDING")
    .execute();
  await db.schema
    .createIndex("access_request_identity_idx")
    .on("access_request")
    .columns(["issuer", "subject", "created_at"])
    .execute();
  await db.schema
    .createIndex("access_request_status_idx")
    .on("access_request")
    .columns(["status", "created_at", "id"])
    .execute();
  await linkedHowMayBe(db, ["NOMINATION", "ADMIN", "SEED", "ACCESS_REQUEST"]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await linkedHowMayBe(db, ["NOMINATION", "ADMIN", "SEED"]);
  await db.schema.dropTable("access_request").execute();
}

/** Replaces the check on `external_identity.linked_how` (builder calls: they follow the schema). */
async function linkedHowMayBe(db: Kysely<unknown>, values: string[]): Promise<void> {
  const name = "external_identity_linked_how_check";
  await db.schema.alterTable("external_identity").dropConstraint(name).execute();
  await db.schema
    .alterTable("external_identity")
    .addCheckConstraint(name, sql`linked_how in (${sql.join(values.map((v) => sql.lit(v)))})`)
    .execute();
}
