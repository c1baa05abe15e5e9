import { runSubgraph } from "@comtem/service-kit";
import { migrations } from "./db/migrations/index.js";
import { readEnvironment } from "./environment.js";
import { seedRepositoryData } from "./seed/seed.js";
import { createRepositoryServer } from "./server.js";

runSubgraph({
  name: "repository",
  readEnvironment,
  port: (env) => env.REPOSITORY_PORT,
  migrations,
  seed: seedRepositoryData,
  createServer: ({ env, database, logger, metrics }) =>
    createRepositoryServer({
      database,
      principalPublicKey: env.PRINCIPAL_PUBLIC_KEY,
      mode: env.COMTEM_MODE,
      planningUrl: env.PLANNING_URL,
      logger,
      metrics,
    }),
});
