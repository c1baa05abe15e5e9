import type { Request } from "express";
import { GraphQLError } from "graphql";
import { decodeJwt } from "jose";
import type { ProviderIdentity } from "./identity-links.js";

type IdentityOf = (req: Request) => Promise<ProviderIdentity | null>;

/**
 * The gateway trusts one identity provider in production (`OIDC_ISSUER`); in development also
 * its own development issuer, so that `pnpm start` keeps its quick sign-in while a real
 * provider is tried. A token is handed to the verifier of the issuer it names (`iss`, read
 * unverified only to choose the verifier, which then checks it with that issuer's keys); a token
 * naming any other issuer is refused (401), never verified with someone else's keys.
 */
export function trustedIssuers(verifiers: ReadonlyMap<string, IdentityOf>): IdentityOf {
  if (verifiers.size === 1) return [...verifiers.values()][0]!;
  return async (req) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token) return [...verifiers.values()][0]!(req);
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      issuer = undefined;
    }
    const verify = issuer === undefined ? undefined : verifiers.get(issuer);
    if (!verify) {
      throw new GraphQLError("Token from an issuer this gateway does not trust", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
    return verify(req);
  };
}
