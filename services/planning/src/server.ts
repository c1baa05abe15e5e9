import {
  createServiceApp,
  databaseReadiness,
  createRequestPrincipal,
  type Database,
  type Logger,
  type Metrics,
  type PlatformMode,
  type Principal,
  type ServiceApp,
} from "@comtem/service-kit";
import { createLoaders, type PlanningContext } from "./context.js";
import { migrations } from "./db/migrations/index.js";
import type { PlanningDatabase } from "./db/tables.js";
import { PlanningService } from "./modules/planning.service.js";
import { openDataRoutes } from "./open-data/plan-csv.js";
import { buildPlanningSchema } from "./schema.js";

export interface PlanningServerDeps {
  database: Database<PlanningDatabase>;
  /** The gateway's public key, verifying the forwarded principal. */
  principalPublicKey: string;
  mode: PlatformMode;
  logger: Logger;
  metrics: Metrics;
  publicUrl: string;
}

/** Per-request context; tests build the same one for in-process execution. */
export function planningContext(
  deps: Pick<PlanningServerDeps, "database" | "publicUrl">,
  principal: Principal,
): PlanningContext {
  return {
    principal,
    loaders: createLoaders(deps.database.db, principal),
    service: new PlanningService(deps.database.db),
    publicUrl: deps.publicUrl,
  };
}

/** Builds the planning subgraph without listening (tests use it in-process). */
export async function createPlanningServer(deps: PlanningServerDeps): Promise<ServiceApp> {
  const { schema } = await buildPlanningSchema();
  const principalOf = await createRequestPrincipal({
    publicKey: deps.principalPublicKey,
    audience: "planning",
    mode: deps.mode,
  });
  return createServiceApp<PlanningContext>({
    name: "planning",
    mode: deps.mode,
    logger: deps.logger,
    metrics: deps.metrics,
    apollo: { schema },
    readiness: databaseReadiness(deps.database as Database<unknown>, migrations),
    context: async (req) => planningContext(deps, await principalOf(req)),
    routes: openDataRoutes(new PlanningService(deps.database.db), deps.logger),
  });
}

export { buildPlanningSchema, migrations };
export type { PlanningContext, PlanningDatabase };
