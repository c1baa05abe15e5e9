import { GraphQLError } from "graphql";
import { LRUCache } from "lru-cache";
import {
  anonymous,
  gatewayPrincipal,
  userSystemRoles,
  type Logger,
  type Principal,
  type SystemRole,
} from "@comtem/service-kit";
import {
  guardedQuery,
  lookupGuard,
  type LookupTuning,
  type PrincipalLookupOptions,
} from "./principal-lookup.js";

/** A verified token's provider identity: who the provider says the caller is. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  /**
   * The fiscal code the provider gives (`fiscal_number`), normalised: only a hint with which
   * people links a first sign-in to a nominated person, never an identity by itself.
   */
  fiscalCode?: string | undefined;
}

/** The caller as ComTem knows them: linked to a person, or signed in at the provider only. */
export interface LinkedCaller {
  principal: Principal;
  /** Signed in at the provider, but no ComTem person is linked: the onboarding case. */
  unlinked: boolean;
}

export interface IdentityLinkOptions extends LookupTuning {
  /** GraphQL URL of the people subgraph (owner of the links); without it no one is linked. */
  peopleUrl: string | undefined;
  signer: PrincipalLookupOptions["signer"];
  fetcher: PrincipalLookupOptions["fetcher"];
  logger: Logger;
  /** Answers (linked or not) are reused this long: an unlink or a role change counts within it. */
  ttlMs?: number;
  /**
   * While people cannot answer, the last answer is still used if it is at most this old, so
   * signed-in people keep their session through a short outage (like the provider's keys).
   */
  staleIfErrorMs?: number;
}

const LINK =
  "query GatewayIdentityLink($issuer: String!, $subject: String!, $fiscalCode: String) { identityLink(issuer: $issuer, subject: $subject, fiscalCode: $fiscalCode) { personId systemRoles } }";

/** Refused, never guessed: without the people subgraph's answer the caller is no one. */
export function identityLookupUnavailable(): GraphQLError {
  return new GraphQLError("identity lookup unavailable, retry", {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
  });
}

/**
 * Resolves a verified token's (issuer, subject) to a ComTem person and their system roles,
 * asking the people subgraph as the gateway itself (`identityLink`), never reading either from
 * the token's claims. Answers are cached per (issuer, subject) for `ttlMs`; when a lookup fails
 * or is slow (deadline, circuit breaker), the last answer is used if it is at most
 * `staleIfErrorMs` old, else the request is refused with SERVICE_UNAVAILABLE (never guessed,
 * failures not cached). An unlinked subject is anonymous (no person, no roles), marked `unlinked`,
 * and carries its provider identity (`externalIdentity`), with which it may only ask to be added.
 * The token's fiscal code goes along as a hint: people links a first sign-in of a nominated
 * person by it. The cache key stays (issuer, subject).
 */
export function createIdentityLinks(options: IdentityLinkOptions) {
  type Link = { personId: string; systemRoles: SystemRole[] } | false;
  const cache = new LRUCache<string, Link>({ max: 10_000, ttl: options.ttlMs ?? 10_000 });
  const lastKnown = new LRUCache<string, Link>({
    max: 10_000,
    ttl: options.staleIfErrorMs ?? 300_000,
  });
  const guard = lookupGuard(options);

  async function lookup(identity: ProviderIdentity) {
    if (!options.peopleUrl) return false;
    const data = await guardedQuery<{
      identityLink?: { personId?: unknown; systemRoles?: unknown } | null;
    }>(guard, options, {
      subgraph: "people",
      url: options.peopleUrl,
      principal: gatewayPrincipal,
      query: LINK,
      variables: {
        issuer: identity.issuer,
        subject: identity.subject,
        ...(identity.fiscalCode ? { fiscalCode: identity.fiscalCode } : {}),
      },
    });
    const link = data.identityLink;
    if (link === null) return false;
    if (typeof link?.personId !== "string" || !Array.isArray(link.systemRoles)) {
      throw new Error("malformed identityLink answer");
    }
    return {
      personId: link.personId,
      systemRoles: link.systemRoles.filter((r): r is SystemRole =>
        userSystemRoles.includes(r as SystemRole),
      ),
    };
  }

  return async function linkedCaller(identity: ProviderIdentity): Promise<LinkedCaller> {
    const key = JSON.stringify([identity.issuer, identity.subject]);
    let link = cache.get(key);
    if (link === undefined) {
      try {
        link = await lookup(identity);
        lastKnown.set(key, link);
      } catch (error) {
        link = lastKnown.get(key);
        options.logger.warn(
          { err: error, stale: link !== undefined },
          link === undefined
            ? "identity link lookup failed"
            : "identity link lookup failed: using the last known answer",
        );
        if (link === undefined) throw identityLookupUnavailable();
        return callerOf(link, identity);
      }
      cache.set(key, link);
    }
    return callerOf(link, identity);
  };
}

function callerOf(
  link: { personId: string; systemRoles: SystemRole[] } | false,
  identity: ProviderIdentity,
): LinkedCaller {
  if (!link) {
    // Still no one (no person, no roles): the provider identity only lets them ask to be added.
    const externalIdentity = {
      issuer: identity.issuer,
      subject: identity.subject,
      fiscalCode: identity.fiscalCode ?? null,
    };
    return { principal: { ...anonymous, externalIdentity }, unlinked: true };
  }
  return {
    principal: { ...anonymous, personId: link.personId, systemRoles: link.systemRoles },
    unlinked: false,
  };
}
