import { z } from "zod";
import {
  parseEnvironment,
  subgraphEnvironment,
  withDevelopmentDefaults,
} from "@comtem/service-kit";

const schema = subgraphEnvironment.extend({
  PEOPLE_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** Load the demo data when the database is empty: default on for the embedded database. */
  SEED_DEMO_DATA: z.enum(["auto", "true", "false"]).default("auto"),
});
export type PeopleEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): PeopleEnvironment {
  return parseEnvironment(schema, withDevelopmentDefaults(env));
}
