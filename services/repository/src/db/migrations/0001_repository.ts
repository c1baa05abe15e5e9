import { sql, type Kysely } from "kysely";

/*
 * Accent folding for full-text search: PGlite has no `unaccent` extension, so the indexed text
 * (and, in the search service, the query) goes through translate() with this fixed map before
 * the italian stemmer. Frozen here: changing it needs a new migration that rebuilds the column.
 */
export const FOLD_FROM = "àáâèéêìíîòóôùúûÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛ";
export const FOLD_TO = "aaaeeeiiiooouuuAAAEEEIIIOOOUUU";
const fold = (column: string) =>
  sql`to_tsvector('italian'::regconfig, translate(coalesce(${sql.ref(column)}, ''), ${sql.lit(FOLD_FROM)}, ${sql.lit(FOLD_TO)}))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("resource")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("topics", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    // topic slugs and labels plus tags as one text, written with every change of topics/tags:
    // array_to_string() is not immutable, so the generated column below cannot read the arrays.
    .addColumn("keywords", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("organization_id", "uuid")
    .addColumn("community_id", "uuid")
    .addColumn("goal_action_id", "uuid")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("BOZZA"))
    .addColumn("featured", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("links", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("attachments", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("license", "text")
    .addColumn("software", "jsonb")
    .addColumn("published_at", "timestamptz")
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("created_by", "uuid")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("search", sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(${fold("title")}, 'A') || setweight(${fold("summary")}, 'B') || setweight(${fold("keywords")}, 'B') || setweight(${fold("body")}, 'C')`,
        )
        .stored(),
    )
    .addCheckConstraint("resource_status", sql`status in ('BOZZA', 'PUBBLICATA', 'ARCHIVIATA')`)
    .execute();
  await db.schema
    .createIndex("resource_search_idx")
    .on("resource")
    .using("gin")
    .column("search")
    .execute();
  await db.schema
    .createIndex("resource_topics_idx")
    .on("resource")
    .using("gin")
    .column("topics")
    .execute();
  for (const column of ["organization_id", "community_id", "goal_action_id", "created_by"]) {
    await db.schema.createIndex(`resource_${column}_idx`).on("resource").column(column).execute();
  }
  await db.schema
    .createIndex("resource_status_year_idx")
    .on("resource")
    .columns(["status", "year"])
    .execute();

  await db.schema
    .createTable("resource_revision")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("resource_id", "uuid", (c) =>
      c.notNull().references("resource.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("snapshot", "jsonb", (c) => c.notNull())
    .addColumn("edited_by", "uuid")
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("edited_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("resource_revision_version", ["resource_id", "version"])
    .execute();

  await db.schema
    .createTable("support_offer")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("resource_id", "uuid", (c) =>
      c.notNull().references("resource.id").onDelete("cascade"),
    )
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("contact", "text", (c) => c.notNull())
    .addColumn("availability", "text")
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("support_offer_resource_person", ["resource_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("support_offer_person_idx")
    .on("support_offer")
    .column("person_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["support_offer", "resource_revision", "resource"]) {
    await db.schema.dropTable(table).execute();
  }
}
