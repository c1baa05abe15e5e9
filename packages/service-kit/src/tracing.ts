import {
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Span,
  type Tracer,
} from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-node";
import {
  ATTR_DB_NAMESPACE,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
} from "@opentelemetry/semantic-conventions";
import type { NextFunction, Request, Response } from "express";
import type { ApolloServerPlugin } from "@apollo/server";
import type { DatabaseConnection, Dialect, Driver } from "kysely";
import { z } from "zod";
import { parseEnvironment } from "./environment.js";

/**
 * Tracing with OpenTelemetry: W3C trace context in and out of every service, one span per HTTP
 * request, per GraphQL operation and per SQL statement (the gateway's own spans come from
 * @apollo/gateway). Off unless an OTLP endpoint is configured with the standard variables
 * (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`); `OTEL_SDK_DISABLED`
 * and `OTEL_TRACES_EXPORTER=none` turn it off. Without it, the API below is a no-op.
 * See docs/adr/0007-tracing.md.
 */
const tracer: Tracer = trace.getTracer("@comtem/service-kit");
let enabled = false;

/** True once this process exports traces: the middleware, plugin and SQL spans are mounted. */
export function tracingEnabled(): boolean {
  return enabled;
}

export interface Tracing {
  enabled: boolean;
  /** Flushes buffered spans and stops exporting (on shutdown). */
  shutdown(): Promise<void>;
}

/** The standard OpenTelemetry variables that decide whether traces are exported. */
const tracingEnvironment = z.object({
  OTEL_SDK_DISABLED: z.string().optional(),
  OTEL_TRACES_EXPORTER: z.string().optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
});

/** True when those variables (the process environment unless `env` is given) ask for traces. */
export function tracingConfigured(env?: Record<string, string | undefined>): boolean {
  const parsed = parseEnvironment(tracingEnvironment, env);
  if (parsed.OTEL_SDK_DISABLED === "true" || parsed.OTEL_TRACES_EXPORTER === "none") return false;
  return Boolean(parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || parsed.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * Registers the tracer provider of this process (once, at start). `spanProcessor` replaces the
 * OTLP exporter (tests use an in-memory one).
 */
export function startTracing(
  service: string,
  options: { env?: Record<string, string | undefined>; spanProcessor?: SpanProcessor } = {},
): Tracing {
  if (!options.spanProcessor && !tracingConfigured(options.env)) {
    return { enabled: false, shutdown: async () => {} };
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    // The exporter reads the endpoint, headers and protocol from the OTEL_* variables.
    spanProcessors: [options.spanProcessor ?? new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Global: AsyncLocalStorage context, W3C trace context and baggage propagators.
  provider.register();
  enabled = true;
  return {
    enabled: true,
    async shutdown() {
      enabled = false;
      await provider.shutdown();
    },
  };
}

/** The active trace id (32 hex digits), or undefined outside a sampled trace. */
export function activeTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** `traceparent` (and `tracestate`) of the active span, for an outgoing HTTP request. */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

/**
 * A server span for each request, child of the caller's `traceparent`. Mounted after the body
 * parser: the rest of the request then runs inside the span's context (stream callbacks of the
 * parser would otherwise run outside it).
 */
export function traceRequests(route: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method, [ATTR_HTTP_ROUTE]: route },
      },
      parent,
    );
    res.once("close", () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the request's span after its GraphQL operation, and marks it failed on errors. */
export function tracingPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? "query";
          span.updateName(`${type} ${operationName ?? "anonymous"}`);
          span.setAttributes({
            "graphql.operation.type": type,
            ...(operationName ? { "graphql.operation.name": operationName } : {}),
          });
        },
        async didEncounterErrors({ errors }) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          const code = errors[0]?.extensions?.code;
          if (typeof code === "string") span.setAttribute(ATTR_ERROR_TYPE, code);
        },
      };
    },
  };
}

const SQL_OPERATION = /^\s*(select|insert|update|delete|with|begin|commit|rollback|create|alter)/i;

function traceConnection(connection: DatabaseConnection, schema: string): DatabaseConnection {
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = (query) => {
    const operation = SQL_OPERATION.exec(query.sql)?.[1]?.toUpperCase() ?? "SQL";
    return tracer.startActiveSpan(
      `${operation} ${schema}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_DB_SYSTEM_NAME]: "postgresql",
          [ATTR_DB_NAMESPACE]: schema,
          [ATTR_DB_OPERATION_NAME]: operation,
          // Parameterised text only: values never reach the trace.
          [ATTR_DB_QUERY_TEXT]: query.sql,
        },
      },
      async (span: Span) => {
        try {
          return await execute(query);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.setAttribute(ATTR_ERROR_TYPE, (error as { code?: string }).code ?? "error");
          throw error;
        } finally {
          span.end();
        }
      },
    ) as never;
  };
  return connection;
}

/**
 * A client span per SQL statement, for PGlite and PostgreSQL alike (Kysely runs every statement
 * through its driver's connections). Connections are reused, so each is wrapped once.
 */
export function traceStatements(dialect: Dialect, schema: string): Dialect {
  const traced = new WeakSet<DatabaseConnection>();
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver(): Driver {
      const driver = dialect.createDriver();
      const acquire = driver.acquireConnection.bind(driver);
      driver.acquireConnection = async () => {
        const connection = await acquire();
        if (!traced.has(connection)) {
          traced.add(connection);
          traceConnection(connection, schema);
        }
        return connection;
      };
      return driver;
    },
  };
}
