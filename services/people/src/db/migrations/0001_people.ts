import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organization")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ipa_code", "text", (c) => c.unique())
    .addColumn("istat_code", "text", (c) => c.unique())
    .addColumn("province", "text")
    .addColumn("union_id", "uuid", (c) => c.references("organization.id").onDelete("set null"))
    .addColumn("adhered_on", "date")
    .addColumn("website", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("organization_name_idx")
    .on("organization")
    .columns(["name", "id"])
    .execute();
  await db.schema.createIndex("organization_kind_idx").on("organization").column("kind").execute();
  await db.schema
    .createIndex("organization_province_idx")
    .on("organization")
    .column("province")
    .execute();

  await db.schema
    .createTable("person")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("phone", "text")
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organization.id"))
    .addColumn("public_role", "text", (c) => c.notNull())
    .addColumn("bio", "text")
    .addColumn("skills", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("available_to_help", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("system_roles", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("person_name_idx")
    .on("person")
    .columns(["family_name", "given_name", "id"])
    .execute();
  await db.schema
    .createIndex("person_organization_idx")
    .on("person")
    .column("organization_id")
    .execute();
  await db.schema
    .createIndex("person_skills_idx")
    .on("person")
    .using("gin")
    .column("skills")
    .execute();

  await db.schema
    .createTable("nomination")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organization.id"))
    .addColumn("nominated_on", "date", (c) => c.notNull())
    .addColumn("act_reference", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("nomination_person_idx")
    .on("nomination")
    .column("person_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("nomination").execute();
  await db.schema.dropTable("person").execute();
  await db.schema.dropTable("organization").execute();
}
