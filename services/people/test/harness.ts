import {
  anonymous,
  createLogger,
  createMetrics,
  type Database,
  type Principal,
  type ServiceApp,
} from "@comtem/service-kit";
import { createTestDatabase, type Backend, type TestDatabase } from "@comtem/testing";
import {
  createLoaders,
  createPeopleServer,
  createServices,
  migrations,
  type PeopleDatabase,
} from "../src/server.js";
import { seedPeopleData } from "../src/seed/seed.js";

export const TEST_SECRET = "test-signing-secret-of-at-least-32-chars";

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface PeopleHarness {
  database: TestDatabase<PeopleDatabase>;
  server: ServiceApp;
  run<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** A people subgraph on a fresh database (seeded), executed in-process. */
export async function startPeople(backend: Backend): Promise<PeopleHarness> {
  const database = await createTestDatabase<PeopleDatabase>(backend, "people", migrations);
  await seedPeopleData(database.db);
  const server = await createPeopleServer({
    database: database as Database<PeopleDatabase>,
    signingSecret: TEST_SECRET,
    mode: "development",
    logger: createLogger("people-test", (process.env.TEST_LOG_LEVEL ?? "silent") as "silent"),
    metrics: createMetrics("people"),
  });
  const services = createServices(database.db);
  return {
    database,
    server,
    async run(query, variables = {}, principal = anonymous) {
      const response = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: { principal, loaders: createLoaders(database.db), services } as never },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GraphQLResult<any>;
    },
    async close() {
      await server.stop();
      await database.dispose();
    },
  };
}

export function member(personId: string): Principal {
  return { personId, systemRoles: [], communityRoles: [] };
}
export function admin(personId: string): Principal {
  return { personId, systemRoles: ["ADMIN"], communityRoles: [] };
}
