import type { Request } from "express";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { trustedIssuers } from "./trusted-issuers.js";

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const tokenFrom = (iss: string) => `${part({ alg: "RS256" })}.${part({ iss, sub: "x" })}.c2ln`;
const request = (authorization?: string) =>
  ({ headers: authorization ? { authorization } : {} }) as Request;

describe("trustedIssuers", () => {
  const verifiers = new Map([
    ["https://idp.example.org", async () => ({ issuer: "https://idp.example.org", subject: "a" })],
    ["http://localhost:4000/dev-issuer", async () => ({ issuer: "dev", subject: "b" })],
  ]);
  const identityOf = trustedIssuers(verifiers);

  it("hands a token to the verifier of the issuer it names", async () => {
    expect(await identityOf(request(`Bearer ${tokenFrom("https://idp.example.org")}`))).toEqual({
      issuer: "https://idp.example.org",
      subject: "a",
    });
    expect(
      await identityOf(request(`Bearer ${tokenFrom("http://localhost:4000/dev-issuer")}`)),
    ).toEqual({ issuer: "dev", subject: "b" });
  });

  it("refuses a token from any other issuer, or that is no JWT, with UNAUTHENTICATED", async () => {
    for (const header of [`Bearer ${tokenFrom("https://evil.example.org")}`, "Bearer not-a-jwt"]) {
      const refused = await identityOf(request(header)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(GraphQLError);
      expect((refused as GraphQLError).extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("is the one verifier itself when only one issuer is trusted", () => {
    const only = async () => null;
    expect(trustedIssuers(new Map([["https://idp.example.org", only]]))).toBe(only);
  });
});
