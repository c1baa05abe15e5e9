import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Request } from "express";
import { SignJWT, exportJWK, generateKeyPair, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdentity } from "./identity.js";

/** A stand-in identity provider: its JWKS answers, or fails while `down`. */
let down = false;
let keys: JWK[] = [];
let fetches = 0;
let server: Server;
let jwksUrl: string;
const ISSUER = "https://idp.test/realms/comtem";

beforeAll(async () => {
  server = createServer((_req, res) => {
    fetches += 1;
    if (down) {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function providerKey(kid: string) {
  const pair = await generateKeyPair("ES256");
  keys.push({ ...(await exportJWK(pair.publicKey)), kid, alg: "ES256", use: "sig" });
  return (subject: string) =>
    new SignJWT({})
      .setProtectedHeader({ alg: "ES256", kid })
      .setIssuer(ISSUER)
      .setAudience("comtem")
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(pair.privateKey);
}

const request = (token: string) =>
  ({ headers: { authorization: `Bearer ${token}` } }) as unknown as Request;

describe("identity provider keys", () => {
  it("keeps verifying with the keys it has while the provider is down", async () => {
    keys = [];
    const sign = await providerKey("k1");
    const identify = createIdentity({
      issuer: ISSUER,
      audience: "comtem",
      jwksUrl,
      keysMaxAgeMs: 20,
    });
    expect((await identify(request(await sign("p-1"))))?.subject).toBe("p-1");
    down = true;
    await new Promise((resolve) => setTimeout(resolve, 40));
    const before = fetches;
    // Past the keys' age: a refresh is tried, fails, and the cached keys still verify.
    expect((await identify(request(await sign("p-2"))))?.subject).toBe("p-2");
    expect(fetches).toBeGreaterThan(before);
    // A key the gateway never saw cannot be verified while the provider is down.
    const unknown = await providerKey("k2");
    await expect(identify(request(await unknown("p-3")))).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
    down = false;
  });

  it("refuses every token, clearly, when it never had the provider's keys", async () => {
    keys = [];
    const sign = await providerKey("k3");
    down = true;
    const identify = createIdentity({
      issuer: ISSUER,
      audience: "comtem",
      jwksUrl,
    });
    await expect(identify(request(await sign("p-1")))).rejects.toThrow(
      /Identity provider unavailable/,
    );
    down = false;
    expect((await identify(request(await sign("p-1"))))?.subject).toBe("p-1");
  });
});

describe("what a token gives", () => {
  it("only the provider's (issuer, subject): role and person claims are ignored", async () => {
    keys = [];
    const pair = await generateKeyPair("ES256");
    keys.push({ ...(await exportJWK(pair.publicKey)), kid: "k4", alg: "ES256", use: "sig" });
    const token = await new SignJWT({ comtem_roles: ["ADMIN"], person_id: "p-admin" })
      .setProtectedHeader({ alg: "ES256", kid: "k4" })
      .setIssuer(ISSUER)
      .setAudience("comtem")
      .setSubject("TINIT-RSSMRA80A01H501U")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(pair.privateKey);
    const identify = createIdentity({ issuer: ISSUER, audience: "comtem", jwksUrl });
    expect(await identify(request(token))).toEqual({
      issuer: ISSUER,
      subject: "TINIT-RSSMRA80A01H501U",
    });
    expect(await identify({ headers: {} } as unknown as Request)).toBeNull();
  });

  it("the provider's fiscal_number, normalised, as a hint; a malformed one is dropped", async () => {
    keys = [];
    const pair = await generateKeyPair("ES256");
    keys.push({ ...(await exportJWK(pair.publicKey)), kid: "k5", alg: "ES256", use: "sig" });
    const tokenWith = (fiscal_number: unknown) =>
      new SignJWT({ fiscal_number })
        .setProtectedHeader({ alg: "ES256", kid: "k5" })
        .setIssuer(ISSUER)
        .setAudience("comtem")
        .setSubject("pairwise-7d1e")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(pair.privateKey);
    const identify = createIdentity({ issuer: ISSUER, audience: "comtem", jwksUrl });
    expect(await identify(request(await tokenWith("tinit-rssmra80a01h501u")))).toEqual({
      issuer: ISSUER,
      subject: "pairwise-7d1e",
      fiscalCode: "RSSMRA80A01H501U",
    });
    for (const odd of ["RSSMRA80", 42, ["RSSMRA80A01H501U"], "TINIT-RSSMRA80A01H501U; DROP"]) {
      expect(await identify(request(await tokenWith(odd)))).toEqual({
        issuer: ISSUER,
        subject: "pairwise-7d1e",
      });
    }
  });
});

describe("OpenID Connect discovery (OIDC_JWKS_URL unset)", () => {
  /** A provider whose discovery document and key set path the test changes. */
  let base = "";
  let discoveredIssuer: string | undefined;
  let jwksPath = "/certs";
  let discoveries = 0;
  const discoveryKeys: JWK[] = [];
  let provider: Server;
  beforeAll(async () => {
    provider = createServer((req, res) => {
      if (req.url === "/realm/.well-known/openid-configuration") {
        discoveries += 1;
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            issuer: discoveredIssuer ?? `${base}/realm`,
            jwks_uri: `${base}${jwksPath}`,
          }),
        );
      } else if (req.url === jwksPath) {
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ keys: discoveryKeys }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => provider.close(resolve)));

  const signer = async (kid: string) => {
    const pair = await generateKeyPair("ES256");
    discoveryKeys.push({ ...(await exportJWK(pair.publicKey)), kid, alg: "ES256", use: "sig" });
    return (subject: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "ES256", kid })
        .setIssuer(`${base}/realm`)
        .setAudience("comtem")
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(pair.privateKey);
  };

  it("reads jwks_uri from the issuer's discovery document once, and again after a failure", async () => {
    const sign = await signer("d1");
    const identify = createIdentity({
      issuer: `${base}/realm`,
      audience: "comtem",
      keysMaxAgeMs: 20,
    });
    expect((await identify(request(await sign("p-1"))))?.subject).toBe("p-1");
    expect((await identify(request(await sign("p-2"))))?.subject).toBe("p-2");
    expect(discoveries).toBe(1);
    // The provider moves its keys: the old URL fails (the keys in hand keep working), so the
    // next refresh reads discovery again and finds the new one.
    jwksPath = "/certs-2";
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await identify(request(await sign("p-3"))))?.subject).toBe("p-3");
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await identify(request(await sign("p-4"))))?.subject).toBe("p-4");
    expect(discoveries).toBe(2);
  });

  it("refuses a discovery document naming another issuer, then reads it again", async () => {
    const sign = await signer("d2");
    discoveredIssuer = "https://impostor.example/realm";
    const identify = createIdentity({ issuer: `${base}/realm`, audience: "comtem" });
    const before = discoveries;
    await expect(identify(request(await sign("p-1")))).rejects.toThrow(
      /Identity provider unavailable/,
    );
    discoveredIssuer = undefined;
    expect((await identify(request(await sign("p-1"))))?.subject).toBe("p-1");
    expect(discoveries).toBe(before + 2);
  });
});
