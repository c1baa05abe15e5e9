import type { Kysely } from "kysely";
import {
  byIdLoader,
  groupLoader,
  type Principal,
  type PrincipalContext,
} from "@comtem/service-kit";
import type { OrganizationRow, PeopleDatabase, PersonRow } from "./db/tables.js";
import { AccessRequestService } from "./modules/access-request/access-request.service.js";
import { ApiKeyService } from "./modules/api-key/api-key.js";
import { CAPS } from "./modules/caps.js";
import { IdentityRepository } from "./modules/identity/identity.repository.js";
import { IdentityService } from "./modules/identity/identity.service.js";
import { OrganizationRepository } from "./modules/organization/organization.repository.js";
import { OrganizationService } from "./modules/organization/organization.service.js";
import { PersonRepository } from "./modules/person/person.repository.js";
import { PersonService } from "./modules/person/person.service.js";

export function createLoaders(db: Kysely<PeopleDatabase>) {
  const organizations = new OrganizationRepository(db);
  const people = new PersonRepository(db);
  const identities = new IdentityRepository(db);
  return {
    organization: byIdLoader<OrganizationRow>((ids) => organizations.byIds(ids)),
    person: byIdLoader<PersonRow>((ids) => people.byIds(ids)),
    unionMembers: groupLoader(
      (unionIds) => organizations.membersOf(unionIds),
      (row) => row.union_id,
    ),
    nominations: groupLoader(
      (personIds) => people.nominationsOf(personIds),
      (row) => row.person_id,
      CAPS.nominations,
    ),
    identities: groupLoader(
      (personIds) => identities.ofPeople(personIds),
      (row) => row.person_id,
      CAPS.identities,
    ),
  };
}
export type PeopleLoaders = ReturnType<typeof createLoaders>;

export function createServices(db: Kysely<PeopleDatabase>) {
  return {
    accessRequests: new AccessRequestService(db),
    apiKeys: new ApiKeyService(db),
    identities: new IdentityService(db),
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
