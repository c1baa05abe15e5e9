import { runSubgraph } from "@comtem/service-kit";
import { migrations } from "./db/migrations/index.js";
import { readEnvironment } from "./environment.js";
import { seedCommunitiesData } from "./seed/seed.js";
import { createCommunitiesServer } from "./server.js";

runSubgraph({
  name: "communities",
  readEnvironment,
  port: (env) => env.COMMUNITIES_PORT,
  migrations,
  seed: seedCommunitiesData,
  createServer: ({ env, database, logger, metrics }) =>
    createCommunitiesServer({
      database,
      principalPublicKey: env.PRINCIPAL_PUBLIC_KEY,
      config: {
        mode: env.COMTEM_MODE,
        publicGatewayUrl: env.PUBLIC_GATEWAY_URL,
        publicWebUrl: env.PUBLIC_WEB_URL,
        sliceAllowedOrigins: env.SLICE_ALLOWED_ORIGINS,
      },
      logger,
      metrics,
    }),
});
