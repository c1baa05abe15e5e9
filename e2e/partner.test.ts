import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPeople, seededPersonId } from "@comtem/seed-data";
import {
  deployables,
  freePort,
  repositoryRoot,
  startPlatform,
  startService,
  type Platform,
  type RunningService,
} from "../scripts/platform.js";
import { graphql } from "./client.js";
import { seedEmbeddedDatabases } from "./demo-data.js";
import { productionEnv, stopServices, waitReady } from "./services.js";
import { startTestIssuer } from "./test-issuer.js";

/**
 * What a partner does, outside this workspace, in a temporary folder: an npm project that
 * installs graphql-codegen from the npm registry, generates types from the LIVE gateway
 * (anonymously in development, with an API key in production) and runs a typed script; and a
 * project that installs @comtem/sdk from its packed tarball, type-checks scripts using it and runs
 * them: pagination across pages, a bad key, a 429 waited out as Retry-After says.
 */

/** The versions the workspace uses (pnpm-workspace.yaml catalog, apps' devDependencies). */
const CODEGEN_PACKAGES = [
  "@graphql-codegen/cli@7.4.3",
  "@graphql-codegen/client-preset@6.2.0",
  "graphql@16.15.0",
  "typescript@5.9.3",
  "@types/node@20.19.43",
];
const SDK_PACKAGES = ["graphql@16.15.0", "typescript@5.9.3", "@types/node@20.19.43"];
const FIXTURES = join(repositoryRoot, "e2e/partner-project");
/** Requests per minute per API key on the production gateway: small, to see a 429. */
const PER_KEY = 20;

const exec = promisify(execFile);

