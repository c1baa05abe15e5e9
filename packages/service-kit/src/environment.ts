import { z } from "zod";

/** Thrown once, listing every invalid or missing variable, so operators fix them in one go. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

export const platformModes = ["development", "production"] as const;
export type PlatformMode = (typeof platformModes)[number];

/** Variables every ComTem service reads. Each deployable extends this in its own environment.ts. */
export const baseEnvironment = z.object({
  COMTEM_MODE: z.enum(platformModes).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** HMAC secret shared by the gateway and the subgraphs to sign the forwarded principal. */
  GATEWAY_SIGNING_SECRET: z.string().min(32, "must be at least 32 characters"),
});

/** Subgraphs add their database settings. */
export const subgraphEnvironment = baseEnvironment.extend({
  /** PostgreSQL server; when unset the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** PostgreSQL cancels a statement running longer (0 = no limit). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** PostgreSQL ends a session left idle inside a transaction longer (0 = no limit). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
});

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

/** Secret used only in development when none is configured; production refuses it. */
export const DEVELOPMENT_SIGNING_SECRET = "comtem-development-only-signing-secret-change-me";

/**
 * Fills development defaults (never in production): the platform runs with zero configuration
 * on a developer's machine, while a production deployment must set every secret explicitly.
 */
export function withDevelopmentDefaults(
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  if (env.COMTEM_MODE === "production") return env;
  return { GATEWAY_SIGNING_SECRET: DEVELOPMENT_SIGNING_SECRET, ...env };
}
