import type { ChildProcess } from "node:child_process";
import { TEST_PRODUCTION_KEYS } from "@comtem/testing";
import {
  freePort,
  startService,
  type Deployable,
  type RunningService,
} from "../scripts/platform.js";

/**
 * What a service needs to run in production mode in a test: the test key pair (never the
 * published development one, which production refuses), the embedded database under `dataDir`
 * prepared beforehand (the single-node pilot setting), and a free metrics port of its own.
 */
export function productionEnv(dataDir: string, logLevel = "warn"): Record<string, string> {
  return {
    COMTEM_MODE: "production",
    PRINCIPAL_PUBLIC_KEY: TEST_PRODUCTION_KEYS.publicKey,
    PRINCIPAL_PRIVATE_KEY: TEST_PRODUCTION_KEYS.privateKey,
    ALLOW_EMBEDDED_DATABASE: "true",
    DATA_DIR: dataDir,
    LOG_LEVEL: logLevel,
    // Several production services on one host: each takes a free metrics port.
    METRICS_PORT: "0",
  };
}

/** Waits until a service answers `/ready`; fails early when its process has exited. */
export async function waitReady(
  url: string,
  child?: ChildProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited`);
    const ready = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready`);
}

/** Stops services in the reverse of their start order, waiting for each to exit. */
export async function stopServices(services: readonly { child: ChildProcess }[]): Promise<void> {
  for (const { child } of [...services].reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  }
}

/**
 * Starts a service on a free port and waits until it is ready. A port found free can be taken
 * by another process before the service binds it (EADDRINUSE on a busy CI machine): the service
 * then exits, and it is started again on another free port, up to `attempts` times.
 */
export async function startReady(
  deployable: Deployable,
  env: Record<string, string>,
  extraEnv: Record<string, string> = {},
  attempts = 3,
): Promise<RunningService & { port: number }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const service = startService(deployable, port, { env }, extraEnv);
    try {
      await waitReady(service.url, service.child);
      return { ...service, port };
    } catch (error) {
      await stopServices([service]);
      if (attempt >= attempts) throw error;
    }
  }
}
