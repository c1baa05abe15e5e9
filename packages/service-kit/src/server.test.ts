import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createServiceApp, drainDelay, type ServiceApp } from "./server.js";

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
