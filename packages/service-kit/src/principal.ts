import {
  SignJWT,
  errors as joseErrors,
  importPKCS8,
  importSPKI,
  jwtVerify,
  type JWTPayload,
} from "jose";
import { AuthenticationError } from "./errors.js";

/**
 * Who is calling, as established by the gateway. The contract is written down in
 * docs/identity.md; every subgraph reads it through a `PrincipalVerifier` and nothing else.
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
  /**
   * Set by the gateway only when a bearer token verified but no person is linked to its
   * (issuer, subject): the provider's identity, with the token's fiscal code (normalised) when
   * it gave one. Such a caller is still not signed in (no person, no roles): the only thing it
   * may do is ask to be added (`requestAccess`). Null or absent for everyone else.
   */
  externalIdentity?: ExternalIdentityClaim | null;
}

/** A provider's identity of a caller no person is linked to (`Principal.externalIdentity`). */
export interface ExternalIdentityClaim {
  issuer: string;
  subject: string;
  fiscalCode: string | null;
}

export const anonymous: Principal = Object.freeze({
  personId: null,
  systemRoles: [],
  communityRoles: [],
  organizationId: null,
});

export const PRINCIPAL_HEADER = "x-comtem-principal";
const ISSUER = "comtem-gateway";
const ALGORITHM = "EdDSA";
/** Short validity: a captured header is useless after this. */
const VALIDITY_SECONDS = 60;
/** A signed header is reused for the same caller and audience while it has this much life left. */
const REUSE_MIN_REMAINING_SECONDS = 40;
const CACHE_LIMIT = 10_000;

/**
 * The development key pair (Ed25519), published in this repository: production refuses it
 * (docs/adr/0006-forwarded-principal-keys.md). Only the gateway holds a private key; subgraphs
 * hold the public key, so no subgraph can speak for the gateway.
 */
export const DEVELOPMENT_PRINCIPAL_KEYS = Object.freeze({
  privateKey:
    "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBEB4KfcXS5G1lwlMIgSP9ZNPZb6Kfdjyx5aCu6XODbj\n-----END PRIVATE KEY-----",
  publicKey:
    "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAzg/Cj701whzS5wCrVM4Z4UqmVLNQ0POfZjREz6Jm2WY=\n-----END PUBLIC KEY-----",
});

/** PEM from an environment variable: `\n` escapes (one-line .env files) become newlines. */
export function normalizePem(pem: string): string {
  return pem.replace(/\\n/g, "\n").trim();
}

export interface PrincipalSigner {
  /**
   * A header for the subgraph(s) named: the token's audience. A subgraph that relays the
   * caller to another (repository → planning) receives a token naming both.
   */
  sign(principal: Principal, audience: string | readonly string[]): Promise<string>;
}

/**
 * Gateway side: an EdDSA JWS over the principal, valid for one minute, for the named audience.
 * Signed headers are reused for the same principal and audience for 20 s, so a busy caller
 * costs one signature per subgraph every 20 s rather than one per subgraph request.
 */
export async function createPrincipalSigner(privateKeyPem: string): Promise<PrincipalSigner> {
  const privateKey = await importPKCS8(normalizePem(privateKeyPem), ALGORITHM);
  const issued = new Map<string, { token: string; expiresAt: number }>();
  return {
    async sign(principal, audience) {
      const cacheKey = JSON.stringify([audience, principal]);
      const now = Date.now();
      const cached = issued.get(cacheKey);
      if (cached && cached.expiresAt - now > REUSE_MIN_REMAINING_SECONDS * 1000) {
        return cached.token;
      }
      const jwt = new SignJWT({
        roles: principal.systemRoles,
        communities: principal.communityRoles,
        ...(principal.organizationId ? { organizationId: principal.organizationId } : {}),
        // Only for a verified but unlinked caller: never alongside a person.
        ...(principal.externalIdentity && !principal.personId
          ? { externalIdentity: principal.externalIdentity }
          : {}),
      })
        .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
        .setIssuer(ISSUER)
        .setAudience(typeof audience === "string" ? audience : [...audience])
        .setIssuedAt(Math.floor(now / 1000))
        .setExpirationTime(Math.floor(now / 1000) + VALIDITY_SECONDS);
      if (principal.personId) jwt.setSubject(principal.personId);
      const token = await jwt.sign(privateKey);
      if (issued.size >= CACHE_LIMIT) issued.clear();
      issued.set(cacheKey, { token, expiresAt: now + VALIDITY_SECONDS * 1000 });
      return token;
    },
  };
}

