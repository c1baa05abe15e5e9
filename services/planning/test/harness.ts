import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  createLogger,
  createMetrics,
  type Database,
  type ServiceApp,
} from "@comtem/service-kit";
import {
  createTestDatabase,
  inProcess,
  type Backend,
  type Run,
  type TestDatabase,
} from "@comtem/testing";
import {
  createPlanningServer,
  migrations,
  planningContext,
  type PlanningDatabase,
} from "../src/server.js";
import { seedPlanningData } from "../src/seed/seed.js";

export const PUBLIC_URL = "http://gateway.test";

export interface PlanningHarness {
  database: TestDatabase<PlanningDatabase>;
  server: ServiceApp;
  run: Run;
  close(): Promise<void>;
}

/** A planning subgraph on a fresh database with the 2020 seed, executed in-process. */
export async function startPlanning(backend: Backend): Promise<PlanningHarness> {
  const database = await createTestDatabase<PlanningDatabase>(backend, "planning", migrations);
  await seedPlanningData(database.db);
  const deps = { database: database as Database<PlanningDatabase>, publicUrl: PUBLIC_URL };
  const server = await createPlanningServer({
    ...deps,
    principalPublicKey: DEVELOPMENT_PRINCIPAL_KEYS.publicKey,
    mode: "development",
    logger: createLogger("planning-test", "silent"),
    metrics: createMetrics("planning"),
  });
  return {
    database,
    server,
    run: inProcess(server, (principal) => planningContext(deps, principal)),
    async close() {
      await server.stop();
      await database.dispose();
    },
  };
}
