import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";

/**
 * A stand-in OpenID provider for production-mode tests: serves a JWKS over HTTP and mints
 * ES256 tokens, so the gateway verifies exactly as it would against the Region's provider.
 */
export async function startTestIssuer() {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "test-1", alg: "ES256", use: "sig" };
  const server: Server = createServer((req, res) => {
    if (req.url === "/jwks") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function token(
    claims: { sub: string; roles?: string[] },
    options: {
      issuer?: string;
      audience?: string;
      expiresIn?: string | number;
      key?: CryptoKey;
    } = {},
  ): Promise<string> {
    return new SignJWT({ comtem_roles: claims.roles ?? [] })
      .setProtectedHeader({ alg: "ES256", kid: "test-1" })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? "comtem")
      .setSubject(claims.sub)
      .setIssuedAt(typeof options.expiresIn === "number" ? options.expiresIn - 60 : undefined)
      .setExpirationTime(options.expiresIn ?? "10m")
      .sign(options.key ?? privateKey);
  }

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