export interface PrincipalVerifier {
  /**
   * No header → anonymous (public data stays readable). A header that is forged, expired,
   * signed with another key or meant for another subgraph → UNAUTHENTICATED, never a silent
   * downgrade.
   */
  verify(header: string | undefined): Promise<Principal>;
}

/**
 * Subgraph side: accepts only the gateway's signature (public key) and only headers whose
 * audience names this subgraph. Verified headers are remembered until they expire (the gateway
 * reuses them), so a repeated header costs a map lookup.
 */
export async function createPrincipalVerifier(
  publicKeyPem: string,
  audience: string,
): Promise<PrincipalVerifier> {
  const publicKey = await importSPKI(normalizePem(publicKeyPem), ALGORITHM);
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();
  return {
    async verify(header) {
      if (header === undefined || header === "") return anonymous;
      const cached = verified.get(header);
      if (cached && cached.expiresAt > Date.now()) return cached.principal;
      try {
        const { payload } = await jwtVerify(header, publicKey, {
          issuer: ISSUER,
          audience,
          algorithms: [ALGORITHM],
          maxTokenAge: `${VALIDITY_SECONDS + 5}s`,
        });
        const principal = principalFromClaims(payload);
        if (verified.size >= CACHE_LIMIT) verified.clear();
        verified.set(header, { principal, expiresAt: (payload.exp ?? 0) * 1000 });
        return principal;
      } catch (error) {
        const reason =
          error instanceof joseErrors.JWTExpired
            ? "expired"
            : error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "aud"
              ? "meant for another service"
              : "invalid or not signed by the gateway";
        throw new AuthenticationError(`Forwarded identity is ${reason}`);
      }
    },
  };
}

function principalFromClaims(payload: JWTPayload): Principal {
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  const communities = Array.isArray(payload.communities) ? payload.communities : [];
  const externalIdentity =
    typeof payload.sub === "string" ? null : externalIdentityFromClaim(payload.externalIdentity);
  return Object.freeze({
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
    // Only for a caller with no person (absent otherwise, as for every other caller).
    ...(externalIdentity ? { externalIdentity } : {}),
  });
}

function externalIdentityFromClaim(claim: unknown): ExternalIdentityClaim | null {
  if (typeof claim !== "object" || claim === null) return null;
  const { issuer, subject, fiscalCode } = claim as Record<string, unknown>;
  if (
    typeof issuer !== "string" ||
    issuer === "" ||
    typeof subject !== "string" ||
    subject === ""
  ) {
    return null;
  }
  return Object.freeze({
    issuer,
    subject,
    fiscalCode: typeof fiscalCode === "string" && fiscalCode !== "" ? fiscalCode : null,
  });
}

/** Development and tests: the development key pair. */
let developmentSigner: Promise<PrincipalSigner> | undefined;
export function developmentPrincipalSigner(): Promise<PrincipalSigner> {
  developmentSigner ??= createPrincipalSigner(DEVELOPMENT_PRINCIPAL_KEYS.privateKey);
  return developmentSigner;
}

export function isAdmin(principal: Principal): boolean {
  return principal.systemRoles.includes("ADMIN");
}

export function requireAuthenticated(principal: Principal): string {
  if (!principal.personId) throw new AuthenticationError("Log in to do this");
  return principal.personId;
}
