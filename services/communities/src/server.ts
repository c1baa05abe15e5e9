import {
  createServiceApp,
  databaseReadiness,
  createRequestPrincipal,
  type Database,
  type Logger,
  type Metrics,
  type ServiceApp,
} from "@comtem/service-kit";
import type { CommunitiesConfig } from "./config.js";
import { createLoaders, createServices, type CommunitiesContext } from "./context.js";
import { migrations } from "./db/migrations/index.js";
import type { CommunitiesDatabase } from "./db/tables.js";
import { calendarRoutes } from "./modules/meeting/calendar.js";
import { buildCommunitiesSchema } from "./schema.js";

export interface CommunitiesServerDeps {
  database: Database<CommunitiesDatabase>;
  /** The gateway's public key, verifying the forwarded principal. */
  principalPublicKey: string;
  config: CommunitiesConfig;
  logger: Logger;
  metrics: Metrics;
}

/** Builds the communities subgraph without listening (tests use it in-process). */
export async function createCommunitiesServer(deps: CommunitiesServerDeps): Promise<ServiceApp> {
  const { schema } = await buildCommunitiesSchema();
  const principalOf = await createRequestPrincipal({
    publicKey: deps.principalPublicKey,
    audience: "communities",
    mode: deps.config.mode,
  });
  const services = createServices(deps.database.db, deps.config);
  return createServiceApp<CommunitiesContext>({
    name: "communities",
    mode: deps.config.mode,
    logger: deps.logger,
    metrics: deps.metrics,
    apollo: { schema },
    readiness: databaseReadiness(deps.database as Database<unknown>, migrations),
    routes: calendarRoutes(deps.database.db, deps.config, deps.logger),
    context: async (req) => ({
      principal: await principalOf(req),
      loaders: createLoaders(deps.database.db),
      services,
      config: deps.config,
    }),
  });
}

export { createLoaders, createServices, migrations, buildCommunitiesSchema };
export type { CommunitiesConfig, CommunitiesContext, CommunitiesDatabase };
