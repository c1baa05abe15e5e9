import type { Request } from "express";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload } from "jose";
import { anonymous, userSystemRoles, type Principal, type SystemRole } from "@comtem/service-kit";

export interface IdentityOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
  personClaim: string;
  rolesClaim: string;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/**
 * Verifies bearer JWTs against the issuer's JWKS (keys cached and refreshed by jose). No token
 * means anonymous; a token that is present but invalid is refused, never downgraded.
 */
export function createIdentity(options: IdentityOptions) {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 3_000 });

  function principalFromClaims(payload: JWTPayload): Principal {
    const person = payload[options.personClaim];
    if (typeof person !== "string" || person === "") {
      throw unauthenticated(`Token has no ${options.personClaim} claim`);
    }
    const roles = payload[options.rolesClaim];
    return {
      personId: person,
      systemRoles: Array.isArray(roles)
        ? roles.filter((r): r is SystemRole => userSystemRoles.includes(r as SystemRole))
        : [],
      // Community roles are looked up by the gateway once the communities subgraph exists.
      communityRoles: [],
    };
  }

  return async function principalFromRequest(req: Request): Promise<Principal> {
    const header = req.headers.authorization;
    if (!header) return anonymous;
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
      return principalFromClaims(payload);
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
