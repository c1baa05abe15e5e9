import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from "express";
import { z } from "zod";
import { createErrorFormatter } from "./errors.js";
import { parseEnvironment, type PlatformMode } from "./environment.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { traceRequests, tracingEnabled, tracingPlugin } from "./tracing.js";

export interface ServiceAppOptions<Context extends object> {
  name: string;
  mode: PlatformMode;
  logger: Logger;
  metrics: Metrics;
  /** `{ schema }` for a subgraph, `{ gateway }` for the gateway. */
  apollo: Pick<ApolloServerOptions<Context>, "schema" | "gateway" | "parseOptions"> & {
    plugins?: ApolloServerPlugin<Context>[];
    validationRules?: ApolloServerOptions<Context>["validationRules"];
    /** Introspection override (default: on in development, off in production). */
    introspection?: boolean;
  };
  /** Middleware run on `/graphql` after the JSON body is parsed (CORS, API keys, rate limits). */
  graphqlMiddleware?: RequestHandler[];
  /** Builds the per-request context; throw a GraphQLError to refuse the request. */
  context: (req: Request, res: Response) => Promise<Context>;
  /** Resolves when the service can take traffic; throws with the reason otherwise. */
  readiness: () => Promise<void>;
  /** Extra routes, mounted before `/graphql` (e.g. the development issuer). */
  routes?: (app: Express) => void;
  /** Request body limit of `/graphql`. */
  bodyLimit?: string;
  /**
   * On stop, how long `/ready` answers 503 while requests are still served, so that load
   * balancers (Kubernetes endpoints) stop sending traffic before the server closes. Default:
   * `SHUTDOWN_DRAIN_MS`, else 5 s in production and none in development.
   */
  drainMs?: number;
  /**
   * Where `/metrics` is served: on this internal port, never on the service's own. Default:
   * `METRICS_PORT`, else 9464 in production and the service's own port in development.
   */
  metricsPort?: number | "service";
}

/** The drain delay can be set per deployment; `pnpm start` and the tests set it to 0. */
const shutdownEnvironment = z.object({
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).optional(),
});

/** Prometheus' scrape port, apart from the service's public one (0 = any free port). */
const metricsEnvironment = z.object({
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
});

/** The OpenTelemetry convention for a Prometheus exporter's port. */
export const DEFAULT_METRICS_PORT = 9464;

/**
 * `METRICS_PORT` (the process environment unless `env` is given), else production's internal
 * port; in development, with nothing set, `/metrics` stays on the service's own port.
 */
export function metricsPort(
  mode: PlatformMode,
  env?: Record<string, string | undefined>,
): number | "service" {
  const parsed = parseEnvironment(metricsEnvironment, env);
  return parsed.METRICS_PORT ?? (mode === "production" ? DEFAULT_METRICS_PORT : "service");
}

/** `SHUTDOWN_DRAIN_MS` (the process environment unless `env` is given), else the mode's default. */
export function drainDelay(mode: PlatformMode, env?: Record<string, string | undefined>): number {
  const parsed = parseEnvironment(shutdownEnvironment, env);
  return parsed.SHUTDOWN_DRAIN_MS ?? (mode === "production" ? 5_000 : 0);
}

export interface ServiceApp {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<never>;
  /** Starts serving; `/metrics` on its internal port too, when it has one. */
  listen(port: number, host: string): Promise<string>;
  /** The internal metrics listener's URL once listening (undefined: on the service's port). */
  metricsUrl(): string | undefined;
  /**
   * Fails readiness first (`/ready` → 503) for the drain delay while still serving, then stops
   * taking requests, drains in-flight ones, and returns.
   */
  stop(): Promise<void>;
}

function metricsPlugin<Context extends object>(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const end = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const operation = metrics.operationLabel(operationName);
          const failed =
            (errors?.length ?? 0) > 0 ||
            (response.body.kind === "single" &&
              (response.body.singleResult.errors?.length ?? 0) > 0);
          metrics.operations.inc({ operation, outcome: failed ? "error" : "ok" });
          end({ operation });
        },
      };
    },
  };
}

/**
 * Errors raised before GraphQL runs (body too large, malformed JSON) answer as GraphQL-shaped
 * JSON with a code, never Express's HTML page with a stack trace.
 */
