import {
  createServiceApp,
  databaseReadiness,
  createRequestPrincipal,
  type Database,
  type Logger,
  type Metrics,
  type PlatformMode,
  type ServiceApp,
} from "@comtem/service-kit";
import { createLoaders, createServices, type PeopleContext } from "./context.js";
import { migrations } from "./db/migrations/index.js";
import type { PeopleDatabase } from "./db/tables.js";
import { buildPeopleSchema } from "./schema.js";

export interface PeopleServerDeps {
  database: Database<PeopleDatabase>;
  /** The gateway's public key, verifying the forwarded principal. */
  principalPublicKey: string;
  mode: PlatformMode;
  logger: Logger;
  metrics: Metrics;
}

/** Builds the people subgraph without listening (tests use it in-process). */
export async function createPeopleServer(deps: PeopleServerDeps): Promise<ServiceApp> {
  const { schema } = await buildPeopleSchema();
  const principalOf = await createRequestPrincipal({
    publicKey: deps.principalPublicKey,
    audience: "people",
    mode: deps.mode,
  });
  const services = createServices(deps.database.db);
  return createServiceApp<PeopleContext>({
    name: "people",
    mode: deps.mode,
    logger: deps.logger,
    metrics: deps.metrics,
    apollo: { schema },
    readiness: databaseReadiness(deps.database as Database<unknown>, migrations),
    context: async (req) => ({
      principal: await principalOf(req),
      loaders: createLoaders(deps.database.db),
      services,
    }),
  });
}

export { createLoaders, createServices, migrations, buildPeopleSchema };
export type { PeopleContext, PeopleDatabase };
