import { describe, expect, it } from "vitest";
import { ConfigurationError, DEVELOPMENT_PRINCIPAL_KEYS } from "@comtem/service-kit";
import { TEST_PRODUCTION_KEYS } from "@comtem/testing";
import { readEnvironment } from "./environment.js";

const key = { PRINCIPAL_PRIVATE_KEY: TEST_PRODUCTION_KEYS.privateKey };
const provider = {
  OIDC_ISSUER: "https://idp.example.org/realms/comtem",
  OIDC_JWKS_URL: "https://idp.example.org/realms/comtem/protocol/openid-connect/certs",
};

function problemsOf(env: Record<string, string>): string {
  try {
    readEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems.join("\n");
  }
  return expect.unreachable("the environment was accepted") as never;
}

describe("gateway environment", () => {
  it("is production when COMTEM_MODE is unset, and then needs a key and a provider", () => {
    expect(problemsOf({})).toMatch(/PRINCIPAL_PRIVATE_KEY: required/);
    expect(problemsOf(key)).toMatch(/OIDC_ISSUER/);
    const env = readEnvironment({ ...key, ...provider });
    expect(env.COMTEM_MODE).toBe("production");
    expect(env.devIssuer).toBe(false);
    expect(env.trustedIssuers).toEqual([
      { issuer: provider.OIDC_ISSUER, jwksUrl: provider.OIDC_JWKS_URL },
    ]);
  });

  it("needs only OIDC_ISSUER: the keys are then found by discovery", () => {
    expect(problemsOf({ ...key, OIDC_JWKS_URL: provider.OIDC_JWKS_URL })).toMatch(/OIDC_ISSUER/);
    const env = readEnvironment({ ...key, OIDC_ISSUER: provider.OIDC_ISSUER });
    expect(env.trustedIssuers).toEqual([{ issuer: provider.OIDC_ISSUER, jwksUrl: undefined }]);
  });

  it("runs the development issuer and key when development is asked for", () => {
    const env = readEnvironment({ COMTEM_MODE: "development" });
    expect(env.devIssuer).toBe(true);
    expect(env.devIssuerUrl).toBe("http://localhost:4000/dev-issuer");
    expect(env.trustedIssuers).toEqual([
      {
        issuer: "http://localhost:4000/dev-issuer",
        jwksUrl: "http://localhost:4000/dev-issuer/jwks",
      },
    ]);
    expect(env.PRINCIPAL_PRIVATE_KEY).toBe(DEVELOPMENT_PRINCIPAL_KEYS.privateKey);
  });

  it("trusts a real provider besides the development issuer in development", () => {
    const env = readEnvironment({ COMTEM_MODE: "development", OIDC_ISSUER: provider.OIDC_ISSUER });
    expect(env.trustedIssuers.map((i) => i.issuer)).toEqual([
      provider.OIDC_ISSUER,
      "http://localhost:4000/dev-issuer",
    ]);
  });

  it("refuses, in production, the development key, issuer and introspection, naming each", () => {
    const problems = problemsOf({
      PRINCIPAL_PRIVATE_KEY: DEVELOPMENT_PRINCIPAL_KEYS.privateKey,
      ...provider,
      DEV_ISSUER: "true",
      SUPERGRAPH_SOURCE: "introspect",
    });
    expect(problems).toMatch(/PRINCIPAL_PRIVATE_KEY: the published development key/);
    expect(problems).toMatch(/DEV_ISSUER/);
    expect(problems).toMatch(/SUPERGRAPH_SOURCE/);
    expect(problems).not.toContain("BEGIN PRIVATE KEY");
  });

  it("accepts a key written on one line with \\n escapes, refuses one that is not PEM", () => {
    const oneLine = TEST_PRODUCTION_KEYS.privateKey.replace(/\n/g, "\\n");
    expect(
      readEnvironment({ PRINCIPAL_PRIVATE_KEY: oneLine, ...provider }).PRINCIPAL_PRIVATE_KEY,
    ).toBe(TEST_PRODUCTION_KEYS.privateKey);
    expect(problemsOf({ PRINCIPAL_PRIVATE_KEY: "a-shared-secret", ...provider })).toMatch(
      /PRINCIPAL_PRIVATE_KEY: must be a PEM/,
    );
  });
});
