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
  createLoaders,
  createPeopleServer,
  createServices,
  migrations,
  type PeopleDatabase,
} from "../src/server.js";
import { seedPeopleData } from "../src/seed/seed.js";

export interface PeopleHarness {
  database: TestDatabase<PeopleDatabase>;
  server: ServiceApp;
  run: Run;
  close(): Promise<void>;
}

/** A people subgraph on a fresh database (seeded), executed in-process. */
export async function startPeople(backend: Backend): Promise<PeopleHarness> {
  const database = await createTestDatabase<PeopleDatabase>(backend, "people", migrations);
  await seedPeopleData(database.db);
  const server = await createPeopleServer({
    database: database as Database<PeopleDatabase>,
    principalPublicKey: DEVELOPMENT_PRINCIPAL_KEYS.publicKey,
    mode: "development",
    logger: createLogger("people-test", (process.env.TEST_LOG_LEVEL ?? "silent") as "silent"),
    metrics: createMetrics("people"),
  });
  const services = createServices(database.db);
  return {
    database,
    server,
    run: inProcess(server, (principal) => ({
      principal,
      loaders: createLoaders(database.db),
      services,
    })),
    async close() {
      await server.stop();
      await database.dispose();
    },
  };
}
