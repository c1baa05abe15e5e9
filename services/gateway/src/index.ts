import {
  createLogger,
  createMetrics,
  runMain,
  shutdownOnSignals,
  startTracing,
} from "@comtem/service-kit";
import { readEnvironment } from "./environment.js";
import { readManifests } from "./protection/persisted-operations.js";
import { createGatewayServer } from "./server.js";
import { readSupergraph } from "./supergraph.js";

runMain(async () => {
  const env = readEnvironment();
  // Before the gateway is built: @apollo/gateway's own spans go to the registered provider.
  const tracing = startTracing("gateway");
  const logger = createLogger("gateway", env.LOG_LEVEL);
  const server = await createGatewayServer({
    mode: env.COMTEM_MODE,
    logger,
    metrics: createMetrics("gateway"),
    supergraphSdl: await readSupergraph(env.SUPERGRAPH_PATH),
    introspect: env.SUPERGRAPH_SOURCE === "introspect",
    subgraphUrls: env.subgraphUrls,
    principalPrivateKey: env.PRINCIPAL_PRIVATE_KEY,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    subgraphMaxSockets: env.SUBGRAPH_MAX_SOCKETS,
    identity: { audience: env.OIDC_AUDIENCE, issuers: env.trustedIssuers },
    devIssuer: env.devIssuerUrl ?? false,
    limits: {
      maxDepth: env.LIMIT_MAX_DEPTH,
      maxAliases: env.LIMIT_MAX_ALIASES,
      maxTokens: env.LIMIT_MAX_TOKENS,
      maxDirectives: env.LIMIT_MAX_DIRECTIVES,
      maxCost: env.LIMIT_MAX_COST,
      blockFieldSuggestions: env.COMTEM_MODE === "production",
    },
    rateLimits: {
      perKey: env.RATE_LIMIT_PER_KEY,
      perUser: env.RATE_LIMIT_PER_USER,
      perIp: env.RATE_LIMIT_PER_IP,
      perIpEdge: env.RATE_LIMIT_PER_IP_EDGE,
      keyLookupsPerIp: env.RATE_LIMIT_KEY_LOOKUPS_PER_IP,
      redisUrl: env.REDIS_URL,
    },
    bodyLimit: env.BODY_LIMIT,
    corsOrigins: env.corsOrigins,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    persistedManifests: await readManifests(env.persistedOperations),
    enforceSafelist: env.enforceSafelist,
    safelistFromRegistry: env.SAFELIST_FROM_REGISTRY === "true",
    explorerDir: env.EXPLORER_DIR,
  });
  const url = await server.listen(env.GATEWAY_PORT, env.HOST);
  logger.info(
    {
      url: `${url}/graphql`,
      explorer: `${url}/explorer`,
      metrics: server.metricsUrl() ?? `${url}/metrics`,
      issuers: env.trustedIssuers.map((i) => i.issuer),
    },
    "gateway listening",
  );
  shutdownOnSignals(logger, [() => server.stop(), () => tracing.shutdown()]);
});
