import { z } from "zod";
import {
  parseEnvironment,
  subgraphEnvironment,
  withDevelopmentDefaults,
} from "@comtem/service-kit";

const schema = subgraphEnvironment.extend({
  REPOSITORY_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  /** The planning subgraph, asked about a goal-action (community, referents, working group) when a deliverable is linked. */
  PLANNING_URL: z.url().default("http://localhost:4002/graphql"),
  SEED_DEMO_DATA: z.enum(["auto", "true", "false"]).default("auto"),
});
export type RepositoryEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): RepositoryEnvironment {
  return parseEnvironment(schema, withDevelopmentDefaults(env));
}
