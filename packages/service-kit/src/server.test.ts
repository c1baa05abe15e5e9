import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createServiceApp, drainDelay, metricsPort, type ServiceApp } from "./server.js";

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: { ping: { type: GraphQLString, resolve: () => "pong" } },
  }),
});

async function start(drainMs: number): Promise<{ server: ServiceApp; url: string }> {
  const server = await createServiceApp({
    name: "drain-test",
    mode: "development",
    logger: createLogger("drain-test", "silent"),
    metrics: createMetrics("drain-test"),
    apollo: { schema },
    context: async () => ({}),
    readiness: async () => {},
    drainMs,
  });
  return { server, url: await server.listen(0, "127.0.0.1") };
}

const ping = (url: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ ping }" }),
  });

describe("service shutdown", () => {
  let stopped: Promise<void> | undefined;
  afterEach(async () => {
    await stopped;
    stopped = undefined;
  });

  it("fails readiness first, keeps serving during the drain delay, then closes", async () => {
    const { server, url } = await start(400);
    expect((await fetch(`${url}/ready`)).status).toBe(200);

    const began = Date.now();
    stopped = server.stop();
    // Right after the stop began: not ready any more, but requests are still answered.
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "stopping", service: "drain-test" });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const during = await ping(url);
    expect(await during.json()).toEqual({ data: { ping: "pong" } });

    await stopped;
    expect(Date.now() - began).toBeGreaterThanOrEqual(390);
    await expect(fetch(`${url}/ready`)).rejects.toThrow();
  });

  it("closes at once without a drain delay", async () => {
    const { server, url } = await start(0);
    const began = Date.now();
    await server.stop();
    expect(Date.now() - began).toBeLessThan(1_000);
    await expect(ping(url)).rejects.toThrow();
  });

  it("drains 5 s by default in production, none in development, SHUTDOWN_DRAIN_MS overrides", () => {
    expect(drainDelay("production", {})).toBe(5_000);
    expect(drainDelay("development", {})).toBe(0);
    expect(drainDelay("production", { SHUTDOWN_DRAIN_MS: "0" })).toBe(0);
    expect(drainDelay("development", { SHUTDOWN_DRAIN_MS: "1500" })).toBe(1_500);
    expect(() => drainDelay("production", { SHUTDOWN_DRAIN_MS: "soon" })).toThrow(
      /SHUTDOWN_DRAIN_MS/,
    );
  });
});

describe("metrics", () => {
  it("are served on an internal port in production, not on the public one", async () => {
    const server = await createServiceApp({
      name: "metrics-test",
      mode: "production",
      logger: createLogger("metrics-test", "silent"),
      metrics: createMetrics("metrics-test"),
      apollo: { schema },
      context: async () => ({}),
      readiness: async () => {},
      drainMs: 0,
      metricsPort: 0,
    });
    const url = await server.listen(0, "127.0.0.1");
    const internal = server.metricsUrl();
    try {
      await ping(url);
      expect((await fetch(`${url}/metrics`)).status).toBe(404);
      expect(internal).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(internal).not.toBe(url);
      const text = await (await fetch(`${internal}/metrics`)).text();
      expect(text).toMatch(/graphql_operations_total\{[^}]*outcome="ok"[^}]*\} 1/);
    } finally {
      await server.stop();
    }
    // Stopping the service closes its metrics listener too.
    await expect(fetch(`${internal}/metrics`)).rejects.toThrow();
  });

  it("default to 9464 in production and the service's own port in development", () => {
    expect(metricsPort("production", {})).toBe(9464);
    expect(metricsPort("development", {})).toBe("service");
    expect(metricsPort("development", { METRICS_PORT: "9100" })).toBe(9100);
    expect(() => metricsPort("production", { METRICS_PORT: "public" })).toThrow(/METRICS_PORT/);
  });
});
