import pg from "pg";

/** Where a developer's machine usually runs PostgreSQL (trust authentication, as on ours). */
export const LOCAL_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * The PostgreSQL server the tests may use: TEST_POSTGRES_URL when set, else the local server
 * when it answers and lets us in (so `pnpm test` runs the PostgreSQL half by itself wherever a
 * server is there), else none.
 */
export async function detectTestPostgres(): Promise<string | undefined> {
  if (process.env.TEST_POSTGRES_URL) return process.env.TEST_POSTGRES_URL;
  const client = new pg.Client({
    connectionString: LOCAL_POSTGRES_URL,
    connectionTimeoutMillis: 1_000,
  });
  try {
    await client.connect();
    await client.query("select 1");
    return LOCAL_POSTGRES_URL;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
