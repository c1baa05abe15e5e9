import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql, type Dialect, type LogEvent } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { traceStatements, tracingEnabled } from "../tracing.js";

export interface DatabaseOptions {
  /** The PostgreSQL schema this subgraph owns (e.g. "people"). */
  schema: string;
  /** PostgreSQL server URL; when absent, the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory (embedded mode); omit for an in-memory database (tests). */
  dataDir?: string | undefined;
  poolMax?: number;
  /** Server side: a statement running longer is cancelled (PostgreSQL only; 0 = no limit). */
  statementTimeoutMs?: number;
  /** Server side: a session idle inside a transaction longer is ended (PostgreSQL only). */
  idleInTransactionTimeoutMs?: number;
  /**
   * Told of connection errors the pool survives (PostgreSQL restarted, network cut): the dead
   * client is dropped and a new one connects on the next query. Default: ignored.
   */
  onConnectionError?: (error: Error) => void;
  /** Called for every SQL statement executed (metrics, tests counting N+1). */
  onStatement?: (event: LogEvent) => void;
}

export interface Database<DB> {
  /** Query builder bound to the service's own schema. */
  db: Kysely<DB>;
  /** Builder on the whole database, for schema creation and migrations bookkeeping. */
  root: Kysely<unknown>;
  schema: string;
  embedded: boolean;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
export const DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/**
 * `date` columns stay ISO strings (yyyy-mm-dd) in both drivers: turning a calendar date into a
 * JS Date at local midnight shifts it by a day in some time zones.
 */
const DATE_OID = 1082;
function dateAsText(base: typeof pg.types.getTypeParser): typeof pg.types.getTypeParser {
  return ((oid: number, format?: string) =>
    oid === DATE_OID ? (value: string) => value : base(oid, format as never)) as never;
}

export async function openDatabase<DB>(options: DatabaseOptions): Promise<Database<DB>> {
  if (!IDENTIFIER.test(options.schema)) throw new Error(`Invalid schema name ${options.schema}`);
  const log = options.onStatement
    ? (event: LogEvent) => {
        if (event.level === "query" || event.level === "error") options.onStatement?.(event);
      }
    : undefined;

  // A span per statement when this process exports traces (tracing.ts).
  const traced = (dialect: Dialect): Dialect =>
    tracingEnabled() ? traceStatements(dialect, options.schema) : dialect;

  let root: Kysely<unknown>;
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      types: { getTypeParser: dateAsText(pg.types.getTypeParser) },
      connectionString: options.databaseUrl,
      max: options.poolMax ?? 10,
      // Fail fast when the server is unreachable rather than hanging readiness checks.
      connectionTimeoutMillis: 5_000,
      // Sent as connection parameters, enforced by the server: a runaway query or a transaction
      // left open cannot hold locks and connections for ever.
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout:
        options.idleInTransactionTimeoutMs ?? DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    });
    // Without listeners, a connection error (PostgreSQL restarting terminates every session)
    // is an unhandled 'error' event that kills the process. The pool emits it for idle clients;
    // a client checked out by a query or transaction emits it on itself. Either way pg marks
    // the client unusable, the pool drops it when released, and the next query connects anew.
    pool.on("connect", (client) =>
      client.on("error", (error) => options.onConnectionError?.(error)),
    );
    // The pool re-emits an idle client's error (already reported by the listener above).
    pool.on("error", () => {});
    root = new Kysely<unknown>({
      dialect: traced(new PostgresDialect({ pool })),
      ...(log ? { log } : {}),
    });
  } else {
    let pglite: PGlite;
    if (options.dataDir) {
      const dir = resolve(options.dataDir);
      // PGlite reports ENOENT when the parent folder is missing.
      await mkdir(dir, { recursive: true });
      pglite = await PGlite.create(dir, { parsers: { [DATE_OID]: (value: string) => value } });
    } else {
      pglite = await PGlite.create({ parsers: { [DATE_OID]: (value: string) => value } });
    }
    root = new Kysely<unknown>({
      dialect: traced(new PGliteDialect(pglite)),
      ...(log ? { log } : {}),
    });
  }

  await sql`create schema if not exists ${sql.id(options.schema)}`.execute(root);
  const db = root.withSchema(options.schema) as unknown as Kysely<DB>;
  return {
    db,
    root,
    schema: options.schema,
    embedded: !options.databaseUrl,
    async ping() {
      await sql`select 1`.execute(root);
    },
    async close() {
      await root.destroy();
    },
  };
}
