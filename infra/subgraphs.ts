import type { FederatedSchema } from "@comtem/service-kit";

export interface SubgraphSource {
  name: string;
  /** Default routing URL written into the supergraph; deployments override it per subgraph. */
  routingUrl: string;
  /** Where the subgraph's SDL is committed. */
  schemaFile: string;
  build: () => Promise<FederatedSchema>;
}

/** Every subgraph composed into the supergraph. Add a subgraph here when it exists. */
export const subgraphs: SubgraphSource[] = [
  {
    name: "communities",
    routingUrl: "http://127.0.0.1:4001/graphql",
    schemaFile: "services/communities/schema.graphql",
    build: async () => (await import("@comtem/communities-service")).buildCommunitiesSchema(),
  },
  {
    name: "planning",
    routingUrl: "http://127.0.0.1:4002/graphql",
    schemaFile: "services/planning/schema.graphql",
    build: async () => (await import("@comtem/planning-service")).buildPlanningSchema(),
  },
  {
    name: "repository",
    routingUrl: "http://127.0.0.1:4003/graphql",
    schemaFile: "services/repository/schema.graphql",
    build: async () => (await import("@comtem/repository-service")).buildRepositorySchema(),
  },
  {
    name: "people",
    routingUrl: "http://127.0.0.1:4004/graphql",
    schemaFile: "services/people/schema.graphql",
    build: async () => (await import("@comtem/people-service")).buildPeopleSchema(),
  },
];
