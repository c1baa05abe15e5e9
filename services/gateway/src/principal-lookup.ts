import {
  ConsecutiveBreaker,
  TimeoutStrategy,
  circuitBreaker,
  handleAll,
  timeout,
  wrap,
  type IPolicy,
} from "cockatiel";
import { LRUCache } from "lru-cache";
import {
  communityRoles,
  PRINCIPAL_HEADER,
  traceHeaders,
  type CommunityGrant,
  type Logger,
  type Principal,
  type PrincipalSigner,
} from "@comtem/service-kit";

export interface PrincipalLookupOptions extends LookupTuning {
  /** GraphQL URL of the communities subgraph (owner of memberships), if composed. */
  communitiesUrl?: string | undefined;
  /** GraphQL URL of the people subgraph (owner of Person.organization), if composed. */
  peopleUrl?: string | undefined;
  signer: PrincipalSigner;
  fetcher: (url: string, init: Record<string, unknown>) => Promise<Response>;
  logger: Logger;
  /** Seconds, not minutes: a revoked role or a moved person stops counting quickly. */
  ttlMs?: number;
  /** How long a person's failed lookup is remembered, so a failing owner is not asked again at once. */
  negativeTtlMs?: number;
}

/** Deadline and circuit breaker of the gateway's own lookups (cockatiel). */
export interface LookupTuning {
  /** A lookup slower than this fails (closed): signed-in requests wait at most this long. */
  timeoutMs?: number | undefined;
  /** After this many failures in a row an owner is not asked for `breakerOpenMs`. */
  breakerFailures?: number | undefined;
  breakerOpenMs?: number | undefined;
}

/** One per owner asked: a short deadline, and a breaker that stops asking after failures in a row. */
export function lookupGuard(tuning: LookupTuning): IPolicy {
  return wrap(
    circuitBreaker(handleAll, {
      halfOpenAfter: tuning.breakerOpenMs ?? 5_000,
      breaker: new ConsecutiveBreaker(tuning.breakerFailures ?? 5),
    }),
    timeout(tuning.timeoutMs ?? 1_000, TimeoutStrategy.Aggressive),
  );
}

/**
 * Asks a subgraph one query under `guard`, as `principal` (signed for that subgraph). Any HTTP
 * error, GraphQL error or missing data is a failure.
 */
export async function guardedQuery<T>(
  guard: IPolicy,
  client: Pick<PrincipalLookupOptions, "fetcher" | "signer">,
  request: {
    subgraph: string;
    url: string;
    principal: Principal;
    query: string;
    variables?: Record<string, unknown>;
  },
): Promise<T> {
  return guard.execute(async ({ signal }) => {
    const response = await client.fetcher(request.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [PRINCIPAL_HEADER]: await client.signer.sign(request.principal, request.subgraph),
        ...traceHeaders(),
      },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal,
    });
    const body = (await response.json()) as { data?: T | null; errors?: unknown[] };
    if (!response.ok || !body.data || body.errors) throw new Error(`status ${response.status}`);
    return body.data;
  });
}

/** What the gateway adds to a signed-in caller's principal. */
interface Facts {
  communityRoles: readonly CommunityGrant[];
  organizationId: string | null;
}

const GRANTS = "query GatewayCommunityGrants { myCommunityGrants { communityId role } }";
const ORGANIZATION = "query GatewayOrganization { me { organization { id } } }";

/**
 * Adds the caller's community roles (communities subgraph) and organization (people subgraph)
 * to the principal, asking each owner as that caller, in parallel, with one short per-person
 * cache. Each lookup fails closed on its own: no community roles, or no organization — never a
 * guess — so subgraphs refuse community- and organization-scoped writes while everything
 * public keeps working. A slow or failing owner costs signed-in requests little: each lookup
 * has a short deadline, a failed person is remembered briefly (negative cache), and after
 * repeated failures a circuit breaker stops asking that owner for a while (cockatiel).
 */
export function createPrincipalLookup(options: PrincipalLookupOptions) {
  const cache = new LRUCache<string, Facts>({ max: 10_000, ttl: options.ttlMs ?? 10_000 });
  const failed = new LRUCache<string, Facts>({ max: 10_000, ttl: options.negativeTtlMs ?? 2_000 });
  const guards = { communities: lookupGuard(options), people: lookupGuard(options) };
  const ask = <T>(
    subgraph: "communities" | "people",
    url: string,
    principal: Principal,
    query: string,
  ): Promise<T> => guardedQuery<T>(guards[subgraph], options, { subgraph, url, principal, query });
  async function grantsOf(principal: Principal): Promise<readonly CommunityGrant[]> {
    if (!options.communitiesUrl) return [];
    const data = await ask<{ myCommunityGrants?: CommunityGrant[] }>(
      "communities",
      options.communitiesUrl,
      principal,
      GRANTS,
    );
    if (!Array.isArray(data.myCommunityGrants)) throw new Error("no grants in the answer");
    return data.myCommunityGrants.filter((g) => communityRoles.includes(g.role));
  }

  async function organizationOf(principal: Principal): Promise<string | null> {
    if (!options.peopleUrl) return null;
    const data = await ask<{ me?: { organization?: { id?: unknown } } | null }>(
      "people",
      options.peopleUrl,
      principal,
      ORGANIZATION,
    );
    const id = data.me?.organization?.id;
    return typeof id === "string" && id !== "" ? id : null;
  }

  return async function withPrincipalFacts(principal: Principal): Promise<Principal> {
    if (!principal.personId) return principal;
    let facts = cache.get(principal.personId) ?? failed.get(principal.personId);
    if (!facts) {
      let lookupFailed = false;
      const [roles, organizationId] = await Promise.all([
        grantsOf(principal).catch((error: unknown) => {
          options.logger.warn({ err: error }, "community roles lookup failed");
          lookupFailed = true;
          return [] as CommunityGrant[];
        }),
        organizationOf(principal).catch((error: unknown) => {
          options.logger.warn({ err: error }, "organization lookup failed");
          lookupFailed = true;
          return null;
        }),
      ]);
      facts = { communityRoles: roles, organizationId };
      (lookupFailed ? failed : cache).set(principal.personId, facts);
    }
    return { ...principal, ...facts };
  };
}
