import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  parseEnvironment,
  subgraphEnvironment,
  withDevelopmentDefaults,
} from "./environment.js";

describe("environment", () => {
  it("reports every problem at once, without echoing values", () => {
    const env = {
      COMTEM_MODE: "staging",
      GATEWAY_SIGNING_SECRET: "short-secret-value",
      DATABASE_URL: "mysql://db",
    };
    try {
      parseEnvironment(subgraphEnvironment, env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const problems = (error as ConfigurationError).problems.join("\n");
      expect(problems).toContain("COMTEM_MODE");
      expect(problems).toContain("GATEWAY_SIGNING_SECRET");
      expect(problems).toContain("DATABASE_URL");
      expect(problems).not.toContain("short-secret-value");
    }
  });

  it("fills the development secret in development only", () => {
    expect(parseEnvironment(subgraphEnvironment, withDevelopmentDefaults({})).COMTEM_MODE).toBe(
      "development",
    );
    expect(() =>
      parseEnvironment(subgraphEnvironment, withDevelopmentDefaults({ COMTEM_MODE: "production" })),
    ).toThrow(/GATEWAY_SIGNING_SECRET/);
  });
});
