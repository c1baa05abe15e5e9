import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { AuthenticationError } from "./errors.js";

/**
 * Who is calling, as established by the gateway. The contract is written down in
 * docs/identity.md; every subgraph reads it through `verifyPrincipal` and nothing else.
 */
export const systemRoles = ["ADMIN", "GATEWAY"] as const;
export type SystemRole = (typeof systemRoles)[number];
/**
 * Roles a user token may carry. GATEWAY is the gateway's own identity for internal lookups
 * (API keys, community roles) and is never accepted from an identity provider.
 */
export const userSystemRoles: readonly SystemRole[] = ["ADMIN"];

/** The gateway calling a subgraph for itself, not for a user. */
export const gatewayPrincipal: Principal = Object.freeze({
  personId: null,
  systemRoles: ["GATEWAY"] as SystemRole[],
  communityRoles: [],
});

export const communityRoles = [
  "CO_COORDINATORE",
  "REFERENTE_REGIONE",
  "REFERENTE_LEPIDA",
  "PARTECIPANTE",
] as const;
export type CommunityRole = (typeof communityRoles)[number];

export interface CommunityGrant {
  communityId: string;
  role: CommunityRole;
}

export interface Principal {
  /** Person id (people subgraph), or null for an anonymous caller. */
  personId: string | null;
  systemRoles: readonly SystemRole[];
  /** Filled by the gateway once the communities subgraph exists; empty until then. */
  communityRoles: readonly CommunityGrant[];
  /**
   * The organization (ente) the person represents, looked up by the gateway from the people
   * subgraph. Absent or null when anonymous or when the lookup failed: write paths that name an
   * organization then accept none but admins' (fail closed).
   */
  organizationId?: string | null;
}

export const anonymous: Principal = Object.freeze({
  personId: null,
  systemRoles: [],
  communityRoles: [],
  organizationId: null,
});

export const PRINCIPAL_HEADER = "x-comtem-principal";
const ISSUER = "comtem-gateway";
const AUDIENCE = "comtem-subgraph";
/** Short validity: a captured header is useless after this. */
const VALIDITY_SECONDS = 60;

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Gateway side: an HS256 JWS over the principal, valid for one minute. */
export async function signPrincipal(principal: Principal, secret: string): Promise<string> {
  const jwt = new SignJWT({
    roles: principal.systemRoles,
    communities: principal.communityRoles,
    ...(principal.organizationId ? { organizationId: principal.organizationId } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${VALIDITY_SECONDS}s`);
  if (principal.personId) jwt.setSubject(principal.personId);
  return jwt.sign(key(secret));
}

/**
 * Subgraph side. No header → anonymous (public data stays readable). A header that is
 * forged, expired, or signed with another key → UNAUTHENTICATED, never a silent downgrade.
 */
export async function verifyPrincipal(
  header: string | undefined,
  secret: string,
): Promise<Principal> {
  if (header === undefined || header === "") return anonymous;
  try {
    const { payload } = await jwtVerify(header, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
      maxTokenAge: `${VALIDITY_SECONDS + 5}s`,
    });
    const roles = Array.isArray(payload.roles) ? payload.roles : [];
    const communities = Array.isArray(payload.communities) ? payload.communities : [];
    return {
      personId: typeof payload.sub === "string" ? payload.sub : null,
      systemRoles: roles.filter((r): r is SystemRole => systemRoles.includes(r as SystemRole)),
      communityRoles: communities.filter(
        (g): g is CommunityGrant =>
          typeof g === "object" &&
          g !== null &&
          typeof (g as CommunityGrant).communityId === "string" &&
          communityRoles.includes((g as CommunityGrant).role),
      ),
      organizationId:
        typeof payload.organizationId === "string" && payload.organizationId !== ""
          ? payload.organizationId
          : null,
    };
  } catch (error) {
    const reason =
      error instanceof joseErrors.JWTExpired ? "expired" : "invalid or not signed by the gateway";
    throw new AuthenticationError(`Forwarded identity is ${reason}`);
  }
}

export function isAdmin(principal: Principal): boolean {
  return principal.systemRoles.includes("ADMIN");
}

export function requireAuthenticated(principal: Principal): string {
  if (!principal.personId) throw new AuthenticationError("Log in to do this");
  return principal.personId;
}