function jsonErrors(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = (error as { status?: number }).status ?? 500;
    const type = (error as { type?: string }).type;
    const [code, message] =
      type === "entity.too.large"
        ? ["PAYLOAD_TOO_LARGE", "Request body too large"]
        : status < 500
          ? ["BAD_REQUEST", "Malformed request"]
          : ["INTERNAL_SERVER_ERROR", "Internal server error"];
    if (status >= 500) logger.error({ err: error }, "request failed");
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/**
 * The HTTP shape every ComTem service shares: `/graphql`, `/health` (liveness), `/ready`
 * (readiness), `/metrics` (Prometheus), JSON logs, one error formatter, draining on stop.
 */
export async function createServiceApp<Context extends object>(
  options: ServiceAppOptions<Context>,
): Promise<ServiceApp> {
  const { logger, metrics } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const production = options.mode === "production";
  const traced = tracingEnabled();

  const { plugins = [], ...apolloOptions } = options.apollo;
  const apollo = new ApolloServer<Context>({
    ...apolloOptions,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (lifecycle.ts): Apollo's own signal handlers would race it and re-raise.
    stopOnTerminationSignals: false,
    introspection: options.apollo.introspection ?? !production,
    // One operation per request: arrays of operations would multiply every limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Apollo's development landing page loads a sandbox from a CDN: none is served.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo's cloud, which is not used; subgraphs would otherwise add them.
      ...(options.apollo.schema ? [ApolloServerPluginInlineTraceDisabled()] : []),
      metricsPlugin<Context>(metrics),
      ...(traced ? [tracingPlugin<Context>()] : []),
      ...plugins,
    ],
    logger,
  } as ApolloServerOptions<Context>);
  await apollo.start();

  app.get("/health", (_req: Request, res: Response) => {
    res.json({ status: "ok", service: options.name });
  });
  const drainMs = options.drainMs ?? drainDelay(options.mode);
  let stopping = false;
  app.get("/ready", async (_req: Request, res: Response) => {
    if (stopping) {
      res.status(503).json({ status: "stopping", service: options.name });
      return;
    }
    try {
      await options.readiness();
      res.json({ status: "ready", service: options.name });
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "not ready", service: options.name });
    }
  });
  // Metrics are for the operator's Prometheus, not for callers of the public port (their
  // labels and counts describe the traffic): on an internal port unless in development.
  const serveMetrics = async (_req: Request, res: Response) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
  const internalMetricsPort = options.metricsPort ?? metricsPort(options.mode);
  let metricsServer: Server | undefined;
  if (internalMetricsPort === "service") {
    app.get("/metrics", serveMetrics);
  } else {
    const metricsApp = express();
    metricsApp.disable("x-powered-by");
    metricsApp.get("/metrics", serveMetrics);
    metricsServer = createServer(metricsApp);
  }
  options.routes?.(app);
  app.use(
    "/graphql",
    express.json({ limit: options.bodyLimit ?? "2mb" }),
    ...(traced ? [traceRequests("/graphql")] : []),
    ...(options.graphqlMiddleware ?? []),
    expressMiddleware(apollo, { context: async ({ req, res }) => options.context(req, res) }),
  );
  app.use(jsonErrors(logger));

  return {
    app,
    httpServer,
    apollo: apollo as unknown as ApolloServer<never>,
    async listen(port, host) {
      if (metricsServer && internalMetricsPort !== "service") {
        await listenOn(metricsServer, internalMetricsPort, host);
      }
      return listenOn(httpServer, port, host);
    },
    metricsUrl() {
      const address = metricsServer?.address() as AddressInfo | null | undefined;
      return address ? `http://${address.address}:${address.port}` : undefined;
    },
    async stop() {
      stopping = true;
      if (drainMs > 0) {
        logger.info({ drainMs }, "not ready any more: draining before closing");
        await new Promise((resolve) => setTimeout(resolve, drainMs));
      }
      await apollo.stop();
      if (metricsServer?.listening) {
        await new Promise((resolve) => metricsServer!.close(resolve));
      }
    },
  };
}

function listenOn(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve(`http://${host}:${actual}`);
    });
  });
}
