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
import type { RepositoryDatabase } from "./db/tables.js";
import { readEnvironment } from "./environment.js";
import { seedRepositoryData } from "./seed/seed.js";
import { createRepositoryServer } from "./server.js";

runMain(async () => {
  const env = readEnvironment();
  const logger = createLogger("repository", env.LOG_LEVEL);
  const metrics = createMetrics("repository");
  const database = await openDatabase<RepositoryDatabase>({
    schema: "repository",
    databaseUrl: env.DATABASE_URL,
    dataDir: join(env.DATA_DIR, "repository"),
    poolMax: env.DB_POOL_MAX,
    onStatement: countStatements(metrics),
  });
  const applied = await migrateToLatest(database as Database<unknown>, migrations);
  logger.info({ applied, embedded: database.embedded }, "database ready");

  const seed =
    env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && database.embedded);
  if (seed)
    logger.info(await seedRepositoryData(database.db), "seed data loaded (existing rows kept)");

  const server = await createRepositoryServer({
    database,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    mode: env.COMTEM_MODE,
    logger,
    metrics,
  });
  const url = await server.listen(env.REPOSITORY_PORT, env.HOST);
  logger.info({ url: `${url}/graphql` }, "repository subgraph listening");
  shutdownOnSignals(logger, [() => server.stop(), () => database.close()]);
});
