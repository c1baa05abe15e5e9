import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { repositoryRoot } from "./platform.js";
import { adminDevToken, localSlices, registerSlice } from "./register-slices.js";

export interface WebApp {
  name: string;
  url: string;
  child: ChildProcess;
}

async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: repositoryRoot, stdio: "inherit" });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code})`);
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited (${child.exitCode})`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`);
}

/** Serves a built app with Rsbuild's preview server (CORS on, the app's own port). */
function preview(dir: string, env: Record<string, string>): ChildProcess {
  return spawn(join(repositoryRoot, "apps", dir, "node_modules/.bin/rsbuild"), ["preview"], {
    cwd: join(repositoryRoot, "apps", dir),
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * Builds the shell and every slice, serves them, and registers the slices with the gateway's
 * registry (re-activating the same version on later starts), as a community team would.
 */
export async function startWeb(gatewayUrl: string): Promise<WebApp[]> {
  await run("pnpm", ["run", "build:web"]);
  const apps: WebApp[] = [];
  const shell = preview("shell", { GATEWAY_URL: gatewayUrl, PORT: "3000" });
  apps.push({ name: "shell", url: "http://localhost:3000", child: shell });
  for (const slice of localSlices()) {
    apps.push({
      name: slice.name,
      url: `http://localhost:${slice.port}`,
      child: preview(slice.name, {}),
    });
  }
  try {
    await Promise.all(
      apps.map((app) =>
        waitFor(app.name === "shell" ? app.url : `${app.url}/mf-manifest.json`, app.child),
      ),
    );
    const token = await adminDevToken(gatewayUrl);
    for (const slice of localSlices()) {
      await registerSlice(gatewayUrl, token, {
        name: slice.name,
        remoteName: `comtem_${slice.name.replace(/-/g, "_")}`,
        manifestUrl: `http://localhost:${slice.port}/mf-manifest.json`,
        version: slice.version,
      });
    }
  } catch (error) {
    await stopWeb(apps);
    throw error;
  }
  return apps;
}

export async function stopWeb(apps: WebApp[]): Promise<void> {
  await Promise.all(
    apps.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }),
  );
}
