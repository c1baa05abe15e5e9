import { describe, expect, it } from "vitest";
import { ConfigurationError } from "@comtem/service-kit";
import { readEnvironment } from "./environment.js";

const secret = "a-production-secret-of-enough-length-123456";

describe("gateway environment", () => {
  it("runs the development issuer by default in development", () => {
    const env = readEnvironment({});
    expect(env.devIssuer).toBe(true);
    expect(env.oidcIssuer).toBe("http://localhost:4000/dev-issuer");
  });

  it("refuses the development issuer and introspection in production, listing both", () => {
    expect(() =>
      readEnvironment({
        COMTEM_MODE: "production",
        GATEWAY_SIGNING_SECRET: secret,
        DEV_ISSUER: "true",
        SUPERGRAPH_SOURCE: "introspect",
      }),
    ).toThrow(ConfigurationError);
    try {
      readEnvironment({
        COMTEM_MODE: "production",
        GATEWAY_SIGNING_SECRET: secret,
        DEV_ISSUER: "true",
        SUPERGRAPH_SOURCE: "introspect",
      });
    } catch (error) {
      const problems = (error as ConfigurationError).problems.join("\n");
      expect(problems).toMatch(/DEV_ISSUER/);
      expect(problems).toMatch(/SUPERGRAPH_SOURCE/);
    }
  });

  it("requires a real identity provider and secret in production", () => {
    expect(() => readEnvironment({ COMTEM_MODE: "production" })).toThrow(/GATEWAY_SIGNING_SECRET/);
    expect(() =>
      readEnvironment({ COMTEM_MODE: "production", GATEWAY_SIGNING_SECRET: secret }),
    ).toThrow(/OIDC_ISSUER/);
    const env = readEnvironment({
      COMTEM_MODE: "production",
      GATEWAY_SIGNING_SECRET: secret,
      OIDC_ISSUER: "https://idp.example.org/realms/comtem",
      OIDC_JWKS_URL: "https://idp.example.org/realms/comtem/protocol/openid-connect/certs",
    });
    expect(env.devIssuer).toBe(false);
  });
});
