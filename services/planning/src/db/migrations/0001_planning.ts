import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("activity_plan")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("community_id", "uuid", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("BOZZA"))
    .addColumn("approved_on", "date")
    .addColumn("document_url", "text")
    .addColumn("agenda_note", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("activity_plan_community_year", ["community_id", "year"])
    .execute();
  await db.schema
    .createIndex("activity_plan_year_idx")
    .on("activity_plan")
    .column("year")
    .execute();

  await db.schema
    .createTable("goal_action")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("plan_id", "uuid", (c) =>
      c.notNull().references("activity_plan.id").onDelete("cascade"),
    )
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("needs_working_group", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("planned_start", "date")
    .addColumn("planned_end", "date")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("DA_AVVIARE"))
    .addColumn("progress", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("deliverable_title", "text", (c) => c.notNull())
    .addColumn("deliverable_kind", "text", (c) => c.notNull())
    .addColumn("deliverable_due", "date")
    .addColumn("deliverable_status", "text", (c) => c.notNull().defaultTo("PIANIFICATO"))
    .addColumn("contribution_ids", sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("referent_ids", sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("goal_action_progress", sql`progress between 0 and 100`)
    .addCheckConstraint(
      "goal_action_timeline",
      sql`planned_start is null or planned_end is null or planned_end >= planned_start`,
    )
    .execute();
  await db.schema.createIndex("goal_action_plan_idx").on("goal_action").column("plan_id").execute();
  await db.schema
    .createIndex("goal_action_contributions_idx")
    .on("goal_action")
    .using("gin")
    .column("contribution_ids")
    .execute();

  await db.schema
    .createTable("milestone")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("goal_action_id", "uuid", (c) =>
      c.notNull().references("goal_action.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("done", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createIndex("milestone_goal_action_idx")
    .on("milestone")
    .column("goal_action_id")
    .execute();

  await db.schema
    .createTable("working_group")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("goal_action_id", "uuid", (c) =>
      c.notNull().unique().references("goal_action.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("DA_COSTITUIRE"))
    .addColumn("composed_on", "date")
    .addColumn("started_on", "date")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("working_group_member")
    .addColumn("working_group_id", "uuid", (c) =>
      c.notNull().references("working_group.id").onDelete("cascade"),
    )
    .addColumn("person_id", "uuid", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("joined_on", "date", (c) => c.notNull().defaultTo(sql`current_date`))
    .addPrimaryKeyConstraint("working_group_member_pk", ["working_group_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("working_group_member_person_idx")
    .on("working_group_member")
    .column("person_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "working_group_member",
    "working_group",
    "milestone",
    "goal_action",
    "activity_plan",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
