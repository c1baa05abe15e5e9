import { runSubgraph } from "@comtem/service-kit";
import { migrations } from "./db/migrations/index.js";
import { readEnvironment } from "./environment.js";
import { seedPlanningData } from "./seed/seed.js";
import { createPlanningServer } from "./server.js";

runSubgraph({
  name: "planning",
  readEnvironment,
  port: (env) => env.PLANNING_PORT,
  migrations,
  seed: seedPlanningData,
  createServer: ({ env, database, logger, metrics }) =>
    createPlanningServer({
      database,
      principalPublicKey: env.PRINCIPAL_PUBLIC_KEY,
      mode: env.COMTEM_MODE,
      logger,
      metrics,
      publicUrl: env.PUBLIC_GATEWAY_URL,
    }),
});
