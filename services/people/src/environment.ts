import { z } from "zod";
import { readSubgraphEnvironment, subgraphEnvironment } from "@comtem/service-kit";

const schema = subgraphEnvironment.extend({
  PEOPLE_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
});
export type PeopleEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): PeopleEnvironment {
  return readSubgraphEnvironment(schema, env);
}
