import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ConfigurationError,
  parseEnvironment,
  readSubgraphEnvironment,
  subgraphEnvironment,
} from "./environment.js";
import { DEVELOPMENT_PRINCIPAL_KEYS } from "./principal.js";

/** Not the published development key (the test package's pair, inlined to avoid a cycle). */
const PRODUCTION_PUBLIC_KEY =
  "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAyZ7L9arMWu0Y6tBhCa9mDP+NYGIXc43AKVh7ODn59N4=\n-----END PUBLIC KEY-----";
const schema = subgraphEnvironment.extend({ EXAMPLE_PORT: z.coerce.number().default(4999) });

function problemsOf(env: Record<string, string>): string {
  try {
    readSubgraphEnvironment(schema, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems.join("\n");
  }
  return expect.unreachable("the environment was accepted") as never;
}

describe("environment", () => {
  it("reports every problem at once, without echoing values", () => {
    const env = {
      COMTEM_MODE: "staging",
      PRINCIPAL_PUBLIC_KEY: "short-secret-value",
      DATABASE_URL: "mysql://db",
    };
    try {
      parseEnvironment(subgraphEnvironment, env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const problems = (error as ConfigurationError).problems.join("\n");
      expect(problems).toContain("COMTEM_MODE");
      expect(problems).toContain("PRINCIPAL_PUBLIC_KEY");
      expect(problems).toContain("DATABASE_URL");
      expect(problems).not.toContain("short-secret-value");
    }
  });

  it("is production when COMTEM_MODE is unset: no development key, no embedded database", () => {
    const problems = problemsOf({});
    expect(problems).toMatch(/PRINCIPAL_PUBLIC_KEY/);
    expect(problemsOf({ PRINCIPAL_PUBLIC_KEY: DEVELOPMENT_PRINCIPAL_KEYS.publicKey })).toMatch(
      /PRINCIPAL_PUBLIC_KEY: the published development key cannot be used in production/,
    );
    expect(problemsOf({ PRINCIPAL_PUBLIC_KEY: PRODUCTION_PUBLIC_KEY })).toMatch(
      /DATABASE_URL: production needs a PostgreSQL server/,
    );
  });

  it("refuses demo data in production, naming the setting", () => {
    expect(
      problemsOf({
        PRINCIPAL_PUBLIC_KEY: PRODUCTION_PUBLIC_KEY,
        DATABASE_URL: "postgres://db.example/comtem",
        SEED_DEMO_DATA: "true",
      }),
    ).toMatch(/SEED_DEMO_DATA: demo data cannot be loaded in production/);
  });

  it("accepts a production configuration, and the embedded database only when asked", () => {
    const base = { PRINCIPAL_PUBLIC_KEY: PRODUCTION_PUBLIC_KEY };
    expect(
      readSubgraphEnvironment(schema, { ...base, DATABASE_URL: "postgres://db.example/comtem" })
        .COMTEM_MODE,
    ).toBe("production");
    expect(
      readSubgraphEnvironment(schema, { ...base, ALLOW_EMBEDDED_DATABASE: "true" }).DATABASE_URL,
    ).toBeUndefined();
  });

  it("fills the development key and allows the embedded database in development only", () => {
    const env = readSubgraphEnvironment(schema, { COMTEM_MODE: "development" });
    expect(env.PRINCIPAL_PUBLIC_KEY).toBe(DEVELOPMENT_PRINCIPAL_KEYS.publicKey);
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
