import { buildFederatedSchema, type FederatedSchema } from "@comtem/service-kit";
import type { PeopleContext } from "./context.js";
import { ApiKeyResolver } from "./modules/api-key/api-key.js";
import { toOrganization } from "./modules/organization/organization.mapper.js";
import { OrganizationResolver } from "./modules/organization/organization.resolver.js";
import { toPerson } from "./modules/person/person.mapper.js";
import { NominationResolver, PersonResolver } from "./modules/person/person.resolver.js";

/** The people subgraph schema: owner of Organization and Person. */
export function buildPeopleSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [OrganizationResolver, PersonResolver, NominationResolver, ApiKeyResolver],
    referenceResolvers: {
      // `_entities` calls these once per representation; the loaders turn them into one query.
      Organization: {
        __resolveReference: async (ref: { id: string }, { loaders }: PeopleContext) => {
          const row = await loaders.organization.load(ref.id);
          return row ? toOrganization(row) : null;
        },
      },
      Person: {
        __resolveReference: async (ref: { id: string }, { loaders }: PeopleContext) => {
          const row = await loaders.person.load(ref.id);
          return row ? toPerson(row) : null;
        },
      },
    },
  });
}
