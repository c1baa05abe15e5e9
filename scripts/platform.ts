import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { supervise, type BackoffPolicy, type ExitEvent, type Supervised } from "./supervisor.js";

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface Deployable {
  name: string;
  /** Folder of the package, relative to the repository root. */
  dir: string;
  portVariable: string;
  defaultPort: number;
}

/** Every service `pnpm start` runs, subgraphs before the gateway that composes them. */
export const deployables: Deployable[] = [
  {
    name: "communities",
    dir: "services/communities",
    portVariable: "COMMUNITIES_PORT",
    defaultPort: 4001,
  },
  { name: "planning", dir: "services/planning", portVariable: "PLANNING_PORT", defaultPort: 4002 },
  {
    name: "repository",
    dir: "services/repository",
    portVariable: "REPOSITORY_PORT",
    defaultPort: 4003,
  },
  { name: "people", dir: "services/people", portVariable: "PEOPLE_PORT", defaultPort: 4004 },
  { name: "gateway", dir: "services/gateway", portVariable: "GATEWAY_PORT", defaultPort: 4000 },
];

/** A TCP port free right now on 127.0.0.1 (tests run beside other processes). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningService {
  name: string;
  url: string;
  /** The process serving now (for a supervised service, a new one after each restart). */
  readonly child: ChildProcess;
}

/** A service of `startPlatform`: restarted with backoff when its process dies. */
export interface SupervisedService extends RunningService {
  readonly restarts: number;
  /** Ends this service for good: no more restarts (tests taking one subgraph down). */
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Port per service name; defaults from `deployables`. */
  ports?: Record<string, number>;
  env?: Record<string, string>;
  /** Where each service's output goes; default: inherited (prefixed lines are the log lines). */
  stdio?: "inherit" | "ignore" | "pipe";
  readyTimeoutMs?: number;
  /** Restart policy of crashed services (default: 250 ms doubling to 10 s, reset after 30 s up). */
  backoff?: BackoffPolicy;
  /** Told of every unexpected exit, before the restart (default: one line on stderr). */
  onExit?: (event: ExitEvent) => void;
}

export interface Platform {
  services: SupervisedService[];
  url(name: string): string;
  /** Ends supervision, SIGTERM to every child (gateway first), then waits for all to exit. */
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}

export function startService(
  deployable: Deployable,
  port: number,
  options: PlatformOptions,
  extraEnv: Record<string, string>,
): RunningService {
  const child = spawn(
    process.execPath,
    ["--import", "@swc-node/register/esm-register", "src/index.ts"],
    {
      cwd: join(repositoryRoot, deployable.dir),
      env: {
        // Development is an explicit opt-in of the launcher (services default to production);
        // the launcher's own shutdown needs no drain delay (no load balancer to tell).
        COMTEM_MODE: "development",
        SHUTDOWN_DRAIN_MS: "0",
        ...process.env,
        ...options.env,
        ...extraEnv,
        [deployable.portVariable]: String(port),
      },
      stdio: ["ignore", options.stdio ?? "inherit", options.stdio ?? "inherit"],
    },
  );
  return { name: deployable.name, url: `http://127.0.0.1:${port}`, child };
}

const logExit = ({ name, code, signal, upMs, restartInMs }: ExitEvent) =>
  console.error(
    `${name} exited unexpectedly (${signal ?? `code ${code}`}, up ${upMs} ms); restarting in ${restartInMs} ms`,
  );

/**
 * Starts every deployable as a real process and waits until each answers /ready. Each is then
 * supervised: a process that dies is started again with backoff while the others keep serving.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const running: (SupervisedService & Supervised)[] = [];
  const portOf = (d: Deployable) => options.ports?.[d.name] ?? d.defaultPort;
  const subgraphUrls = Object.fromEntries(
    deployables
      .filter((d) => d.name !== "gateway")
      .map((d) => [`${d.name.toUpperCase()}_URL`, `http://127.0.0.1:${portOf(d)}/graphql`]),
  );
  const platform: Platform = {
    services: running,
    url(name) {
      const service = running.find((s) => s.name === name);
      if (!service) throw new Error(`no service ${name}`);
      return service.url;
    },
    async stop() {
      await Promise.all([...running].reverse().map((service) => service.stop()));
    },
  };
  const gatewayOrigin = `http://localhost:${portOf(deployables.find((d) => d.name === "gateway")!)}`;
  const launch = (deployable: Deployable) => {
    const supervised = supervise(
      deployable.name,
      () =>
        startService(deployable, portOf(deployable), options, {
          SUPERGRAPH_PATH: join(repositoryRoot, "infra/supergraph.graphql"),
          PUBLIC_URL: gatewayOrigin,
          PUBLIC_GATEWAY_URL: gatewayOrigin,
          ...subgraphUrls,
        }).child,
      {
        ...(options.backoff ? { backoff: options.backoff } : {}),
        onExit: options.onExit ?? logExit,
      },
    );
    const service = Object.assign(supervised, { url: `http://127.0.0.1:${portOf(deployable)}` });
    running.push(service);
    return service;
  };
  const ready = async (name: string, service: SupervisedService & Supervised) => {
    try {
      await waitReady(service.url, service.child, options.readyTimeoutMs ?? 60_000);
    } catch (error) {
      throw new Error(`${name} did not start: ${(error as Error).message}`, { cause: error });
    }
  };
  try {
    // The subgraphs boot at once (each opens, migrates and seeds its own database); the gateway
    // after them, so that its first answers find every subgraph ready.
    const subgraphs = deployables.filter((d) => d.name !== "gateway");
    const outcomes = await Promise.allSettled(subgraphs.map((d) => ready(d.name, launch(d))));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failed) throw failed.reason;
    const gateway = deployables.find((d) => d.name === "gateway");
    if (gateway) await ready(gateway.name, launch(gateway));
  } catch (error) {
    await platform.stop();
    throw error;
  }
  return platform;
}
