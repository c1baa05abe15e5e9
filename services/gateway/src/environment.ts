import { z } from "zod";
import {
  baseEnvironment,
  gatewayKeyEnvironment,
  isDevelopmentKey,
  parseEnvironment,
  withDevelopmentDefaults,
} from "@comtem/service-kit";

export const subgraphNames = ["communities", "planning", "repository", "people"] as const;

const schema = baseEnvironment
  .extend(gatewayKeyEnvironment.shape)
  .extend({
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** Public origin of the gateway (issuer URLs, links in feeds). */
    PUBLIC_URL: z.url().default("http://localhost:4000"),
    /** Production: the supergraph composed at build time. */
    SUPERGRAPH_PATH: z.string().min(1).default("infra/supergraph.graphql"),
    /** Development only: compose from the running subgraphs instead of the file. */
    SUPERGRAPH_SOURCE: z.enum(["file", "introspect"]).default("file"),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).max(1024).default(64),
    /** Overrides of the routing URLs written in the supergraph, per subgraph. */
    COMMUNITIES_URL: z.url().optional(),
    PLANNING_URL: z.url().optional(),
    REPOSITORY_URL: z.url().optional(),
    PEOPLE_URL: z.url().optional(),
    /** OpenID Connect issuer whose JWTs the gateway accepts. Default: the development issuer. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_AUDIENCE: z.string().min(1).default("comtem"),
    /** The provider's key set; unset, read from the issuer's OpenID Connect discovery document. */
    OIDC_JWKS_URL: z.url().optional(),
    DEV_ISSUER: z.enum(["true", "false"]).optional(),
    /** Operation limits (README "Limits"): defaults in the range of mature gateways. */
    LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
    LIMIT_MAX_ALIASES: z.coerce.number().int().min(1).max(500).default(30),
    LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(5_000),
    LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(500).default(50),
    LIMIT_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/)
      .default("2mb"),
    /** Browser origins allowed to call the API (comma-separated). */
    CORS_ORIGINS: z.string().optional(),
    /** Rate-limit counters shared by replicas; in memory when unset. */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    RATE_LIMIT_PER_KEY: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_PER_USER: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(300),
    RATE_LIMIT_PER_IP_EDGE: z.coerce.number().int().min(1).default(1_200),
    RATE_LIMIT_KEY_LOOKUPS_PER_IP: z.coerce.number().int().min(1).default(30),
    /** Persisted-operation manifests of the first-party apps (comma-separated JSON files). */
    PERSISTED_OPERATIONS: z.string().optional(),
    /** Hold callers without an API key to those operations (production default: on when given). */
    SAFELIST: z.enum(["enforce", "off"]).optional(),
    /** Also accept the operations registered slices publish (persisted-documents.json). */
    SAFELIST_FROM_REGISTRY: z.enum(["true", "false"]).default("true"),
    /** Number of reverse proxies in front of the gateway, for the client IP (Express trust proxy). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** The built API explorer served at /explorer (default: apps/explorer/dist of this checkout). */
    EXPLORER_DIR: z.string().min(1).optional(),
  })
  .transform((env, ctx) => {
    const production = env.COMTEM_MODE === "production";
    const devIssuer = env.DEV_ISSUER ? env.DEV_ISSUER === "true" : !production;
    if (production && devIssuer) {
      ctx.addIssue({
        code: "custom",
        path: ["DEV_ISSUER"],
        message: "the development issuer cannot run in production mode",
      });
    }
    if (production && isDevelopmentKey(env.PRINCIPAL_PRIVATE_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["PRINCIPAL_PRIVATE_KEY"],
        message: "the published development key cannot be used in production",
      });
    }
    if (production && env.SUPERGRAPH_SOURCE === "introspect") {
      ctx.addIssue({
        code: "custom",
        path: ["SUPERGRAPH_SOURCE"],
        message: "production loads the composed supergraph file",
      });
    }
    if (!devIssuer && !env.OIDC_ISSUER) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "OIDC_ISSUER is required without the development issuer (its keys are found by discovery unless OIDC_JWKS_URL is set)",
      });
    }
    const corsOrigins = env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(",")
          .map((o) => o.trim())
          .filter(Boolean)
      : production
        ? []
        : Array.from({ length: 11 }, (_, i) => [
            `http://localhost:${3000 + i}`,
            `http://127.0.0.1:${3000 + i}`,
          ]).flat();
    const devIssuerUrl = `${env.PUBLIC_URL.replace(/\/$/, "")}/dev-issuer`;
    return {
      ...env,
      devIssuer,
      corsOrigins,
      persistedOperations: env.PERSISTED_OPERATIONS
        ? env.PERSISTED_OPERATIONS.split(",")
            .map((p) => p.trim())
            .filter(Boolean)
        : [],
      enforceSafelist: env.SAFELIST
        ? env.SAFELIST === "enforce"
        : production && Boolean(env.PERSISTED_OPERATIONS),
      /** The development issuer's URL (its tokens' `iss`) when it runs. */
      devIssuerUrl: devIssuer ? devIssuerUrl : null,
      /**
       * The issuers whose tokens the gateway verifies: the provider (OIDC_ISSUER; its keys found by
       * discovery unless OIDC_JWKS_URL is set) and, in development, the development issuer too,
       * so `pnpm start` keeps its quick sign-in while a real provider is tried
       * (trusted-issuers.ts).
       */
      trustedIssuers: [
        ...(env.OIDC_ISSUER ? [{ issuer: env.OIDC_ISSUER, jwksUrl: env.OIDC_JWKS_URL }] : []),
        ...(devIssuer ? [{ issuer: devIssuerUrl, jwksUrl: `${devIssuerUrl}/jwks` }] : []),
      ],
      subgraphUrls: {
        communities: env.COMMUNITIES_URL,
        planning: env.PLANNING_URL,
        repository: env.REPOSITORY_URL,
        people: env.PEOPLE_URL,
      } as Record<string, string | undefined>,
    };
  });
export type GatewayEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in the gateway. */
export function readEnvironment(env = process.env): GatewayEnvironment {
  return parseEnvironment(schema, withDevelopmentDefaults(env));
}
