import type { FederatedSchema } from "@comtem/service-kit";

export interface SubgraphSource {
  name: string;
  /** Default routing URL written into the supergraph; deployments override it per subgraph. */
  routingUrl: string;
  /** Where the subgraph's SDL is committed. */
  schemaFile: string;
  /**
   * Entity types it owns (DOMAIN.md "Who owns what"). Others may extend them by key; the
   * partial-answers check (ADR 0005) needs the owner of every entity that several subgraphs define.
   */
  owns: readonly string[];
  build: () => Promise<FederatedSchema>;
}

/** Every subgraph composed into the supergraph. Add a subgraph here when it exists. */
export const subgraphs: SubgraphSource[] = [
  {
    name: "communities",
    routingUrl: "http://127.0.0.1:4001/graphql",
    schemaFile: "services/communities/schema.graphql",
    owns: ["Community", "Meeting", "Contribution"],
    build: async () => (await import("@comtem/communities-service")).buildCommunitiesSchema(),
  },
  {
    name: "planning",
    routingUrl: "http://127.0.0.1:4002/graphql",
    schemaFile: "services/planning/schema.graphql",
    owns: ["ActivityPlan", "GoalAction", "WorkingGroup"],
    build: async () => (await import("@comtem/planning-service")).buildPlanningSchema(),
  },
  {
    name: "repository",
    routingUrl: "http://127.0.0.1:4003/graphql",
    schemaFile: "services/repository/schema.graphql",
    owns: ["Resource", "SupportOffer"],
    build: async () => (await import("@comtem/repository-service")).buildRepositorySchema(),
  },
  {
    name: "people",
    routingUrl: "http://127.0.0.1:4004/graphql",
    schemaFile: "services/people/schema.graphql",
    owns: ["Organization", "Person"],
    build: async () => (await import("@comtem/people-service")).buildPeopleSchema(),
  },
];
