import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql, type LogEvent } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";

export interface DatabaseOptions {
  /** The PostgreSQL schema this subgraph owns (e.g. "people"). */
  schema: string;
  /** PostgreSQL server URL; when absent, the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory (embedded mode); omit for an in-memory database (tests). */
  dataDir?: string | undefined;
  poolMax?: number;
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

  let root: Kysely<unknown>;
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      types: { getTypeParser: dateAsText(pg.types.getTypeParser) },
      connectionString: options.databaseUrl,
      max: options.poolMax ?? 10,
      // Fail fast when the server is unreachable rather than hanging readiness checks.
      connectionTimeoutMillis: 5_000,
    });
    root = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
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
    root = new Kysely<unknown>({ dialect: new PGliteDialect(pglite), ...(log ? { log } : {}) });
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
