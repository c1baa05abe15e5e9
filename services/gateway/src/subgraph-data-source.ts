import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { Agent, fetch as undiciFetch } from "undici";
import type { ApiKeyIdentity } from "./protection/api-keys.js";
import { PRINCIPAL_HEADER, anonymous, traceHeaders, type Principal } from "@comtem/service-kit";

export interface GatewayContext {
  principal: Principal;
  /** The partner key presented with the request, if any. */
  apiKey?: ApiKeyIdentity | undefined;
  /** The gateway's own lookups (development issuer): exempt from the safelist. */
  internal?: boolean;
}

export interface SubgraphClientOptions {
  timeoutMs: number;
  maxSockets: number;
}

/**
 * One HTTP client for all subgraph calls: keep-alive connections, a bounded socket pool, and a
 * deadline on every request (the gateway's defaults have neither).
 */
export function createSubgraphFetcher({ timeoutMs, maxSockets }: SubgraphClientOptions) {
  const agent = new Agent({
    connections: maxSockets,
    keepAliveTimeout: 30_000,
    connect: { timeout: timeoutMs },
  });
  const fetch = (url: string, init: Record<string, unknown>): Promise<Response> =>
    undiciFetch(url, {
      ...init,
      dispatcher: agent,
      // The caller's own deadline (a shorter one, for lookups) still applies.
      signal:
        init.signal instanceof AbortSignal
          ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
          : AbortSignal.timeout(timeoutMs),
    } as never) as unknown as Promise<Response>;
  return { fetch, close: () => agent.close() };
}

/**
 * Calls one subgraph, forwarding the caller's principal signed for that subgraph; the
 * only place the gateway talks to subgraphs. A subgraph that is down or slow becomes an error
 * naming it, and the rest of the query still resolves.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: string,
    url: string,
    private readonly signPrincipal: (principal: Principal) => Promise<string>,
    fetch: (url: string, init: Record<string, unknown>) => Promise<Response>,
  ) {
    // The gateway's Fetcher type is node-fetch's; undici's fetch is compatible at run time.
    super({ url, fetcher: fetch as never });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const principal = context?.principal ?? anonymous;
    request.http?.headers.set(PRINCIPAL_HEADER, await this.signPrincipal(principal));
    // The subgraph's spans join the gateway's fetch span (W3C trace context).
    for (const [name, value] of Object.entries(traceHeaders())) {
      request.http?.headers.set(name, value);
    }
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError && error.extensions.code) {
      const code = error.extensions.code;
      if (code === "UNAUTHENTICATED" || code === "FORBIDDEN") throw error;
    }
    const timedOut = error.name === "TimeoutError" || error.name === "AbortError";
    throw new GraphQLError(
      `Subgraph "${this.serviceName}" is unavailable${timedOut ? " (timed out)" : ""}`,
      { extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.serviceName } },
    );
  }
}
