import { join } from "node:path";
import type { Kysely } from "kysely";
import { openDatabase, type Database } from "./db/database.js";
import { migrateToLatest, type Migrations } from "./db/migrations.js";
import type { z } from "zod";
import type { subgraphEnvironment } from "./environment.js";
import { runMain, shutdownOnSignals } from "./lifecycle.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./metrics.js";
import type { ServiceApp } from "./server.js";
import { countStatements } from "./subgraph.js";
import { startTracing } from "./tracing.js";

/** The variables every subgraph reads (its environment.ts adds its own). */
export type SubgraphSettings = z.infer<typeof subgraphEnvironment>;

export interface SubgraphMain<Env extends SubgraphSettings, DB> {
  /** Service name, also its PostgreSQL schema and its folder under DATA_DIR. */
  name: string;
  readEnvironment: () => Env;
  port: (env: Env) => number;
  migrations: Migrations;
  /** Idempotent demo data; runs on a development embedded database (or SEED_DEMO_DATA=true). */
  seed: (db: Kysely<DB>, env: Env) => Promise<object>;
  createServer: (deps: {
    env: Env;
    database: Database<DB>;
    logger: Logger;
    metrics: Metrics;
  }) => Promise<ServiceApp>;
}

/**
 * The start-up every subgraph shares: environment (fail fast), database and migrations, seed,
 * listen, graceful shutdown.
 */
export function runSubgraph<Env extends SubgraphSettings, DB>(main: SubgraphMain<Env, DB>): void {
  runMain(async () => {
    const env = main.readEnvironment();
    const tracing = startTracing(main.name);
    const logger = createLogger(main.name, env.LOG_LEVEL);
    const metrics = createMetrics(main.name);
    const database = await openDatabase<DB>({
      schema: main.name,
      databaseUrl: env.DATABASE_URL,
      dataDir: join(env.DATA_DIR, main.name),
      poolMax: env.DB_POOL_MAX,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      onConnectionError: (error) =>
        logger.warn({ err: error }, "database connection lost; the pool reconnects on demand"),
      onStatement: countStatements(metrics),
    });
    const applied = await migrateToLatest(database as Database<unknown>, main.migrations);
    logger.info({ applied, embedded: database.embedded }, "database ready");

    if (database.embedded && env.COMTEM_MODE === "production") {
      logger.warn(
        "PRODUCTION ON THE EMBEDDED DATABASE (ALLOW_EMBEDDED_DATABASE=true): one process, no replicas, back up DATA_DIR yourself",
      );
    }
    // Demo data only where asked, or on a developer's embedded database; production refuses it.
    const seed =
      env.SEED_DEMO_DATA === "true" ||
      (env.SEED_DEMO_DATA === "auto" && database.embedded && env.COMTEM_MODE === "development");
    if (seed)
      logger.info(await main.seed(database.db, env), "seed data loaded (existing rows kept)");

    const server = await main.createServer({ env, database, logger, metrics });
    const url = await server.listen(main.port(env), env.HOST);
    logger.info(
      { url: `${url}/graphql`, metrics: server.metricsUrl() ?? `${url}/metrics` },
      `${main.name} subgraph listening`,
    );
    shutdownOnSignals(logger, [
      () => server.stop(),
      () => database.close(),
      () => tracing.shutdown(),
    ]);
  });
}
