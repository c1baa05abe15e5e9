import { runSubgraph } from "@comtem/service-kit";
import { migrations } from "./db/migrations/index.js";
import type { PeopleDatabase } from "./db/tables.js";
import { readEnvironment, type PeopleEnvironment } from "./environment.js";
import { seedPeopleData } from "./seed/seed.js";
import { createPeopleServer } from "./server.js";

runSubgraph<PeopleEnvironment, PeopleDatabase>({
  name: "people",
  readEnvironment,
  port: (env) => env.PEOPLE_PORT,
  migrations,
  seed: (db, env) => seedPeopleData(db, { devIssuerUrl: env.devIssuerUrl }),
  createServer: ({ env, database, logger, metrics }) =>
    createPeopleServer({
      database,
      principalPublicKey: env.PRINCIPAL_PUBLIC_KEY,
      mode: env.COMTEM_MODE,
      logger,
      metrics,
    }),
});
