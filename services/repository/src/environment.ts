import { z } from "zod";
import { readSubgraphEnvironment, subgraphEnvironment } from "@comtem/service-kit";

const schema = subgraphEnvironment.extend({
  REPOSITORY_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  /** The planning subgraph, asked about a goal-action (community, referents, working group) when a deliverable is linked. */
  PLANNING_URL: z.url().default("http://localhost:4002/graphql"),
});
export type RepositoryEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): RepositoryEnvironment {
  return readSubgraphEnvironment(schema, env);
}
