import { LRUCache } from "lru-cache";
import {
  communityRoles,
  signPrincipal,
  PRINCIPAL_HEADER,
  type CommunityGrant,
  type Logger,
  type Principal,
} from "@comtem/service-kit";

export interface CommunityRolesOptions {
  /** GraphQL URL of the communities subgraph. */
  url: string;
  signingSecret: string;
  fetcher: (url: string, init: Record<string, unknown>) => Promise<Response>;
  logger: Logger;
  /** Seconds, not minutes: a revoked role stops working quickly. */
  ttlMs?: number;
}

const QUERY = "query GatewayCommunityGrants { myCommunityGrants { communityId role } }";

/**
 * Adds the caller's community roles to the principal, asking the communities subgraph (the
 * owner of memberships) as that caller, with a short per-person cache. If the lookup fails the
 * principal goes on without community roles: subgraphs then refuse community-scoped writes
 * (fail closed) while everything public keeps working.
 */
export function createCommunityRoles(options: CommunityRolesOptions) {
  const cache = new LRUCache<string, readonly CommunityGrant[]>({
    max: 10_000,
    ttl: options.ttlMs ?? 10_000,
  });

  async function lookup(principal: Principal): Promise<readonly CommunityGrant[]> {
    const response = await options.fetcher(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [PRINCIPAL_HEADER]: await signPrincipal(principal, options.signingSecret),
      },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as {
      data?: { myCommunityGrants?: CommunityGrant[] };
    };
    const grants = body.data?.myCommunityGrants;
    if (!response.ok || !Array.isArray(grants)) throw new Error(`status ${response.status}`);
    return grants.filter((g) => communityRoles.includes(g.role));
  }

  return async function withCommunityRoles(principal: Principal): Promise<Principal> {
    if (!principal.personId) return principal;
    let grants = cache.get(principal.personId);
    if (!grants) {
      try {
        grants = await lookup(principal);
        cache.set(principal.personId, grants);
      } catch (error) {
        options.logger.warn({ err: error }, "community roles lookup failed");
        grants = [];
      }
    }
    return { ...principal, communityRoles: grants };
  };
}
