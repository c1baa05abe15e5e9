import { buildFederatedSchema, type FederatedSchema } from "@comtem/service-kit";
import type { RepositoryContext } from "./context.js";
import {
  CommunityResourcesResolver,
  GoalActionResourcesResolver,
  OrganizationResourcesResolver,
  PersonSupportOffersResolver,
} from "./modules/federated/federated.resolver.js";
import {
  Community,
  GoalAction,
  Organization,
  Person,
  reference,
} from "./modules/federated/federated.types.js";
import { toSupportOffer } from "./modules/mappers.js";
import {
  ResourceResolver,
  ResourceRevisionResolver,
  visibleResource,
} from "./modules/resource/resource.resolver.js";
import { SearchResolver } from "./modules/search/search.resolver.js";
import { HelperResolver, SupportOfferResolver } from "./modules/support/support.resolver.js";

type Ref = { id: string };

/** The repository subgraph: owner of Resource and SupportOffer (and the Topic vocabulary). */
export function buildRepositorySchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      ResourceResolver,
      ResourceRevisionResolver,
      SearchResolver,
      SupportOfferResolver,
      HelperResolver,
      OrganizationResourcesResolver,
      CommunityResourcesResolver,
      GoalActionResourcesResolver,
      PersonSupportOffersResolver,
    ],
    referenceResolvers: {
      Resource: {
        __resolveReference: (ref: Ref, context: RepositoryContext) =>
          visibleResource(ref.id, context),
      },
      SupportOffer: {
        __resolveReference: async (ref: Ref, context: RepositoryContext) => {
          const row = await context.support.offerById(ref.id);
          if (!row || !(await context.loaders.resource.load(row.resource_id))) return null;
          return toSupportOffer(row);
        },
      },
      // Entities of other subgraphs: known by id only.
      Organization: { __resolveReference: (ref: Ref) => reference(ref.id, Organization) },
      Community: { __resolveReference: (ref: Ref) => reference(ref.id, Community) },
      GoalAction: { __resolveReference: (ref: Ref) => reference(ref.id, GoalAction) },
      Person: { __resolveReference: (ref: Ref) => reference(ref.id, Person) },
    },
  });
}
