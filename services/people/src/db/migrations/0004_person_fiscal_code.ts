import { sql, type Kysely } from "kysely";

/**
 * A person's fiscal code (issue 12, first sign-in): given when an entity nominates a new person,
 * it lets that person's first sign-in at the identity provider link itself (`NOMINATION`).
 * Stored uppercase without a SPID `TINIT-` prefix; unique when present (NULLs do not collide).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("person")
    .addColumn("fiscal_code", "text", (c) => c.check(sql`fiscal_code ~ '^[A-Z0-9]{16}$'`).unique())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("person").dropColumn("fiscal_code").execute();
}
