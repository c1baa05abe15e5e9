import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { isDatabaseUnavailable } from "../src/errors.js";

/**
 * The PostgreSQL pool survives the server ending its sessions (as a restart does) and enforces
 * the server-side timeouts. The server's sessions are ended with pg_terminate_backend, on our
 * own sessions only: the shared server is never restarted (the e2e suite restarts a private one).
 */
const url = process.env.TEST_POSTGRES_URL;
if (!url && process.env.CI === "true") throw new Error("CI=true but TEST_POSTGRES_URL is not set");

describe.skipIf(!url)("database resilience (PostgreSQL)", () => {
  const schema = `resilience_${randomBytes(4).toString("hex")}`;
  const connectionErrors: Error[] = [];
  let database: Database<unknown>;
  let admin: pg.Client;

  const terminateOurSessions = async () => {
    const { rows } = await admin.query<{ n: string }>(
      "select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = $1",
      [schema],
    );
    return Number(rows[0]!.n);
  };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    database = await openDatabase({
      schema,
      // application_name lets the test find (and end) exactly this pool's sessions.
      databaseUrl: `${url}${url!.includes("?") ? "&" : "?"}application_name=${schema}`,
      poolMax: 3,
      statementTimeoutMs: 1_000,
      idleInTransactionTimeoutMs: 1_000,
      onConnectionError: (error) => connectionErrors.push(error),
    });
  });
  afterAll(async () => {
    await database?.close();
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  it("sets statement_timeout and idle_in_transaction_session_timeout on every session", async () => {
    const { rows } = await sql<{
      statement_timeout: string;
      idle: string;
    }>`select current_setting('statement_timeout') as statement_timeout,
              current_setting('idle_in_transaction_session_timeout') as idle`.execute(
      database.root,
    );
    expect(rows[0]).toEqual({ statement_timeout: "1s", idle: "1s" });
  });

  it("cancels a statement past statement_timeout with an error read as an outage", async () => {
    const error = await sql`select pg_sleep(5)`.execute(database.root).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnavailable(error)).toBe(true);
    await database.ping();
  });

  it("ends a transaction left idle past idle_in_transaction_session_timeout", async () => {
    const error = await database.root
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await sql`select 1`.execute(trx);
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await database.ping();
  });

  it("survives the server ending idle and busy sessions, and reconnects by itself", async () => {
    // Fill the pool with idle clients, then have the server end them all.
    await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.01)`.execute(database.root)));
    const before = connectionErrors.length;
    expect(await terminateOurSessions()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connectionErrors.length).toBeGreaterThan(before);

    // A session busy inside a transaction (checked out, between statements) ended too.
    const inTransaction = database.root
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 150));
        await sql`select 1`.execute(trx);
      })
      .catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await terminateOurSessions();
    expect(isDatabaseUnavailable(await inTransaction)).toBe(true);

    // The pool dropped the dead clients: the next queries connect anew, without help.
    for (let i = 0; i < 5; i += 1) await database.ping();
    const { rows } = await sql<{ n: number }>`select 2 as n`.execute(database.root);
    expect(rows[0]!.n).toBe(2);
  });
});
