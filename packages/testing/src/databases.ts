import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateToLatest, openDatabase, type Database, type Migrations } from "@comtem/service-kit";

/**
 * Where subgraph integration tests run. PGlite always; the PostgreSQL server when
 * TEST_POSTGRES_URL names one — set by CI, or by vitest.config.ts when a local server answers
 * (see local-services.ts). With CI=true a missing URL is an error rather than a silent skip.
 */
export type Backend = "pglite" | "postgres";

export function testBackends(): Backend[] {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url && process.env.CI === "true") {
    throw new Error("CI=true but TEST_POSTGRES_URL is not set: PostgreSQL tests would be skipped");
  }
  return url ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase<DB> extends Database<DB> {
  /** Number of SQL statements executed since the database was opened. */
  statements(): number;
  /** Closes the connection and drops the per-run database (PostgreSQL). */
  dispose(): Promise<void>;
}

/** A fresh, empty, migrated database; every call gets its own, so tests can run concurrently. */
export async function createTestDatabase<DB>(
  backend: Backend,
  schema: string,
  migrations: Migrations,
): Promise<TestDatabase<DB>> {
  let count = 0;
  const onStatement = () => {
    count += 1;
  };
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (backend === "postgres") {
    ({ databaseUrl, drop } = await createServerDatabase());
  }
  const database = await openDatabase<DB>({ schema, databaseUrl, onStatement });
  await migrateToLatest(database as Database<unknown>, migrations);
  return {
    ...database,
    statements: () => count,
    async dispose() {
      await database.close();
      await drop();
    },
  };
}

/** Creates `comtem_test_<random>` on the server named by TEST_POSTGRES_URL. */
export async function createServerDatabase(): Promise<{
  databaseUrl: string;
  drop: () => Promise<void>;
}> {
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const name = `comtem_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // The test's pool reports itself ended slightly before its sessions are gone: wait for
        // them rather than killing them (a killed session surfaces as an unhandled error).
        for (let attempt = 0; ; attempt += 1) {
          try {
            await client.query(`drop database if exists ${name}`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}