async function run(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  timeout = 180_000,
): Promise<string> {
  try {
    const { stdout } = await exec(command, args, {
      cwd,
      env: { ...process.env, ...env },
      timeout,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}

/** The last line of a script's output, as JSON. */
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

/**
 * A fresh npm project in `root/name` with `packages` from the npm registry, `files` copied from
 * e2e/partner-project (fixture path → path in the project) and that folder's tsconfig.json.
 */
async function partnerProject(
  name: string,
  files: Record<string, string>,
  packages: string[],
): Promise<string> {
  const dir = join(root, name);
  for (const [from, to] of Object.entries({ ...files, "tsconfig.json": "tsconfig.json" })) {
    await cp(join(FIXTURES, from), join(dir, to));
  }
  await run(dir, "npm", ["init", "-y"]);
  await run(dir, "npm", ["pkg", "set", "type=module"]);
  await run(dir, "npm", ["install", "--no-audit", "--no-fund", "--save-exact", ...packages]);
  return dir;
}

/** `pnpm pack` of the built SDK (its prepack builds it), into `root`. */
async function packSdk(root: string): Promise<string> {
  await run(repositoryRoot, "pnpm", [
    "--filter",
    "@comtem/sdk",
    "pack",
    "--pack-destination",
    root,
  ]);
  const tarball = (await readdir(root)).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  return join(root, tarball);
}

const tscCheck = (dir: string) => run(dir, "npx", ["tsc", "--noEmit", "-p", "."]);
const tscBuild = (dir: string) => run(dir, "npx", ["tsc", "-p", "."]);

const root = await mkdtemp(join(tmpdir(), "comtem-partner-"));
const timings: Record<string, number> = {};
const timed = async <T>(label: string, work: Promise<T>): Promise<T> => {
  const started = Date.now();
  const result = await work;
  timings[label] = Date.now() - started;
  return result;
};
// Installs start at once and run while the platforms start.
const codegenProject = timed(
  "npm install (codegen project)",
  partnerProject(
    "codegen",
    { "codegen/codegen.ts": "codegen.ts", "codegen/main.ts": "src/main.ts" },
    CODEGEN_PACKAGES,
  ),
);
const sdkTarball = timed("pnpm pack @comtem/sdk", packSdk(join(root, "pack")));
const sdkProject = sdkTarball.then(async (tarball) => {
  const dir = await timed(
    "npm install (sdk project)",
    partnerProject("sdk", { "sdk/pages.ts": "src/pages.ts", "sdk/burst.ts": "src/burst.ts" }, [
      tarball,
      ...SDK_PACKAGES,
    ]),
  );
  await timed("tsc --noEmit (sdk scripts)", tscCheck(dir));
  await tscBuild(dir);
  return dir;
});
// Failures are reported by the tests that await them.
codegenProject.catch(() => undefined);
sdkProject.catch(() => undefined);

afterAll(async () => {
  console.log("partner e2e timings (ms):", timings);
  await Promise.allSettled([codegenProject, sdkProject]);
  await rm(root, { recursive: true, force: true });
});

/** Codegen against `url`, type-check and run the script: Bologna's organizations. */
async function codegenRoute(url: string, apiKey?: string) {
  const dir = await codegenProject;
  const env = { COMTEM_URL: url, ...(apiKey ? { COMTEM_API_KEY: apiKey } : {}) };
  await rm(join(dir, "src/gql"), { recursive: true, force: true });
  await timed(
    `graphql-codegen (${apiKey ? "key" : "anonymous"})`,
    run(dir, "npx", ["graphql-codegen", "--config", "codegen.ts"], env),
  );
  await timed("tsc --noEmit (codegen script)", tscCheck(dir));
  await tscBuild(dir);
  return lastJson(await run(dir, "node", ["dist/main.js"], env)) as {
    totalCount: number;
    names: string[];
  };
}

describe("partners, development mode (anonymous)", () => {
  let platform: Platform;
  let dataDir: string;
  let gateway: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-partner-dev-"));
    const ports = Object.fromEntries(
      await Promise.all(deployables.map(async (d) => [d.name, await freePort()] as const)),
    );
    platform = await startPlatform({
      ports,
      env: { DATA_DIR: dataDir, LOG_LEVEL: "warn", RATE_LIMIT_PER_IP: "100000" },
    });
    gateway = `${platform.url("gateway")}/graphql`;
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("codegen from the live endpoint, tsc, and the typed script lists Bologna's organizations", async () => {
    const result = await codegenRoute(gateway);
    expect(result.names).toContain("Comune di Bologna");
    expect(result.names).toContain("Città metropolitana di Bologna");
    expect(result.names).toHaveLength(result.totalCount);
  }, 240_000);

  it("@comtem/sdk from its tarball pages through Bologna's organizations anonymously", async () => {
    const dir = await sdkProject;
    const installed = await readFile(join(dir, "node_modules/@comtem/sdk/package.json"), "utf8");
    expect(installed).not.toMatch(/workspace:|catalog:/);
    const result = lastJson(await run(dir, "node", ["dist/pages.js"], { COMTEM_URL: gateway }));
    expect(result.totalCount).toBeGreaterThan(5);
    expect(result.pages.length).toBe(Math.ceil(result.totalCount / 5));
    expect(result.names).toHaveLength(result.totalCount);
    expect(new Set(result.names).size).toBe(result.totalCount);
    expect(result.names).toContain("Comune di Bologna");
    expect(result.badKey).toEqual({ code: "API_KEY_INVALID", status: 401 });
  }, 240_000);
});

describe("partners, production mode (API key)", () => {
  const services: RunningService[] = [];
  let dataDir: string;
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  let gateway: string;
  let key: string;
  let burst: Promise<{
    ok: number;
    retries: { attempt: number; delayMs: number; status: number; retryAfter?: number }[];
    refusals: { retryAfter: string | null; code: string }[];
    elapsedMs: number;
  }>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "comtem-partner-prod-"));
    issuer = await startTestIssuer();
    await seedEmbeddedDatabases(dataDir, { devIssuerUrl: issuer.issuer });
    const common = productionEnv(dataDir);
    const subgraphs = deployables.filter((d) => d.name !== "gateway");
    const ports = Object.fromEntries(
      await Promise.all(deployables.map(async (d) => [d.name, await freePort()] as const)),
    );
    const started = subgraphs.map((d) => startService(d, ports[d.name]!, { env: common }, {}));
    services.push(...started);
    await Promise.all(started.map((s) => waitReady(s.url, s.child)));
    const gatewayService = startService(
      deployables.find((d) => d.name === "gateway")!,
      ports.gateway!,
      {
        env: {
          ...common,
          SUPERGRAPH_PATH: join(repositoryRoot, "infra/supergraph.graphql"),
          ...Object.fromEntries(
            subgraphs.map((d) => [
              `${d.name.toUpperCase()}_URL`,
              `http://127.0.0.1:${ports[d.name]}/graphql`,
            ]),
          ),
          OIDC_ISSUER: issuer.issuer,
          OIDC_JWKS_URL: issuer.jwksUrl,
          RATE_LIMIT_PER_KEY: String(PER_KEY),
        },
      },
      {},
    );
    services.push(gatewayService);
    await waitReady(gatewayService.url, gatewayService.child);
    gateway = `${gatewayService.url}/graphql`;

    // An admin issues two READ keys for the Region's organization; the second is for the 429.
    const admin = seedPeople.find((p) => p.systemRoles.includes("ADMIN"))!;
    const token = await issuer.token({ sub: seededPersonId(admin.key), roles: ["ADMIN"] });
    const organizationId = (
      await graphql(
        gateway,
        `
          {
            organization(ipaCode: "r_emiro") {
              id
            }
          }
        `,
      )
    ).body.data.organization.id;
    const issue = async (name: string) => {
      const response = await graphql(
        gateway,
        `
          mutation ($input: IssueApiKeyInput!) {
            issueApiKey(input: $input) {
              secret
            }
          }
        `,
        { token, variables: { input: { organizationId, name, scope: "READ" } } },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data.issueApiKey.secret as string;
    };
    key = await issue("partner e2e");
    const burstKey = await issue("partner e2e, 429");
    // The burst runs while the other tests do: it spends the key's budget of the minute at
    // once, then the SDK waits out the rest of the minute as Retry-After says.
    burst = sdkProject.then(async (dir) =>
      lastJson(
        await run(dir, "node", ["dist/burst.js", String(PER_KEY + 3)], {
          COMTEM_URL: gateway,
          COMTEM_API_KEY: burstKey,
        }),
      ),
    );
    burst.catch(() => undefined);
  }, 240_000);

  afterAll(async () => {
    await stopServices(services);
    await issuer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses anonymous introspection, so codegen needs the key", async () => {
    const response = await graphql(
      gateway,
      `
        {
          __schema {
            queryType {
              name
            }
          }
        }
      `,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe("INTROSPECTION_DISABLED");
  });

  it("codegen from the live endpoint with the API key, tsc, and the typed script lists Bologna's organizations", async () => {
    const result = await codegenRoute(gateway, key);
    expect(result.names).toContain("Comune di Bologna");
    expect(result.names).toHaveLength(result.totalCount);
  }, 240_000);

  it("@comtem/sdk pages through Bologna's organizations with the key (first: 5)", async () => {
    const dir = await sdkProject;
    const result = lastJson(
      await run(dir, "node", ["dist/pages.js"], { COMTEM_URL: gateway, COMTEM_API_KEY: key }),
    );
    console.log(`pages of ${result.totalCount} organizations:`, result.pages);
    expect(result.pages.length).toBeGreaterThanOrEqual(3);
    expect(result.pages.length).toBe(Math.ceil(result.totalCount / 5));
    expect(result.pages.slice(0, -1).every((n: number) => n === 5)).toBe(true);
    expect(result.names).toHaveLength(result.totalCount);
    expect(new Set(result.names).size).toBe(result.totalCount);
    expect(result.badKey).toEqual({ code: "API_KEY_INVALID", status: 401 });
  }, 240_000);

  it("@comtem/sdk waits out a 429 as Retry-After says, then every request succeeds", async () => {
    const result = await burst;
    console.log("429 behaviour seen by the SDK:", JSON.stringify(result));
    expect(result.ok).toBe(PER_KEY + 3);
    expect(result.refusals.length).toBeGreaterThanOrEqual(1);
    for (const refusal of result.refusals) {
      expect(refusal.code).toBe("RATE_LIMITED");
      expect(Number(refusal.retryAfter)).toBeGreaterThan(0);
    }
    const [first] = result.retries;
    expect(first).toMatchObject({ attempt: 1, status: 429 });
    expect(first!.retryAfter).toBe(Number(result.refusals[0]!.retryAfter));
    expect(first!.delayMs).toBeGreaterThanOrEqual(first!.retryAfter! * 1000);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(first!.retryAfter! * 1000);
  }, 180_000);
});
