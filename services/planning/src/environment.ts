import { z } from "zod";
import { readSubgraphEnvironment, subgraphEnvironment } from "@comtem/service-kit";

const schema = subgraphEnvironment.extend({
  PLANNING_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  /** Public origin of the gateway, used in URLs handed to clients (open data). */
  PUBLIC_GATEWAY_URL: z.url().default("http://localhost:4000"),
});
export type PlanningEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): PlanningEnvironment {
  return readSubgraphEnvironment(schema, env);
}
