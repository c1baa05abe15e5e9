import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { AuthenticationError } from "./errors.js";
import { anonymous, signPrincipal, verifyPrincipal, type Principal } from "./principal.js";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const principal: Principal = {
  personId: "6d1aa5d1-2aa7-59aa-b0b6-42bf0de4b025",
  systemRoles: ["ADMIN"],
  communityRoles: [{ communityId: "c1", role: "CO_COORDINATORE" }],
  organizationId: "9b0e7c52-3f0e-5d55-9a55-6b8f1f0c1a10",
};

describe("forwarded principal", () => {
  it("round-trips through sign and verify", async () => {
    expect(await verifyPrincipal(await signPrincipal(principal, secret), secret)).toEqual(
      principal,
    );
  });

  it("carries no organization when the gateway knows none", async () => {
    const header = await signPrincipal({ ...principal, organizationId: null }, secret);
    expect((await verifyPrincipal(header, secret)).organizationId).toBeNull();
  });

  it("treats a missing header as anonymous", async () => {
    expect(await verifyPrincipal(undefined, secret)).toEqual(anonymous);
  });

  it("refuses another key, an unsigned token, garbage and an expired token", async () => {
    const expired = await new SignJWT({ roles: ["ADMIN"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("comtem-gateway")
      .setAudience("comtem-subgraph")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 540)
      .sign(new TextEncoder().encode(secret));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x","roles":["ADMIN"]}').toString("base64url")}.`;
    for (const header of [
      await signPrincipal(principal, `${secret}-other`),
      unsigned,
      "garbage",
      expired,
    ]) {
      await expect(verifyPrincipal(header, secret)).rejects.toBeInstanceOf(AuthenticationError);
    }
  });

  it("drops roles it does not know", async () => {
    const token = await new SignJWT({
      roles: ["ADMIN", "ROOT"],
      communities: [{ communityId: "c", role: "OWNER" }],
    })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("comtem-gateway")
      .setAudience("comtem-subgraph")
      .setSubject("p")
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(new TextEncoder().encode(secret));
    expect(await verifyPrincipal(token, secret)).toEqual({
      personId: "p",
      systemRoles: ["ADMIN"],
      communityRoles: [],
      organizationId: null,
    });
  });
});
