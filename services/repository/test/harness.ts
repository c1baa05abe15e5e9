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
import type { GoalActionLookup } from "../src/modules/planning/goal-actions.js";
import {
  createRepositoryServer,
  migrations,
  repositoryContext,
  type RepositoryDatabase,
} from "../src/server.js";
import { seedRepositoryData } from "../src/seed/seed.js";

export interface RepositoryHarness {
  database: TestDatabase<RepositoryDatabase>;
  server: ServiceApp;
  run: Run;
  close(): Promise<void>;
}

/** A repository subgraph on a fresh database with the 2020 seed, executed in-process. */
export async function startRepository(
  backend: Backend,
  /** Stands in for the planning subgraph (what the deliverable rule needs of a goal-action). */
  goalActionFacts?: GoalActionLookup,
): Promise<RepositoryHarness> {
  const database = await createTestDatabase<RepositoryDatabase>(backend, "repository", migrations);
  await seedRepositoryData(database.db);
  const deps = {
    database: database as Database<RepositoryDatabase>,
    ...(goalActionFacts ? { goalActionFacts } : {}),
  };
  const server = await createRepositoryServer({
    ...deps,
    principalPublicKey: DEVELOPMENT_PRINCIPAL_KEYS.publicKey,
    mode: "development",
    logger: createLogger("repository-test", "silent"),
    metrics: createMetrics("repository"),
  });
  return {
    database,
    server,
    run: inProcess(server, (principal) => repositoryContext(deps, principal)),
    async close() {
      await server.stop();
      await database.dispose();
    },
  };
}
