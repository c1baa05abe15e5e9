import { z } from "zod";
import { readSubgraphEnvironment, subgraphEnvironment } from "@comtem/service-kit";

const schema = subgraphEnvironment
  .extend({
    PEOPLE_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
    /** The gateway's public origin; the development issuer lives under it. */
    PUBLIC_URL: z.url().default("http://localhost:4000"),
    /**
     * The development issuer's `iss`, for which the demo data links every seeded person
     * (subject = person id). Default: the gateway's, `${PUBLIC_URL}/dev-issuer`.
     */
    DEV_ISSUER_URL: z.url().optional(),
  })
  .transform((env) => ({
    ...env,
    devIssuerUrl: env.DEV_ISSUER_URL ?? `${env.PUBLIC_URL.replace(/\/$/, "")}/dev-issuer`,
  }));
export type PeopleEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): PeopleEnvironment {
  return readSubgraphEnvironment(schema, env);
}
