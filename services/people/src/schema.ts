import { buildFederatedSchema, type FederatedSchema } from "@comtem/service-kit";
import type { PeopleContext } from "./context.js";
import { AccessRequestResolver } from "./modules/access-request/access-request.resolver.js";
import { ApiKeyResolver } from "./modules/api-key/api-key.js";
import {
  IdentityResolver,
  PersonIdentitiesResolver,
} from "./modules/identity/identity.resolver.js";
import { toOrganization } from "./modules/organization/organization.mapper.js";
import { OrganizationResolver } from "./modules/organization/organization.resolver.js";
import { toPerson } from "./modules/person/person.mapper.js";
import { NominationResolver, PersonResolver } from "./modules/person/person.resolver.js";

/** The people subgraph schema: owner of Organization and Person. */
export function buildPeopleSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      OrganizationResolver,
      PersonResolver,
      NominationResolver,
      ApiKeyResolver,
      IdentityResolver,
      PersonIdentitiesResolver,
      AccessRequestResolver,
    ],
    referenceResolvers: {
      // `_entities` calls these once per representation; the loaders turn them into one query.
      Organization: {
        __resolveReference: async (ref: { id: string }, { loaders }: PeopleContext) => {
          const row = await loaders.organization.load(ref.id);
          return row ? toOrganization(row) : null;
        },
      },
      Person: {
        // With `email` or `phone` the gateway sends `communityIds` too (@requires): kept on the
        // object for the contact rule; a malformed value counts as no community.
        __resolveReference: async (
          ref: { id: string; communityIds?: unknown },
          { loaders }: PeopleContext,
        ) => {
          const row = await loaders.person.load(ref.id);
          if (!row) return null;
          const person = toPerson(row);
          if (Array.isArray(ref.communityIds)) {
            person.communityIds = ref.communityIds.filter(
              (id): id is string => typeof id === "string",
            );
          }
          return person;
        },
      },
    },
  });
}
