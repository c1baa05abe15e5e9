import { join } from "node:path";
import { migrateToLatest, openDatabase, type Database, type Migrations } from "@comtem/service-kit";
import { migrations as communitiesMigrations } from "../services/communities/src/db/migrations/index.js";
import { seedCommunitiesData } from "../services/communities/src/seed/seed.js";
import { migrations as peopleMigrations } from "../services/people/src/db/migrations/index.js";
import { seedPeopleData } from "../services/people/src/seed/seed.js";
import { migrations as planningMigrations } from "../services/planning/src/db/migrations/index.js";
import { seedPlanningData } from "../services/planning/src/seed/seed.js";
import { migrations as repositoryMigrations } from "../services/repository/src/db/migrations/index.js";
import { seedRepositoryData } from "../services/repository/src/seed/seed.js";

interface SeedOptions {
  devIssuerUrl: string;
}

const subgraphs: {
  name: string;
  migrations: Migrations;
  seed: (db: never, options: SeedOptions) => Promise<unknown>;
}[] = [
  { name: "communities", migrations: communitiesMigrations, seed: seedCommunitiesData },
  { name: "planning", migrations: planningMigrations, seed: seedPlanningData },
  { name: "repository", migrations: repositoryMigrations, seed: seedRepositoryData },
  { name: "people", migrations: peopleMigrations, seed: seedPeopleData },
];

/**
 * Migrates and seeds the embedded databases under `dataDir` (one folder per subgraph, as the
 * subgraphs lay them out), before the subgraphs start. Production mode refuses to load demo
 * data itself, so tests that run the platform in production prepare it this way. The seeded
 * people are linked to `devIssuerUrl` (subject = person id): the test issuer stands in for the
 * development issuer.
 */
export async function seedEmbeddedDatabases(dataDir: string, options: SeedOptions): Promise<void> {
  await Promise.all(subgraphs.map((subgraph) => seedOne(dataDir, subgraph, options)));
}

async function seedOne(
  dataDir: string,
  subgraph: (typeof subgraphs)[number],
  options: SeedOptions,
): Promise<void> {
  const database = await openDatabase<unknown>({
    schema: subgraph.name,
    dataDir: join(dataDir, subgraph.name),
  });
  try {
    await migrateToLatest(database as Database<unknown>, subgraph.migrations);
    await subgraph.seed(database.db as never, options);
  } finally {
    await database.close();
  }
}
