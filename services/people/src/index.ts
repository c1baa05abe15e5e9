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
import { join } from "node:path";
import { migrations } from "./db/migrations/index.js";
import type { PeopleDatabase } from "./db/tables.js";
import { readEnvironment } from "./environment.js";
import { seedPeopleData } from "./seed/seed.js";
import { createPeopleServer } from "./server.js";

runMain(async () => {
  const env = readEnvironment();
  const logger = createLogger("people", env.LOG_LEVEL);
  const metrics = createMetrics("people");
  const database = await openDatabase<PeopleDatabase>({
    schema: "people",
    databaseUrl: env.DATABASE_URL,
    dataDir: join(env.DATA_DIR, "people"),
    poolMax: env.DB_POOL_MAX,
    onStatement: countStatements(metrics),
  });
  const applied = await migrateToLatest(database as Database<unknown>, migrations);
  logger.info({ applied, embedded: database.embedded }, "database ready");

  const seed =
    env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && database.embedded);
  if (seed) logger.info(await seedPeopleData(database.db), "seed data loaded (existing rows kept)");

  const server = await createPeopleServer({
    database,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    mode: env.COMTEM_MODE,
    logger,
    metrics,
  });
  const url = await server.listen(env.PEOPLE_PORT, env.HOST);
  logger.info({ url: `${url}/graphql` }, "people subgraph listening");
  shutdownOnSignals(logger, [() => server.stop(), () => database.close()]);
});
