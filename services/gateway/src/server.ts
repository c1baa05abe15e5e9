import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import {
  anonymous,
  createServiceApp,
  type Logger,
  type Metrics,
  type PlatformMode,
  type Principal,
  type ServiceApp,
} from "@comtem/service-kit";
import { calendarProxy } from "./calendar-proxy.js";
import { createCommunityRoles } from "./community-roles.js";
import { createDevIssuer, type DevPerson } from "./dev-issuer/issuer.js";
import { createIdentity, type IdentityOptions } from "./identity.js";
import {
  SignedSubgraphDataSource,
  createSubgraphFetcher,
  type GatewayContext,
} from "./subgraph-data-source.js";
import { subgraphsOf } from "./supergraph.js";

export interface GatewayServerDeps {
  mode: PlatformMode;
  logger: Logger;
  metrics: Metrics;
  supergraphSdl: string;
  /** Compose from the running subgraphs (development) instead of using the supergraph file. */
  introspect?: boolean;
  subgraphUrls?: Record<string, string | undefined>;
  signingSecret: string;
  subgraphTimeoutMs: number;
  subgraphMaxSockets: number;
  identity: IdentityOptions;
  devIssuer: boolean;
}

/** Builds the gateway without listening (tests use it in-process). */
export async function createGatewayServer(deps: GatewayServerDeps): Promise<ServiceApp> {
  const overrides = deps.subgraphUrls ?? {};
  const client = createSubgraphFetcher({
    signingSecret: deps.signingSecret,
    timeoutMs: deps.subgraphTimeoutMs,
    maxSockets: deps.subgraphMaxSockets,
  });
  const endpoints = subgraphsOf(deps.supergraphSdl).map((s) => ({
    ...s,
    url: overrides[s.name] ?? s.url,
  }));

  const gateway = new ApolloGateway({
    ...(deps.introspect
      ? {
          supergraphSdl: new IntrospectAndCompose({
            subgraphs: endpoints,
            pollIntervalInMs: 10_000,
          }),
        }
      : { supergraphSdl: deps.supergraphSdl }),
    buildService: ({ name, url }) =>
      new SignedSubgraphDataSource(
        name,
        overrides[name] ?? (url as string),
        deps.signingSecret,
        client.fetch,
      ),
    logger: deps.logger,
  });

  const principalFromRequest = createIdentity(deps.identity);
  // Community roles and calendar feeds exist once the communities subgraph is composed in.
  const communities = endpoints.find((e) => e.name === "communities");
  const withCommunityRoles = communities
    ? createCommunityRoles({
        url: communities.url,
        signingSecret: deps.signingSecret,
        fetcher: client.fetch,
        logger: deps.logger,
      })
    : async (principal: Principal) => principal;
  // The development issuer looks people up through the gateway itself, like any client; the
  // server it queries is created below, after the issuer's routes are known.
  const self: { server?: ServiceApp } = {};
  const execute = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await self.server!.apollo.executeOperation(
      { query, variables },
      { contextValue: { principal: anonymous } as never },
    );
    if (response.body.kind !== "single" || response.body.singleResult.errors) {
      throw new Error("development issuer lookup failed");
    }
    return response.body.singleResult.data as T;
  };
  const devIssuer = deps.devIssuer
    ? await createDevIssuer({
        mode: deps.mode,
        issuer: deps.identity.issuer,
        audience: deps.identity.audience,
        rolesClaim: deps.identity.rolesClaim,
        findPerson: async (id) =>
          (
            await execute<{ person: DevPerson | null }>(
              "query DevIssuerPerson($id: ID!) { person(id: $id) { id fullName systemRoles organization { name } } }",
              { id },
            ).catch(() => ({ person: null }))
          ).person,
        listPeople: async () =>
          (
            await execute<{ people: { edges: { node: DevPerson }[] } }>(
              "query DevIssuerPeople { people(first: 100) { edges { node { id fullName systemRoles organization { name } } } } }",
              {},
            )
          ).people.edges.map((e) => e.node),
      })
    : undefined;

  const server = await createServiceApp<GatewayContext>({
    name: "gateway",
    mode: deps.mode,
    logger: deps.logger,
    metrics: deps.metrics,
    apollo: { gateway },
    context: async (req) => ({
      principal: await withCommunityRoles(await principalFromRequest(req)),
    }),
    // The gateway serves from its loaded supergraph even when a subgraph is down.
    readiness: async () => {},
    routes: (app) => {
      devIssuer?.routes(app);
      if (communities) calendarProxy(communities.url, client.fetch, deps.logger)(app);
    },
  });
  self.server = server;
  const stop = server.stop.bind(server);
  return {
    ...server,
    async stop() {
      await stop();
      await client.close();
    },
  };
}
