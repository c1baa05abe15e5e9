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
import type { CommunitiesDatabase } from "./db/tables.js";
import { readEnvironment } from "./environment.js";
import { seedCommunitiesData } from "./seed/seed.js";
import { createCommunitiesServer } from "./server.js";

runMain(async () => {
  const env = readEnvironment();
  const logger = createLogger("communities", env.LOG_LEVEL);
  const metrics = createMetrics("communities");
  const database = await openDatabase<CommunitiesDatabase>({
    schema: "communities",
    databaseUrl: env.DATABASE_URL,
    dataDir: join(env.DATA_DIR, "communities"),
    poolMax: env.DB_POOL_MAX,
    onStatement: countStatements(metrics),
  });
  const applied = await migrateToLatest(database as Database<unknown>, migrations);
  logger.info({ applied, embedded: database.embedded }, "database ready");

  const seed =
    env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && database.embedded);
  if (seed) {
    logger.info(await seedCommunitiesData(database.db), "seed data loaded (existing rows kept)");
  }

  const server = await createCommunitiesServer({
    database,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
    config: {
      mode: env.COMTEM_MODE,
      publicGatewayUrl: env.PUBLIC_GATEWAY_URL,
      publicWebUrl: env.PUBLIC_WEB_URL,
      sliceAllowedOrigins: env.SLICE_ALLOWED_ORIGINS,
    },
    logger,
    metrics,
  });
  const url = await server.listen(env.COMMUNITIES_PORT, env.HOST);
  logger.info(
    { url: `${url}/graphql`, calendar: `${url}/calendar/<slug>.ics` },
    "communities subgraph listening",
  );
  shutdownOnSignals(logger, [() => server.stop(), () => database.close()]);
});
