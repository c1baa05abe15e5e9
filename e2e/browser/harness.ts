import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { OidcTestProvider } from "@comtem/testing";

export type { Browser, Page };
import { repositoryRoot, startPlatform, type Platform } from "../../scripts/platform.js";
import { ACTIVATE, REGISTER, adminDevToken, registerSlice } from "../../scripts/register-slices.js";
import { serveStatic, type StaticServer } from "./static-server.js";

/**
 * Ports of the browser tests, apart from `pnpm start`'s (4000-4004, 3000-3010) so both can run
 * on one machine. The gateway's CORS list and the registry's slice allowlist are set to them.
 * `E2E_PORT_OFFSET` shifts them all, so that two suites can run side by side.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const p = (port: number) => port + offset;
export const ports = {
  gateway: p(4200),
  communities: p(4201),
  planning: p(4202),
  repository: p(4203),
  people: p(4204),
  shell: p(3100),
  slices: {
    communities: p(3101),
    planning: p(3102),
    repository: p(3103),
    people: p(3104),
  } as Record<string, number>,
  /** Free for slices a test builds (scaffolded, broken). */
  extra: [p(3105), p(3106), p(3107)],
  /** Allowed by the registry, NOT by the shell: must never be requested. */
  disallowed: p(3108),
  /** Allowed everywhere, nothing listens: a slice that is down. */
  down: p(3109),
};

export const origin = (port: number) => `http://localhost:${port}`;
export const gatewayUrl = origin(ports.gateway);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launch flags that work with Debian's Chromium in containers (TOOLCHAIN.md). */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  // Playwright gives every launch a fresh temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
    },
  };
}

