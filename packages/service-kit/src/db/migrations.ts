import { Migrator, type Kysely, type Migration, type MigrationResultSet } from "kysely";
import type { Database } from "./database.js";

export type Migrations = Record<string, Migration>;

function migrator(database: Database<unknown>, migrations: Migrations): Migrator {
  return new Migrator({
    // Migrations see the service's own schema, so `createTable("person")` lands in it.
    db: database.db as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: database.schema,
  });
}

/**
 * Applies pending migrations in name order. Kysely takes a lock table so concurrent replicas
 * do not race, and runs the pending set in one transaction on PostgreSQL: a failing migration
 * leaves the schema as it was. Re-running is a no-op.
 */
export async function migrateToLatest(
  database: Database<unknown>,
  migrations: Migrations,
): Promise<string[]> {
  const { error, results }: MigrationResultSet = await migrator(
    database,
    migrations,
  ).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Readiness: every known migration has been applied. */
export async function pendingMigrations(
  database: Database<unknown>,
  migrations: Migrations,
): Promise<string[]> {
  const all = await migrator(database, migrations).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
