import { sql, type Kysely } from "kysely";

const now = sql`now()`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("community")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("themes", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("mission", "text", (c) => c.notNull())
    .addColumn("perimeter", "text", (c) => c.notNull())
    .addColumn("long_term_objectives", "text", (c) => c.notNull())
    .addColumn("expected_results", "text", (c) => c.notNull())
    .addColumn("participant_profile", "text", (c) => c.notNull())
    .addColumn("active_from", "date", (c) => c.notNull())
    .addColumn("active_to", "date")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint(
      "community_active_range",
      sql`active_to is null or active_to >= active_from`,
    )
    .execute();
  await db.schema
    .createIndex("community_name_idx")
    .on("community")
    .columns(["name", "id"])
    .execute();

  await db.schema
    .createTable("membership")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("community_id", "uuid", (c) =>
      c.notNull().references("community.id").onDelete("cascade"),
    )
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("organization_id", "uuid", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("since", "date", (c) => c.notNull())
    .addColumn("until", "date")
    .addColumn("ended_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("membership_range", sql`until is null or until >= since`)
    .execute();
  // A person holds at most one active membership per community.
  await db.schema
    .createIndex("membership_active_person_uq")
    .on("membership")
    .columns(["community_id", "person_id"])
    .unique()
    .where(sql.ref("until"), "is", null)
    .execute();
  // At most one active Referente Regione and one Referente Lepida per community.
  await db.schema
    .createIndex("membership_active_referent_uq")
    .on("membership")
    .columns(["community_id", "role"])
    .unique()
    .where(sql<boolean>`until is null and role in ('REFERENTE_REGIONE', 'REFERENTE_LEPIDA')`)
    .execute();
  await db.schema
    .createIndex("membership_person_idx")
    .on("membership")
    .columns(["person_id", "community_id"])
    .execute();
  await db.schema
    .createIndex("membership_organization_idx")
    .on("membership")
    .column("organization_id")
    .execute();

  await db.schema
    .createTable("join_request")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("community_id", "uuid", (c) =>
      c.notNull().references("community.id").onDelete("cascade"),
    )
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("organization_id", "uuid", (c) => c.notNull())
    .addColumn("motivation", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("decided_by", "uuid")
    .addColumn("decided_at", "timestamptz")
    .addColumn("reason", "text")
    .addColumn("membership_id", "uuid", (c) => c.references("membership.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  // One pending request per person and community; decided ones stay as history.
  await db.schema
    .createIndex("join_request_pending_uq")
    .on("join_request")
    .columns(["community_id", "person_id"])
    .unique()
    .where(sql.ref("status"), "=", "PENDING")
    .execute();
  await db.schema
    .createIndex("join_request_person_idx")
    .on("join_request")
    .column("person_id")
    .execute();

  await db.schema
    .createTable("meeting")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("community_id", "uuid", (c) => c.references("community.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("ends_at", "timestamptz", (c) => c.notNull())
    .addColumn("location", "text")
    .addColumn("link", "text")
    .addColumn("agenda", "text")
    .addColumn("minutes", "text")
    .addColumn("created_by", "uuid")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("meeting_range", sql`ends_at > starts_at`)
    .addCheckConstraint(
      "meeting_community_required",
      sql`community_id is not null or kind = 'PLENARIA'`,
    )
    .execute();
  await db.schema
    .createIndex("meeting_community_idx")
    .on("meeting")
    .columns(["community_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("meeting_starts_idx")
    .on("meeting")
    .columns(["starts_at", "id"])
    .execute();

  await db.schema
    .createTable("meeting_registration")
    .addColumn("meeting_id", "uuid", (c) =>
      c.notNull().references("meeting.id").onDelete("cascade"),
    )
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("meeting_registration_pk", ["meeting_id", "person_id"])
    .execute();

  await db.schema
    .createTable("meeting_attendance")
    .addColumn("meeting_id", "uuid", (c) =>
      c.notNull().references("meeting.id").onDelete("cascade"),
    )
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("organization_id", "uuid", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("meeting_attendance_pk", ["meeting_id", "person_id"])
    .execute();

  await db.schema
    .createTable("contribution")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("community_id", "uuid", (c) =>
      c.notNull().references("community.id").onDelete("cascade"),
    )
    .addColumn("meeting_id", "uuid", (c) => c.references("meeting.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("organization_id", "uuid", (c) => c.notNull())
    .addColumn("status_changed_by", "uuid")
    .addColumn("status_changed_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("contribution_list_idx")
    .on("contribution")
    .columns(["created_at", "id"])
    .execute();
  await db.schema
    .createIndex("contribution_community_idx")
    .on("contribution")
    .column("community_id")
    .execute();
  await db.schema
    .createIndex("contribution_organization_idx")
    .on("contribution")
    .column("organization_id")
    .execute();

  await db.schema
    .createTable("announcement")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("community_id", "uuid", (c) => c.references("community.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("topics", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("author_id", "uuid", (c) => c.notNull())
    .addColumn("published_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("announcement_list_idx")
    .on("announcement")
    .columns(["published_at", "id"])
    .execute();
  await db.schema
    .createIndex("announcement_community_idx")
    .on("announcement")
    .column("community_id")
    .execute();

  await db.schema
    .createTable("ui_slice")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("remote_name", "text", (c) => c.notNull())
    .addColumn("manifest_url", "text", (c) => c.notNull())
    .addColumn("exposed_module", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("enabled", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("community_id", "uuid", (c) => c.references("community.id").onDelete("cascade"))
    .addColumn("registered_by", "uuid", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("ui_slice_version_uq", ["name", "version"])
    .execute();
  // Exactly one active version per slice name (rollback switches which one).
  await db.schema
    .createIndex("ui_slice_active_uq")
    .on("ui_slice")
    .column("name")
    .unique()
    .where(sql.ref("active"), "=", true)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "ui_slice",
    "announcement",
    "contribution",
    "meeting_attendance",
    "meeting_registration",
    "meeting",
    "join_request",
    "membership",
    "community",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
