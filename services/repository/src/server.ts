import {
  createServiceApp,
  databaseReadiness,
  createRequestPrincipal,
  forwardedPrincipalHeader,
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
  /** The gateway's public key, verifying the forwarded principal. */
  principalPublicKey: string;
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
  const principalOf = await createRequestPrincipal({
    publicKey: deps.principalPublicKey,
    audience: "repository",
    mode: deps.mode,
  });
  const planning = deps.planningUrl
    ? planningGoalActionLookup({ url: deps.planningUrl, logger: deps.logger })
    : undefined;
  return createServiceApp<RepositoryContext>({
    name: "repository",
    mode: deps.mode,
    logger: deps.logger,
    metrics: deps.metrics,
    apollo: { schema },
    readiness: databaseReadiness(deps.database as Database<unknown>, migrations),
    context: async (req) => {
      // Planning is asked as the caller: the gateway's header, relayed (its audience names
      // planning too), never one this subgraph signs (docs/adr/0004).
      const relayed = forwardedPrincipalHeader(req);
      const goalActionFacts: GoalActionLookup =
        deps.goalActionFacts ??
        (planning ? (_principal, goalActionId) => planning(relayed, goalActionId) : noPlanning);
      return repositoryContext(
        { database: deps.database, goalActionFacts },
        await principalOf(req),
      );
    },
  });
}

export { buildRepositorySchema, migrations };
export type { RepositoryContext, RepositoryDatabase };
