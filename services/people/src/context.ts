import DataLoader from "dataloader";
import type { Kysely } from "kysely";
import { isId, type Principal, type PrincipalContext } from "@comtem/service-kit";
import type { OrganizationRow, PeopleDatabase, PersonRow } from "./db/tables.js";
import { ApiKeyService } from "./modules/api-key/api-key.js";
import { OrganizationRepository } from "./modules/organization/organization.repository.js";
import { OrganizationService } from "./modules/organization/organization.service.js";
import { PersonRepository } from "./modules/person/person.repository.js";
import { PersonService } from "./modules/person/person.service.js";

/** Looks rows up by id in one statement per batch; malformed ids resolve to null. */
function byIdLoader<Row extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<Row[]>,
): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch(ids.filter(isId));
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(db: Kysely<PeopleDatabase>) {
  const organizations = new OrganizationRepository(db);
  const people = new PersonRepository(db);
  return {
    organization: byIdLoader<OrganizationRow>((ids) => organizations.byIds(ids)),
    person: byIdLoader<PersonRow>((ids) => people.byIds(ids)),
    unionMembers: new DataLoader<string, OrganizationRow[]>(async (unionIds) => {
      const rows = await organizations.membersOf(unionIds);
      return unionIds.map((id) => rows.filter((row) => row.union_id === id));
    }),
    nominations: new DataLoader(async (personIds: readonly string[]) => {
      const rows = await people.nominationsOf(personIds);
      return personIds.map((id) => rows.filter((row) => row.person_id === id));
    }),
  };
}
export type PeopleLoaders = ReturnType<typeof createLoaders>;

export function createServices(db: Kysely<PeopleDatabase>) {
  return {
    apiKeys: new ApiKeyService(db),
    organizations: new OrganizationService(db),
    people: new PersonService(db),
  };
}
export type PeopleServices = ReturnType<typeof createServices>;

export interface PeopleContext extends PrincipalContext {
  principal: Principal;
  /** Fresh per request: batching and caching never leak between callers. */
  loaders: PeopleLoaders;
  services: PeopleServices;
}
