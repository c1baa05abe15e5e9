import { SignJWT, generateKeyPair, exportPKCS8, importPKCS8 } from "jose";
import { describe, expect, it } from "vitest";
import { AuthenticationError } from "./errors.js";
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  anonymous,
  createPrincipalSigner,
  createPrincipalVerifier,
  type Principal,
} from "./principal.js";

const principal: Principal = {
  personId: "6d1aa5d1-2aa7-59aa-b0b6-42bf0de4b025",
  systemRoles: ["ADMIN"],
  communityRoles: [{ communityId: "c1", role: "CO_COORDINATORE" }],
  organizationId: "9b0e7c52-3f0e-5d55-9a55-6b8f1f0c1a10",
};
const signer = await createPrincipalSigner(DEVELOPMENT_PRINCIPAL_KEYS.privateKey);
const people = await createPrincipalVerifier(DEVELOPMENT_PRINCIPAL_KEYS.publicKey, "people");
const planning = await createPrincipalVerifier(DEVELOPMENT_PRINCIPAL_KEYS.publicKey, "planning");
const privateKey = await importPKCS8(DEVELOPMENT_PRINCIPAL_KEYS.privateKey, "EdDSA");

/** A token as the gateway would sign it, with claims and times chosen by the test. */
function gatewayToken(claims: Record<string, unknown>, audience = "people") {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "EdDSA" })
    .setIssuer("comtem-gateway")
    .setAudience(audience);
}

describe("forwarded principal", () => {
  it("round-trips through sign and verify", async () => {
    expect(await people.verify(await signer.sign(principal, "people"))).toEqual(principal);
  });

  it("carries no organization when the gateway knows none", async () => {
    const header = await signer.sign({ ...principal, organizationId: null }, "people");
    expect((await people.verify(header)).organizationId).toBeNull();
  });

  it("carries the provider identity of a verified but unlinked caller, never beside a person", async () => {
    const externalIdentity = {
      issuer: "https://idp.example/oidc",
      subject: "pairwise-1",
      fiscalCode: "RSSMRA80A01H501U",
    };
    const unlinked: Principal = { ...anonymous, externalIdentity };
    const verified = await people.verify(await signer.sign(unlinked, "people"));
    expect(verified).toEqual(unlinked);
    expect(verified.personId).toBeNull();
    expect(verified.systemRoles).toEqual([]);
    // The signer drops it beside a person, and the verifier ignores one beside a `sub`.
    const withPerson = await people.verify(
      await signer.sign({ ...principal, externalIdentity }, "people"),
    );
    expect(withPerson.externalIdentity).toBeUndefined();
    const forged = await gatewayToken({ externalIdentity, roles: [] })
      .setSubject(principal.personId!)
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(privateKey);
    expect((await people.verify(forged)).externalIdentity).toBeUndefined();
    // Malformed claims count as none.
    const malformed = await gatewayToken({ externalIdentity: { issuer: 3, subject: "" } })
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(privateKey);
    expect((await people.verify(malformed)).externalIdentity).toBeUndefined();
  });

  it("treats a missing header as anonymous", async () => {
    expect(await people.verify(undefined)).toEqual(anonymous);
  });

  it("is accepted only by the subgraphs its audience names", async () => {
    const forPeople = await signer.sign(principal, "people");
    await expect(planning.verify(forPeople)).rejects.toThrow(/meant for another service/);
    const relayed = await signer.sign(principal, ["repository", "planning"]);
    expect((await planning.verify(relayed)).personId).toBe(principal.personId);
    await expect(people.verify(relayed)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("reuses a signed header for the same caller and audience", async () => {
    const first = await signer.sign(principal, "people");
    expect(await signer.sign({ ...principal }, "people")).toBe(first);
    expect(await signer.sign(principal, "planning")).not.toBe(first);
    expect(await signer.sign({ ...principal, systemRoles: [] }, "people")).not.toBe(first);
  });

  it("refuses another key, a shared secret, an unsigned token, garbage and an expired token", async () => {
    const other = await generateKeyPair("EdDSA", { extractable: true });
    const otherSigner = await createPrincipalSigner(await exportPKCS8(other.privateKey));
    const now = Math.floor(Date.now() / 1000);
    const expired = await gatewayToken({ roles: ["ADMIN"] })
      .setIssuedAt(now - 600)
      .setExpirationTime(now - 540)
      .sign(privateKey);
    const hmac = await new SignJWT({ roles: ["ADMIN"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("comtem-gateway")
      .setAudience("people")
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(new TextEncoder().encode("a-shared-secret-that-is-long-enough-01234"));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x","roles":["ADMIN"]}').toString("base64url")}.`;
    for (const header of [
      await otherSigner.sign(principal, "people"),
      hmac,
      unsigned,
      "garbage",
      expired,
    ]) {
      await expect(people.verify(header)).rejects.toBeInstanceOf(AuthenticationError);
    }
  });

  it("drops roles it does not know", async () => {
    const token = await gatewayToken({
      roles: ["ADMIN", "ROOT"],
      communities: [{ communityId: "c", role: "OWNER" }],
    })
      .setSubject("p")
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(privateKey);
    expect(await people.verify(token)).toEqual({
      personId: "p",
      systemRoles: ["ADMIN"],
      communityRoles: [],
      organizationId: null,
    });
  });
});
