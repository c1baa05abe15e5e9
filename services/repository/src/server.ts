import {
  createServiceApp,
  databaseReadiness,
  principalFromRequest,
  type Database,
  type Logger,
  type Metrics,
  type PlatformMode,
  type Principal,
  type ServiceApp,
} from "@comtem/service-kit";
import { createLoaders, type RepositoryContext } from "./context.js";
import { migrations } from "./db/migrations/index.js";
import type { RepositoryDatabase } from "./db/tables.js";
import {
  noPlanning,
  planningGoalActionLookup,
  type GoalActionLookup,
} from "./modules/planning/goal-actions.js";
import { ResourceService } from "./modules/resource/resource.service.js";
import { SearchService } from "./modules/search/search.service.js";
import { SupportService } from "./modules/support/support.service.js";
import { buildRepositorySchema } from "./schema.js";

export interface RepositoryServerDeps {
  database: Database<RepositoryDatabase>;
  signingSecret: string;
  mode: PlatformMode;
  logger: Logger;
  metrics: Metrics;
  /** GraphQL URL of the planning subgraph, to check deliverable links; none → links refused. */
  planningUrl?: string | undefined;
  /** Tests replace the planning lookup. */
  goalActionFacts?: GoalActionLookup;
}

/** Per-request context; tests build the same one for in-process execution. */
export function repositoryContext(
  deps: Pick<RepositoryServerDeps, "database" | "goalActionFacts">,
  principal: Principal,
): RepositoryContext {
  const db = deps.database.db;
  return {
    principal,
    loaders: createLoaders(db, principal),
    resources: new ResourceService(db, deps.goalActionFacts ?? noPlanning),
    search: new SearchService(db),
    support: new SupportService(db),
  };
}

/** Builds the repository subgraph without listening (tests use it in-process). */
export async function createRepositoryServer(deps: RepositoryServerDeps): Promise<ServiceApp> {
  const { schema } = await buildRepositorySchema();
  const goalActionFacts =
    deps.goalActionFacts ??
    (deps.planningUrl
      ? planningGoalActionLookup({
          url: deps.planningUrl,
          signingSecret: deps.signingSecret,
          logger: deps.logger,
        })
      : noPlanning);
  return createServiceApp<RepositoryContext>({
    name: "repository",
    mode: deps.mode,
    logger: deps.logger,
    metrics: deps.metrics,
    apollo: { schema },
    readiness: databaseReadiness(deps.database as Database<unknown>, migrations),
    context: async (req) =>
      repositoryContext(
        { database: deps.database, goalActionFacts },
        await principalFromRequest(req, deps.signingSecret, deps.mode),
      ),
  });
}

export { buildRepositorySchema, migrations };
export type { RepositoryContext, RepositoryDatabase };
