import DataLoader from "dataloader";
import type { Kysely } from "kysely";
import { groupRows, isId, type Principal, type PrincipalContext } from "@comtem/service-kit";
import { canSee } from "./access.js";
import type { RepositoryDatabase, ResourceRow } from "./db/tables.js";
import { CAPS } from "./modules/caps.js";
import { ResourceRepository } from "./modules/repository.repository.js";
import { ResourceService } from "./modules/resource/resource.service.js";
import { SearchService } from "./modules/search/search.service.js";
import { SupportService } from "./modules/support/support.service.js";

/**
 * Per-request loaders: one SQL statement per level of a query, whatever the number of
 * organizations, communities, goal-actions, people or helpers. Resources the caller may not
 * see are dropped here, once.
 */
export function createLoaders(db: Kysely<RepositoryDatabase>, principal: Principal) {
  const repository = new ResourceRepository(db);
  const visible = (rows: ResourceRow[]) => rows.filter((row) => canSee(principal, row));
  const by = (column: "organization_id" | "community_id" | "goal_action_id", max: number) =>
    new DataLoader(async (ids: readonly string[]) =>
      groupRows(
        ids,
        visible(await repository.resourcesBy(column, ids.filter(isId))),
        (r) => r[column],
        max,
      ),
    );
  return {
    resource: new DataLoader<string, ResourceRow | null>(async (ids) => {
      const rows = visible(await repository.resourcesByIds(ids.filter(isId)));
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    resourcesByOrganization: by("organization_id", CAPS.organizationResources),
    resourcesByCommunity: by("community_id", CAPS.communityResources),
    resourcesByGoalAction: by("goal_action_id", CAPS.deliverableResources),
    revisionsByResource: new DataLoader(async (ids: readonly string[]) =>
      groupRows(
        ids,
        await repository.revisionsByResources(ids.filter(isId), CAPS.revisions),
        (r) => r.resource_id,
      ),
    ),
    offersByPerson: new DataLoader(async (ids: readonly string[]) =>
      groupRows(
        ids,
        await repository.activeOffersByPeople(ids.filter(isId)),
        (r) => r.person_id,
        CAPS.offers,
      ),
    ),
    offersByResource: new DataLoader(async (ids: readonly string[]) =>
      groupRows(
        ids,
        await repository.activeOffersByResources(ids),
        (r) => r.resource_id,
        CAPS.offers,
      ),
    ),
  };
}
export type RepositoryLoaders = ReturnType<typeof createLoaders>;

export interface RepositoryContext extends PrincipalContext {
  principal: Principal;
  loaders: RepositoryLoaders;
  resources: ResourceService;
  search: SearchService;
  support: SupportService;
}
