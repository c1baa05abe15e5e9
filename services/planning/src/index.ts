import { join } from "node:path";
import {
  countStatements,
  createLogger,
  createMetrics,
  migrateToLatest,
  openDatabase,
  runMain,
  shutdownOnSignals,
  type Database,
} from "@comtem/service-kit";
import { migrations } from "./db/migrations/index.js";
import type { PlanningDatabase } from "./db/tables.js";
import { readEnvironment } from "./environment.js";
import { seedPlanningData } from "./seed/seed.js";
import { createPlanningServer } from "./server.js";

runMain(async () => {
  const env = readEnvironment();
  const logger = createLogger("planning", env.LOG_LEVEL);
  const metrics = createMetrics("planning");
  const database = await openDatabase<PlanningDatabase>({
    schema: "planning",
    databaseUrl: env.DATABASE_URL,
    dataDir: join(env.DATA_DIR, "planning"),
    poolMax: env.DB_POOL_MAX,
    onStatement: countStatements(metrics),
  });
  const applied = await migrateToLatest(database as Database<unknown>, migrations);
  logger.info({ applied, embedded: database.embedded }, "database ready");

  const seed =
    env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && database.embedded);
  if (seed)
    logger.info(await seedPlanningData(database.db), "seed data loaded (existing rows kept)");

  const server = await createPlanningServer({
    database,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    mode: env.COMTEM_MODE,
    logger,
    metrics,
    publicUrl: env.PUBLIC_GATEWAY_URL,
  });
  const url = await server.listen(env.PLANNING_PORT, env.HOST);
  logger.info({ url: `${url}/graphql` }, "planning subgraph listening");
  shutdownOnSignals(logger, [() => server.stop(), () => database.close()]);
});
