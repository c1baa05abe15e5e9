import { z } from "zod";
import { DEVELOPMENT_PRINCIPAL_KEYS, normalizePem } from "./principal.js";

/** Thrown once, listing every invalid or missing variable, so operators fix them in one go. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

export const platformModes = ["development", "production"] as const;
export type PlatformMode = (typeof platformModes)[number];

const pem = (kind: "PRIVATE" | "PUBLIC") =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `required: the gateway's ${kind.toLowerCase()} key (PEM, Ed25519; \`pnpm keys\` makes a pair)`
          : "must be text",
    })
    .transform(normalizePem)
    .refine((value) => value.startsWith(`-----BEGIN ${kind} KEY-----`), {
      message: `must be a PEM ${kind === "PRIVATE" ? "PKCS#8 private" : "SPKI public"} key (Ed25519; \`pnpm keys\` makes a pair)`,
    });

/**
 * Variables every ComTem service reads. Each deployable extends this in its own environment.ts.
 * Production is the default: development (zero configuration, published keys, demo data) is
 * asked for explicitly, as `pnpm start` and the test harnesses do.
 */
export const baseEnvironment = z.object({
  COMTEM_MODE: z.enum(platformModes).default("production"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().min(1).default("127.0.0.1"),
});

/** The gateway signs the forwarded principal with its private key. */
export const gatewayKeyEnvironment = z.object({ PRINCIPAL_PRIVATE_KEY: pem("PRIVATE") });

/** Subgraphs add their database settings and the gateway's public key. */
export const subgraphEnvironment = baseEnvironment.extend({
  /** Verifies the forwarded principal; only the gateway holds the private key. */
  PRINCIPAL_PUBLIC_KEY: pem("PUBLIC"),
  /** PostgreSQL server; when unset the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** PostgreSQL cancels a statement running longer (0 = no limit). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** PostgreSQL ends a session left idle inside a transaction longer (0 = no limit). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  /** Production only: accept the embedded database (a single-node pilot), with a warning. */
  ALLOW_EMBEDDED_DATABASE: z.enum(["true", "false"]).default("false"),
  /** Load the demo data when the database is empty: `auto` = on the embedded database in development. */
  SEED_DEMO_DATA: z.enum(["auto", "true", "false"]).default("auto"),
});
type SubgraphBase = z.infer<typeof subgraphEnvironment>;

/**
 * Parses `env` once; reports all problems at the same time and never echoes values
 * (they may be secrets).
 */
export function parseEnvironment<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  );
}

/**
 * Fills development defaults, in development only: the platform runs with zero configuration
 * on a developer's machine, while a production deployment must set every key explicitly.
 */
export function withDevelopmentDefaults(
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  if (env.COMTEM_MODE !== "development") return env;
  return {
    PRINCIPAL_PRIVATE_KEY: DEVELOPMENT_PRINCIPAL_KEYS.privateKey,
    PRINCIPAL_PUBLIC_KEY: DEVELOPMENT_PRINCIPAL_KEYS.publicKey,
    ...env,
  };
}

/** True when a configured key is one of the published development keys. */
export function isDevelopmentKey(pemValue: string | undefined): boolean {
  if (!pemValue) return false;
  const value = normalizePem(pemValue);
  return (
    value === DEVELOPMENT_PRINCIPAL_KEYS.privateKey ||
    value === DEVELOPMENT_PRINCIPAL_KEYS.publicKey
  );
}

/**
 * What production refuses in a subgraph, each naming its setting: the published development
 * key, demo data, and the embedded database unless a single-node pilot asks for it.
 */
export function subgraphProductionProblems(env: SubgraphBase): string[] {
  if (env.COMTEM_MODE !== "production") return [];
  const problems: string[] = [];
  if (isDevelopmentKey(env.PRINCIPAL_PUBLIC_KEY)) {
    problems.push(
      "PRINCIPAL_PUBLIC_KEY: the published development key cannot be used in production",
    );
  }
  if (env.SEED_DEMO_DATA === "true") {
    problems.push("SEED_DEMO_DATA: demo data cannot be loaded in production");
  }
  if (!env.DATABASE_URL && env.ALLOW_EMBEDDED_DATABASE !== "true") {
    problems.push(
      "DATABASE_URL: production needs a PostgreSQL server (ALLOW_EMBEDDED_DATABASE=true accepts the embedded database for a single-node pilot)",
    );
  }
  return problems;
}

/** A subgraph's environment: parsed, development defaults filled, production checked. */
export function readSubgraphEnvironment<S extends z.ZodType<SubgraphBase, unknown>>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const parsed = parseEnvironment(schema, withDevelopmentDefaults(env));
  const problems = subgraphProductionProblems(parsed);
  if (problems.length > 0) throw new ConfigurationError(problems);
  return parsed;
}
