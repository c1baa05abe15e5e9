import { runSubgraph } from "@comtem/service-kit";
import { migrations } from "./db/migrations/index.js";
import { readEnvironment } from "./environment.js";
import { seedPeopleData } from "./seed/seed.js";
import { createPeopleServer } from "./server.js";

runSubgraph({
  name: "people",
  readEnvironment,
  port: (env) => env.PEOPLE_PORT,
  migrations,
  seed: seedPeopleData,
  createServer: ({ env, database, logger, metrics }) =>
    createPeopleServer({
      database,
      principalPublicKey: env.PRINCIPAL_PUBLIC_KEY,
      mode: env.COMTEM_MODE,
      logger,
      metrics,
    }),
});
