import type { Request } from "express";
import { GraphQLError } from "graphql";
import {
  createLocalJWKSet,
  jwtVerify,
  errors as joseErrors,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import { fiscalCodeOf, type Logger } from "@comtem/service-kit";
import type { ProviderIdentity } from "./identity-links.js";

export interface IdentityOptions {
  issuer: string;
  audience: string;
  /**
   * The provider's key set. Unset: found by OpenID Connect Discovery, the `jwks_uri` of
   * `${issuer}/.well-known/openid-configuration` (`discoveredJwksUrl`).
   */
  jwksUrl?: string | undefined;
  /** Keys are refetched after this age (and when a token names a key not seen yet). */
  keysMaxAgeMs?: number;
  logger?: Logger;
}

/** Where the key set is: a URL, or a function that finds it (discovery), told of failures. */
export interface JwksLocation {
  url(): Promise<URL>;
  /** The keys could not be fetched there: look again next time. */
  failed(): void;
}

/**
 * OpenID Connect Discovery: reads `${issuer}/.well-known/openid-configuration` at first use and
 * keeps its `jwks_uri`; a document whose `issuer` is not the configured issuer is refused (a
 * misconfiguration or a substitution), and any failure is not kept, so the next use reads it
 * again (as does a failed key fetch, `failed()`).
 */
export function discoveredJwksUrl(
  issuer: string,
  options: { timeoutMs?: number | undefined } = {},
): JwksLocation {
  let found: Promise<URL> | undefined;
  const discover = async () => {
    const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      redirect: "error",
    });
    if (!response.ok) throw new Error(`OpenID Connect discovery answered ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== issuer) {
      throw new Error(
        `OpenID Connect discovery names issuer ${String(document.issuer)}, not ${issuer}`,
      );
    }
    if (typeof document.jwks_uri !== "string") {
      throw new Error("OpenID Connect discovery gives no jwks_uri");
    }
    return new URL(document.jwks_uri);
  };
  return {
    url() {
      found ??= discover().catch((error: unknown) => {
        found = undefined;
        throw error;
      });
      return found;
    },
    failed() {
      found = undefined;
    },
  };
}

/**
 * The provider's signing keys, kept across outages: refreshed every `maxAgeMs`, or when a token
 * names an unknown key (at most every 30 s); when the provider cannot be reached, the keys
 * already fetched keep verifying tokens (stale while error) instead of failing every sign-in.
 * Only the first fetch, with no keys at all, fails closed.
 */
export function resilientJwks(
  location: URL | JwksLocation,
  options: {
    maxAgeMs?: number | undefined;
    timeoutMs?: number | undefined;
    logger?: Logger | undefined;
  } = {},
): JWTVerifyGetKey {
  const maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
  let keys: { verify: JWTVerifyGetKey; fetchedAt: number } | undefined;
  let lastAttempt = 0;
  let inFlight: Promise<void> | undefined;

  const refresh = () =>
    (inFlight ??= (async () => {
      lastAttempt = Date.now();
      const url = location instanceof URL ? location : await location.url();
      try {
        const response = await fetch(url, {
          signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
          redirect: "error",
        });
        if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
        const set = (await response.json()) as JSONWebKeySet;
        keys = { verify: createLocalJWKSet(set), fetchedAt: Date.now() };
      } catch (error) {
        if (!(location instanceof URL)) location.failed();
        throw error;
      }
    })().finally(() => {
      inFlight = undefined;
    }));

  const refreshKeepingStale = async () => {
    try {
      await refresh();
    } catch (error) {
      if (!keys) throw new joseErrors.JWKSTimeout("identity provider keys unavailable");
      options.logger?.warn(
        { err: error },
        "identity provider keys unavailable: using the last ones",
      );
    }
  };

  return async (header, token) => {
    if (!keys || Date.now() - keys.fetchedAt > maxAgeMs) await refreshKeepingStale();
    try {
      return await keys!.verify(header, token);
    } catch (error) {
      // A key rotated in at the provider: look again, not more than every 30 s.
      if (error instanceof joseErrors.JWKSNoMatchingKey && Date.now() - lastAttempt > 30_000) {
        await refreshKeepingStale();
        return keys!.verify(header, token);
      }
      throw error;
    }
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/**
 * Verifies bearer JWTs against the issuer's JWKS (`resilientJwks`). No token means anonymous
 * (null); a token that is present but invalid is refused, never downgraded. A valid token gives
 * only the provider's (issuer, subject), and its `fiscal_number` as a hint for a first sign-in:
 * who that is in ComTem, and their roles, come from the identity links (identity-links.ts),
 * never from the token's claims.
 */
export function createIdentity(options: IdentityOptions) {
  const location = options.jwksUrl ? new URL(options.jwksUrl) : discoveredJwksUrl(options.issuer);
  const jwks = resilientJwks(location, {
    maxAgeMs: options.keysMaxAgeMs,
    logger: options.logger,
  });

  return async function providerIdentityOf(req: Request): Promise<ProviderIdentity | null> {
    const header = req.headers.authorization;
    if (!header) return null;
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match) throw unauthenticated("Authorization header must be 'Bearer <token>'");
    try {
      const { payload } = await jwtVerify(match[1] as string, jwks, {
        issuer: options.issuer,
        audience: options.audience,
        // Asymmetric algorithms only: never `none`, never HMAC with a public key.
        algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
        requiredClaims: ["exp", "iat"],
        clockTolerance: 30,
      });
      if (typeof payload.sub !== "string" || payload.sub === "") {
        throw unauthenticated("Token has no sub claim");
      }
      const fiscalCode = fiscalCodeOf(payload.fiscal_number);
      return {
        issuer: options.issuer,
        subject: payload.sub,
        ...(fiscalCode ? { fiscalCode } : {}),
      };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated("Token expired");
      if (error instanceof joseErrors.JWKSTimeout || error instanceof TypeError) {
        // The identity provider is unreachable: refuse rather than guess.
        throw unauthenticated("Identity provider unavailable; try again");
      }
      throw unauthenticated("Invalid token");
    }
  };
}
