import { Writable } from "node:stream";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { sql } from "kysely";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./db/database.js";
import { createLogger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createServiceApp, type ServiceApp } from "./server.js";
import { startTracing, tracingConfigured, type Tracing } from "./tracing.js";

const CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";

describe("tracing", () => {
  const exporter = new InMemorySpanExporter();
  const lines: Record<string, unknown>[] = [];
  let tracing: Tracing;
  let database: Database<unknown>;
  let server: ServiceApp;
  let url: string;

  beforeAll(async () => {
    tracing = startTracing("tracing-test", { spanProcessor: new SimpleSpanProcessor(exporter) });
    database = await openDatabase({ schema: "traced" });
    // The service's logger, writing to memory: each line is checked for the trace id.
    const logger = createLogger(
      "tracing-test",
      "info",
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    );
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          answer: {
            type: GraphQLString,
            resolve: async () => {
              const { rows } = await sql<{ answer: string }>`select 'yes' as answer`.execute(
                database.root,
              );
              logger.info("answered");
              return rows[0]!.answer;
            },
          },
          broken: {
            type: GraphQLString,
            resolve: () => {
              throw new Error("boom");
            },
          },
        },
      }),
    });
    server = await createServiceApp({
      name: "tracing-test",
      mode: "development",
      logger: createLogger("tracing-test", "silent"),
      metrics: createMetrics("tracing-test"),
      apollo: { schema },
      context: async () => ({}),
      readiness: async () => {},
      drainMs: 0,
    });
    url = await server.listen(0, "127.0.0.1");
  });

  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await tracing?.shutdown();
  });

  const post = (query: string, operationName: string) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
      },
      body: JSON.stringify({ query, operationName }),
    });

  it("is off unless an OTLP endpoint is configured", () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe(true);
    expect(
      tracingConfigured({
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
        OTEL_TRACES_EXPORTER: "none",
      }),
    ).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c/v1/traces" })).toBe(
      true,
    );
    expect(() => tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector" })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });

  it("continues the caller's trace: a server span named after the operation, SQL spans under it", async () => {
    exporter.reset();
    const response = await post("query Answer { answer }", "Answer");
    expect(await response.json()).toEqual({ data: { answer: "yes" } });

    const spans = exporter.getFinishedSpans();
    const request = spans.find((s) => s.name === "query Answer");
    expect(request, spans.map((s) => s.name).join(", ")).toBeDefined();
    expect(request!.spanContext().traceId).toBe(CALLER_TRACE);
    expect(request!.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(request!.attributes["graphql.operation.name"]).toBe("Answer");
    expect(request!.attributes["http.response.status_code"]).toBe(200);

    const statement = spans.find((s) => s.attributes["db.query.text"] === "select 'yes' as answer");
    expect(statement).toBeDefined();
    expect(statement!.name).toBe("SELECT traced");
    expect(statement!.spanContext().traceId).toBe(CALLER_TRACE);
    expect(statement!.parentSpanContext?.spanId).toBe(request!.spanContext().spanId);
    expect(statement!.attributes["db.system.name"]).toBe("postgresql");

    // The resolver's log line carries the trace and the span it was written in.
    const line = lines.find((l) => l.msg === "answered");
    expect(line?.trace_id).toBe(CALLER_TRACE);
    expect(line?.span_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("names the trace in every error and marks the span failed", async () => {
    exporter.reset();
    const response = await post("query Broken { broken }", "Broken");
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      traceId: CALLER_TRACE,
    });
    const request = exporter.getFinishedSpans().find((s) => s.name === "query Broken");
    expect(request?.status.code).toBe(2); // SpanStatusCode.ERROR
  });
});