/** Runs a command in the repository and fails with its output when it fails. */
export async function run(command: string, args: string[], cwd = repositoryRoot): Promise<void> {
  // vitest sets NODE_ENV=test, which Rsbuild would take for a development-like build.
  const env = { ...process.env, NODE_ENV: "production" };
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${code}):\n${output.slice(-4000)}`);
}

export const appDist = (app: string) => join(repositoryRoot, "apps", app, "dist");

/**
 * Builds the shell and the slices unless they are built already (SKIP_WEB_BUILD=1 trusts dist/;
 * the browser suite's global setup builds once and sets it for every file).
 */
export async function buildApps(apps: string[]): Promise<void> {
  const missing = process.env.SKIP_WEB_BUILD
    ? apps.filter((a) => !existsSync(join(appDist(a), "index.html")))
    : apps;
  for (const app of missing) await run("pnpm", ["--filter", `@comtem/${app}-app`, "run", "build"]);
}

export interface WebPlatform {
  platform: Platform;
  servers: Record<string, StaticServer>;
  adminToken: string;
  shellUrl: string;
  /** Every URL the browser asked for during the run (checked: nothing leaves localhost). */
  requests: string[];
  register(name: string, port: number, version?: string): Promise<void>;
  serve(name: string, root: string, port: number): Promise<StaticServer>;
  stop(): Promise<void>;
}

export interface WebPlatformOptions {
  /**
   * A real OpenID Connect provider (startOidcProvider) the shell signs in with and the gateway
   * trusts besides the development issuer (found through its discovery document).
   */
  oidc?: OidcTestProvider;
  /** Operations the test sends itself (named by their key), added to the gateway's safelist. */
  operations?: Record<string, string>;
}

/**
 * The whole platform for the browser tests: subgraphs and gateway (startPlatform, embedded
 * databases in a temporary folder), the built shell and slices served from dist/, the slices
 * registered in the registry with an admin's development token.
 */
export async function startWebPlatform(
  slices: string[],
  options: WebPlatformOptions = {},
): Promise<WebPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "comtem-browser-"));
  const sliceOrigins = [
    ...Object.values(ports.slices),
    ...ports.extra,
    ports.disallowed,
    ports.down,
  ].map(origin);
  const buildDone = buildApps(["shell", ...slices]);
  // The gateway holds callers without an API key to the first-party safelist, as production
  // does: the shell's persisted documents, the registered slices' and the registry operations
  // of register-slices.
  const operatorManifest = join(dataDir, "operator-operations.json");
  writeFileSync(
    operatorManifest,
    JSON.stringify({ register: REGISTER, activate: ACTIVATE, ...options.operations }),
  );
  // Only the shell's manifest is configured: each slice's operations come from the
  // persisted-documents.json it publishes once registered.
  const manifests = [join(repositoryRoot, "apps/shell/src/gql/persisted-documents.json")];
  const platform = await startPlatform({
    ports: {
      gateway: ports.gateway,
      communities: ports.communities,
      planning: ports.planning,
      repository: ports.repository,
      people: ports.people,
    },
    env: {
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_IP: "100000",
      CORS_ORIGINS: [origin(ports.shell), `http://127.0.0.1:${ports.shell}`].join(","),
      SLICE_ALLOWED_ORIGINS: sliceOrigins.join(","),
      PUBLIC_WEB_URL: origin(ports.shell),
      PERSISTED_OPERATIONS: [...manifests, operatorManifest].join(","),
      SAFELIST: "enforce",
      ...(options.oidc
        ? { OIDC_ISSUER: options.oidc.issuer, OIDC_AUDIENCE: options.oidc.audience }
        : {}),
    },
    stdio: process.env.E2E_LOGS ? "inherit" : "ignore",
  });
  const servers: Record<string, StaticServer> = {};
  try {
    await buildDone;
    const shellConfig = {
      gatewayUrl,
      // The shell's own allowlist: not the "disallowed" origin the registry accepts.
      allowedSliceOrigins: [...Object.values(ports.slices), ...ports.extra, ports.down].map(origin),
      devIssuer: true,
      devIssuerUrl: "/dev-issuer",
      persistedDocuments: true,
      oidc: options.oidc
        ? { authority: options.oidc.issuer, clientId: options.oidc.clientId }
        : null,
      accessibilityFeedbackUrl: "mailto:accessibilita@comtem.example",
    };
    servers.shell = await serveStatic({
      root: appDist("shell"),
      port: ports.shell,
      spa: true,
      overrides: { "/config.json": JSON.stringify(shellConfig) },
      proxy: { "/dev-issuer": gatewayUrl },
    });
    for (const slice of slices) {
      servers[slice] = await serveStatic({ root: appDist(slice), port: ports.slices[slice]! });
    }
    const adminToken = await adminDevToken(gatewayUrl);
    const web: WebPlatform = {
      platform,
      servers,
      adminToken,
      shellUrl: origin(ports.shell),
      requests: [],
      async register(name, port, version = "1.0.0") {
        await registerSlice(gatewayUrl, adminToken, {
          name,
          remoteName: `comtem_${name.replace(/-/g, "_")}`,
          manifestUrl: `${origin(port)}/mf-manifest.json`,
          version,
        });
      },
      async serve(name, root, port) {
        servers[name] = await serveStatic({ root, port });
        return servers[name]!;
      },
      async stop() {
        await Promise.all(Object.values(servers).map((s) => s.close()));
        await platform.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
    for (const slice of slices) await web.register(slice, ports.slices[slice]!);
    return web;
  } catch (error) {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    await platform.stop();
    throw error;
  }
}

/** A page that records every request URL into `sink`. */
export async function newPage(browser: Browser, sink: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on("request", (request) => sink.push(request.url()));
  return page;
}

let axeSource: string | undefined;

/** axe-core's serious and critical violations on the current page (WCAG 2.x A/AA rules). */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  axeSource ??= await readFile(
    join(repositoryRoot, "e2e/node_modules/axe-core/axe.min.js"),
    "utf8",
  );
  // Evaluated through the DevTools protocol: the shell's Content Security Policy refuses inline
  // scripts, as it should, and a test must not loosen it.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    resultTypes: ["violations"],
  }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })))`)) as {
    id: string;
    impact: string;
    help: string;
    nodes: string[];
  }[];
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}
