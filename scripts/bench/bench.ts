/**
 * `pnpm bench` (issue 15, point 1): our gateway, stock @apollo/gateway and Hive Gateway on the
 * same supergraph and the same running subgraphs, driven in alternating rounds by autocannon.
 * Prints req/s, p50, p99, errors, CPU per request of every process, and the ratios. A measuring
 * tool, not a test: it exits 0 whatever the figures, non-zero only when setting up fails or a
 * validation response has errors. See scripts/bench/README.md.
 */
import autocannon from "autocannon";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TEST_PRODUCTION_KEYS, createServerDatabase } from "@comtem/testing";
import { startTestIssuer } from "../../e2e/test-issuer.js";
import { deployables, freePort, repositoryRoot, startService } from "../platform.js";
import * as Q from "./queries.js";

const benchDir = dirname(fileURLToPath(import.meta.url));
const SUBGRAPHS = ["communities", "planning", "repository", "people"] as const;
type SubgraphName = (typeof SUBGRAPHS)[number];
const WORKLOADS = ["planboard", "mixed", "single", "overhead"] as const;
type WorkloadKey = (typeof WORKLOADS)[number];
/** Rate limits out of the way: the bench is one client IP sending thousands of requests a minute. */
const NO_RATE_LIMIT = "1000000000";

const { values: flags } = parseArgs({
  options: {
    postgres: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "3" },
    only: { type: "string", default: WORKLOADS.join(",") },
    help: { type: "boolean", short: "h" },
  },
});
if (flags.help) {
  console.log(
    "pnpm bench [--postgres URL] [--duration 10] [--connections 16] [--rounds 3] [--warmup 3] [--only planboard,mixed,single,overhead]",
  );
  process.exit(0);
}
const positive = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const durationS = positive("duration", flags.duration);
const connections = Math.round(positive("connections", flags.connections));
const rounds = Math.round(positive("rounds", flags.rounds));
const warmupS = Number(flags.warmup) > 0 ? Number(flags.warmup) : 0;
const only = flags.only.split(",").map((s) => s.trim()) as WorkloadKey[];
for (const w of only) {
  if (!WORKLOADS.includes(w)) throw new Error(`--only: unknown workload ${w} (${WORKLOADS})`);
}

// ---------------------------------------------------------------------------------------------
// Processes and their CPU time

const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat, fields 14 and 15). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

interface Proc {
  name: string;
  child: ChildProcess;
}
const processes: Proc[] = [];
let workDir = "";

function logTo(proc: Proc) {
  const out = createWriteStream(join(workDir, `${proc.name}.log`));
  proc.child.stdout?.pipe(out);
  proc.child.stderr?.pipe(out);
  proc.child.on("exit", (code, signal) => {
    if (!stopping) console.error(`! ${proc.name} exited (${signal ?? `code ${code}`})`);
  });
}

async function postJson(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

async function waitAnswering(name: string, url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const ok = await postJson(url, JSON.stringify({ query: "{ __typename }" })).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} does not answer at ${url} after ${timeoutMs / 1000} s`);
}

let stopping = false;
let dropDatabase: (() => Promise<void>) | undefined;
async function stopAll() {
  stopping = true;
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
          child.once("exit", () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
  if (dropDatabase) await dropDatabase().catch((e) => console.error(`drop database: ${e}`));
}

// ---------------------------------------------------------------------------------------------
// Workloads

interface Op {
  label: string;
  body: string;
  headers?: Record<string, string>;
}
/** A kind of request (picked uniformly), each with its variants (picked uniformly). */
interface Kind {
  name: string;
  variants: Op[];
}
interface Target {
  name: string;
  url: string;
  pid: number;
  /** False for a subgraph asked directly. */
  gateway: boolean;
}
interface Workload {
  key: WorkloadKey;
  title: string;
  targets: Target[];
  kinds: (target: Target) => Kind[];
  /** Concurrent connections, when not `--connections`. */
  connections?: number;
}

const op = (
  label: string,
  query: string,
  variables?: object,
  headers?: Record<string, string>,
) => ({
  label,
  body: JSON.stringify(variables ? { query, variables } : { query }),
  ...(headers ? { headers } : {}),
});

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU ms per completed request, per process name. */
  cpu: Record<string, number>;
}

async function drive(
  target: Target,
  kinds: Kind[],
  seconds: number,
  phase: string,
  concurrency = connections,
): Promise<Sample> {
  const pids = measuredPids(target);
  const before = Object.fromEntries(pids.map(([name, pid]) => [name, cpuMs(pid)]));
  let errors = 0;
  let example: string | undefined;
  const pick = () => {
    const kind = kinds[Math.floor(Math.random() * kinds.length)]!;
    return kind.variants[Math.floor(Math.random() * kind.variants.length)]!;
  };
  const result = await autocannon({
    url: target.url,
    connections: concurrency,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const chosen = pick();
          return {
            ...request,
            body: chosen.body,
            headers: { "content-type": "application/json", ...chosen.headers },
          };
        },
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) {
            errors += 1;
            example ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  const after = Object.fromEntries(pids.map(([name, pid]) => [name, cpuMs(pid)]));
  const requests = result.requests.total;
  if (example) console.log(`    ! ${phase} ${target.name}: ${errors} errors, e.g. ${example}`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    errors: errors + result.errors,
    cpu: Object.fromEntries(
      pids.map(([name]) => [name, requests > 0 ? (after[name]! - before[name]!) / requests : NaN]),
    ),
  };
}

/** The processes whose CPU a run counts: the target's own process and every subgraph. */
let subgraphPids: [SubgraphName, number][] = [];
function measuredPids(target: Target): [string, number][] {
  return [
    ...(target.gateway ? [["gateway", target.pid] as [string, number]] : []),
    ...subgraphPids,
  ];
}

/** One request of every variant through the target: 200, data, no errors; or the setup fails. */
async function validate(workload: Workload, target: Target): Promise<number> {
  let bytes = 0;
  for (const kind of workload.kinds(target)) {
    for (const variant of kind.variants) {
      const { status, text } = await postJson(target.url, variant.body, variant.headers);
      let body: { data?: unknown; errors?: unknown } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        // reported below
      }
      if (status !== 200 || body.errors || !body.data) {
        throw new Error(
          `validation failed: ${workload.key} / ${kind.name} / ${variant.label} through ${target.name}: ${status} ${text.slice(0, 600)}`,
        );
      }
      bytes = Math.max(bytes, text.length);
    }
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Printing

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : "—";
const pad = (cells: string[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");

interface Summary {
  target: Target;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  cpu: Record<string, number>;
  samples: Sample[];
}

function summarize(target: Target, samples: Sample[]): Summary {
  const names = Object.keys(samples[0]?.cpu ?? {});
  return {
    target,
    rps: median(samples.map((s) => s.rps)),
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    requests: samples.reduce((sum, s) => sum + s.requests, 0),
    cpu: Object.fromEntries(names.map((n) => [n, median(samples.map((s) => s.cpu[n]!))])),
    samples,
  };
}

/**
 * Ratio of medians, and in brackets the median of the ratios within each round: the targets of
 * a round run back to back, so the second is less moved by load that drifts over the run.
 */
function ratios(a: Summary, b: Summary, key: "rps" | "p50" | "p99"): string {
  const perRound = median(a.samples.map((s, i) => s[key] / (b.samples[i]?.[key] ?? NaN)));
  return `${ratio(a[key], b[key])} (per round ${fmt(perRound, 2)}×)`;
}

function printTable(summaries: Summary[]) {
  const header = [
    "target",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "requests",
    "gw CPU ms/req",
    "subgraphs ms/req",
    ...SUBGRAPHS,
  ];
  const widths = header.map((h) => Math.max(h.length, 8));
  widths[0] = Math.max(...summaries.map((s) => s.target.name.length), 10);
  console.log(pad(header, widths));
  for (const s of summaries) {
    const subgraphSum = SUBGRAPHS.reduce((sum, n) => sum + (s.cpu[n] ?? 0), 0);
    console.log(
      pad(
        [
          s.target.name,
          fmt(s.rps),
          fmt(s.p50, 0),
          fmt(s.p99, 0),
          String(s.errors),
          String(s.requests),
          s.target.gateway ? fmt(s.cpu.gateway!, 2) : "—",
          fmt(subgraphSum, 2),
          ...SUBGRAPHS.map((n) => fmt(s.cpu[n]!, 2)),
        ],
        widths,
      ),
    );
  }
  const by = (name: string) => summaries.find((s) => s.target.name === name);
  const ours = by("ours");
  const lines: string[] = [];
  for (const other of ["hive", "stock"]) {
    const o = by(other);
    if (!ours || !o) continue;
    lines.push(
      `ours/${other}: req/s ${ratios(ours, o, "rps")}, p50 ${ratios(ours, o, "p50")}, p99 ${ratios(ours, o, "p99")}, gateway CPU/req ${ratio(ours.cpu.gateway!, o.cpu.gateway!)}`,
    );
  }
  const direct = summaries.find((s) => !s.target.gateway);
  if (direct) {
    for (const s of summaries.filter((x) => x.target.gateway)) {
      lines.push(
        `${s.target.name}/direct: p50 ${ratios(s, direct, "p50")}, p99 ${ratios(s, direct, "p99")}, req/s ${ratios(s, direct, "rps")}`,
      );
    }
  }
  for (const line of lines) console.log(`  ${line}`);
}

// ---------------------------------------------------------------------------------------------
// Set-up, validation, rounds

async function main(): Promise<number> {
  workDir = await mkdtemp(join(tmpdir(), "comtem-bench-"));
  const started = Date.now();
  const issuer = await startTestIssuer();
  const ports = {
    communities: await freePort(),
    planning: await freePort(),
    repository: await freePort(),
    people: await freePort(),
    ours: await freePort(),
    stock: await freePort(),
    hive: await freePort(),
  };
  let databaseUrl: string | undefined;
  if (flags.postgres) {
    // One fresh database for the run, a schema per subgraph (as the tests do); dropped after.
    process.env.TEST_POSTGRES_URL = flags.postgres;
    const created = await createServerDatabase();
    databaseUrl = created.databaseUrl;
    dropDatabase = created.drop;
  }

  // The committed supergraph, its routing URLs pointed at this run's subgraphs: all three
  // gateways load this same file.
  const supergraphPath = join(workDir, "supergraph.graphql");
  let supergraph = await readFile(join(repositoryRoot, "infra/supergraph.graphql"), "utf8");
  for (const name of SUBGRAPHS) {
    const pattern = new RegExp(`(join__graph\\(name: "${name}", url: ")[^"]+(")`);
    if (!pattern.test(supergraph)) throw new Error(`no routing URL for ${name} in the supergraph`);
    supergraph = supergraph.replace(pattern, `$1http://127.0.0.1:${ports[name]}/graphql$2`);
  }
  await writeFile(supergraphPath, supergraph);

  console.log(
    `starting 4 subgraphs (${flags.postgres ? "PostgreSQL server" : "PGlite"}, seeding) and 3 gateways; logs in ${workDir}`,
  );
  const byName = (name: string) => deployables.find((d) => d.name === name)!;
  // Development mode (anonymous allowed without x-comtem-principal), so that the stock and Hive
  // gateways, which cannot sign a principal, are served; our gateway's signed principal is
  // verified with the test key pair's public half.
  const subgraphEnv = {
    COMTEM_MODE: "development",
    PRINCIPAL_PUBLIC_KEY: TEST_PRODUCTION_KEYS.publicKey,
    DATA_DIR: workDir,
    SEED_DEMO_DATA: "true",
    DEV_ISSUER_URL: issuer.issuer,
    LOG_LEVEL: "warn",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const subgraphs = SUBGRAPHS.map((name) => {
    const service = startService(
      byName(name),
      ports[name],
      { env: subgraphEnv, stdio: "pipe" },
      {},
    );
    const proc = { name, child: service.child };
    processes.push(proc);
    logTo(proc);
    return { name, url: `${service.url}/graphql`, child: service.child };
  });
  await Promise.all(subgraphs.map((s) => waitAnswering(s.name, s.url, s.child, 300_000)));
  subgraphPids = subgraphs.map((s) => [s.name, s.child.pid!]);

  // Our gateway as in production: test issuer, test principal keys, default operation limits;
  // rate limits raised, or the bench would mostly measure 429s.
  const ours = startService(
    byName("gateway"),
    ports.ours,
    {
      env: {
        COMTEM_MODE: "production",
        PRINCIPAL_PRIVATE_KEY: TEST_PRODUCTION_KEYS.privateKey,
        SUPERGRAPH_PATH: supergraphPath,
        OIDC_ISSUER: issuer.issuer,
        OIDC_JWKS_URL: issuer.jwksUrl,
        PUBLIC_URL: `http://127.0.0.1:${ports.ours}`,
        METRICS_PORT: "0",
        LOG_LEVEL: "warn",
        RATE_LIMIT_PER_IP: NO_RATE_LIMIT,
        RATE_LIMIT_PER_IP_EDGE: NO_RATE_LIMIT,
        RATE_LIMIT_PER_USER: NO_RATE_LIMIT,
        RATE_LIMIT_PER_KEY: NO_RATE_LIMIT,
        RATE_LIMIT_KEY_LOOKUPS_PER_IP: NO_RATE_LIMIT,
      },
      stdio: "pipe",
    },
    {},
  ).child;
  const stock = spawn(
    process.execPath,
    ["--import", "@swc-node/register/esm-register", join(benchDir, "stock-gateway.ts")],
    {
      cwd: benchDir,
      env: { ...process.env, SUPERGRAPH_PATH: supergraphPath, PORT: String(ports.stock) },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const hive = spawn(
    process.execPath,
    [
      join(benchDir, "node_modules/@graphql-hive/gateway/dist/bin.js"),
      "supergraph",
      supergraphPath,
      "--port",
      String(ports.hive),
      "--host",
      "127.0.0.1",
    ],
    { cwd: workDir, env: process.env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const gateways: Target[] = [];
  for (const [name, child] of [
    ["ours", ours],
    ["stock", stock],
    ["hive", hive],
  ] as const) {
    const proc = { name, child };
    processes.push(proc);
    logTo(proc);
    const url = `http://127.0.0.1:${ports[name]}/graphql`;
    gateways.push({ name, url, pid: child.pid!, gateway: true });
  }
  await Promise.all(
    gateways.map((g, i) => waitAnswering(g.name, g.url, processes[4 + i]!.child, 120_000)),
  );
  console.log(`all up in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // Real seeded ids and slugs, read through our gateway.
  const read = async <T>(query: string, headers?: Record<string, string>): Promise<T> => {
    const { status, text } = await postJson(gateways[0]!.url, JSON.stringify({ query }), headers);
    const body = JSON.parse(text) as { data?: T; errors?: unknown };
    if (status !== 200 || body.errors || !body.data) {
      throw new Error(`reading seeded data: ${status} ${text.slice(0, 400)}`);
    }
    return body.data;
  };
  type Edges<N> = { edges: { node: N }[] };
  // Three reads, each under the operation cost limit.
  const seeded = {
    ...(await read<{
      communities: Edges<{ slug: string; memberships: { person: { id: string } | null }[] }>;
    }>(`{ communities(first: 20) { edges { node { slug memberships { person { id } } } } } }`)),
    ...(await read<{ searchResources: Edges<{ title: string; tags: string[] }> }>(
      `{ searchResources(first: 50) { edges { node { title tags } } } }`,
    )),
    ...(await read<{ organizations: Edges<{ province: string | null }> }>(
      `{ organizations(first: 100) { edges { node { province } } } }`,
    )),
  };
  const slugs = seeded.communities.edges.map((e) => e.node.slug);
  const memberIds = [
    ...new Set(
      seeded.communities.edges.flatMap((e) =>
        e.node.memberships.flatMap((m) => m.person?.id ?? []),
      ),
    ),
  ].slice(0, 5);
  const provinces = [
    ...new Set(seeded.organizations.edges.flatMap((e) => e.node.province ?? [])),
  ].slice(0, 9);
  // Search terms: tags of the seeded resources, then words of their titles.
  const terms = [
    ...new Set([
      ...seeded.searchResources.edges.flatMap((e) => e.node.tags),
      ...seeded.searchResources.edges.flatMap((e) =>
        e.node.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 6),
      ),
    ]),
  ].slice(0, 12);
  const peopleCursors: (string | null)[] = [null];
  for (let i = 0; i < 4; i += 1) {
    const after = peopleCursors[peopleCursors.length - 1];
    const page = await read<{ people: { pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `{ people(first: 20${after ? `, after: ${JSON.stringify(after)}` : ""}) { pageInfo { hasNextPage endCursor } } }`,
    );
    if (!page.people.pageInfo.hasNextPage) break;
    peopleCursors.push(page.people.pageInfo.endCursor);
  }
  const tokens = await Promise.all(
    memberIds.map((sub) => issuer.token({ sub }, { expiresIn: "6h" })),
  );
  if (slugs.length === 0 || terms.length === 0 || provinces.length === 0 || tokens.length === 0) {
    throw new Error("the seeded data has no communities, resources, provinces or members");
  }

  const people: Target = {
    name: "direct (people)",
    url: subgraphs.find((s) => s.name === "people")!.url,
    pid: subgraphs.find((s) => s.name === "people")!.child.pid!,
    gateway: false,
  };
  const allWorkloads: Workload[] = [
    {
      key: "planboard",
      title: "(a) plan board hot loop: the identical query (4 communities, all four subgraphs)",
      targets: gateways,
      kinds: () => [{ name: "plan board", variants: [op("4 communities", Q.PLAN_BOARD)] }],
    },
    {
      key: "mixed",
      title:
        "(b) mixed workload, varied variables: plan board of a community, community page, search, people and organizations directory pages, signed-in 'my communities' (ours only)",
      targets: gateways,
      kinds: (target) => [
        {
          name: "plan board of a community",
          variants: slugs.map((slug) => op(slug, Q.COMMUNITY_PLAN_BOARD, { slug })),
        },
        {
          name: "community page",
          variants: slugs.map((slug) => op(slug, Q.COMMUNITY_PAGE, { slug })),
        },
        { name: "search", variants: terms.map((q) => op(q, Q.SEARCH, { q })) },
        {
          name: "people directory page",
          variants: peopleCursors.map((after, i) => op(`page ${i + 1}`, Q.PEOPLE_PAGE, { after })),
        },
        {
          name: "organizations page",
          variants: provinces.map((province) => op(province, Q.ORGANIZATIONS_PAGE, { province })),
        },
        // The stock and Hive gateways cannot resolve identity: they leave this query out.
        ...(target.name === "ours"
          ? [
              {
                name: "my communities (signed in)",
                variants: tokens.map((token, i) =>
                  op(`person ${memberIds[i]}`, Q.MY_COMMUNITIES, undefined, {
                    authorization: `Bearer ${token}`,
                  }),
                ),
              },
            ]
          : []),
      ],
    },
    {
      key: "single",
      title: "(c) one subgraph: organizations(first: 20), direct to people vs through each gateway",
      targets: [people, ...gateways],
      kinds: () => [{ name: "organizations", variants: [op("first 20", Q.ORGANIZATIONS_20)] }],
    },
    {
      key: "overhead",
      title:
        "(d) the same, one request at a time: the gateway's own overhead (nothing in flight to deduplicate)",
      targets: [people, ...gateways],
      connections: 1,
      kinds: () => [{ name: "organizations", variants: [op("first 20", Q.ORGANIZATIONS_20)] }],
    },
  ];
  const workloads = allWorkloads.filter((w) => only.includes(w.key));

  for (const workload of workloads) {
    for (const target of workload.targets) {
      const bytes = await validate(workload, target);
      console.log(`validated ${workload.key} through ${target.name} (largest answer ${bytes} B)`);
    }
  }

  const mixed = allWorkloads.find((w) => w.key === "mixed")!;
  const mixOf = (target: Target) =>
    mixed
      .kinds(target)
      .map((k) => `${k.name} ×${k.variants.length}`)
      .join(", ");
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: repositoryRoot }).toString().trim();
  const commit = `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "services", "packages") ? " + uncommitted changes in services/ or packages/" : ""}`;
  const cpuModel = cpus()[0]?.model ?? "unknown CPU";
  console.log(`
pnpm bench — ${new Date().toISOString()}, commit ${commit}
machine: ${cpus().length} cores (${cpuModel}), Node ${process.version}; database: ${flags.postgres ? "PostgreSQL server (its own CPU not counted)" : "PGlite (embedded, in each subgraph's process)"}
load: autocannon, ${connections} connections, ${rounds} rounds × ${durationS} s per target, ${warmupS} s warm-up each; targets alternate within a round, the order rotating each round; medians over rounds (errors and requests: totals)
setup: the committed supergraph (infra/supergraph.graphql, routing URLs pointed at this run's subgraphs) and the same 4 subgraph processes for every gateway
  - subgraphs in DEVELOPMENT mode (anonymous allowed without x-comtem-principal), since stock and Hive cannot sign the principal; our gateway's signed principal is still sent and verified
  - ours: production mode (test issuer, test principal keys, default operation limits incl. cost), rate limits raised to ${NO_RATE_LIMIT}/min (one client IP)
  - stock: @apollo/gateway + @apollo/server standalone, defaults; hive: @graphql-hive/gateway CLI, defaults (deduplicates identical in-flight requests)
  - (b) 'my communities' is signed in (bearer from the test issuer) through ours only: stock and Hive cannot resolve identity and leave it out of their mix
  - (b) mix, a kind picked uniformly then one of its variants: ${mixOf(gateways[0]!)}
  - CPU: utime+stime from /proc per round ÷ requests completed; the load generator runs in this process on the same cores
  - ratios: of the medians, and in brackets the median of the ratios within each round (less moved by load drifting over the run)
`);

  for (const workload of workloads) {
    // Warm-up: JIT, caches, connection pools of each target.
    if (warmupS > 0) {
      for (const target of workload.targets)
        await drive(
          target,
          workload.kinds(target),
          warmupS,
          `${workload.key} warm-up (not counted)`,
          workload.connections,
        );
    }
    const samples = new Map<Target, Sample[]>(workload.targets.map((t) => [t, []]));
    for (let round = 0; round < rounds; round += 1) {
      const order = workload.targets.map(
        (_, i) => workload.targets[(i + round) % workload.targets.length]!,
      );
      for (const target of order) {
        const sample = await drive(
          target,
          workload.kinds(target),
          durationS,
          `${workload.key} round ${round + 1}`,
          workload.connections,
        );
        samples.get(target)!.push(sample);
        console.log(
          `  ${workload.key} round ${round + 1}/${rounds} ${target.name}: ${fmt(sample.rps)} req/s, p50 ${fmt(sample.p50, 0)} ms, p99 ${fmt(sample.p99, 0)} ms, ${sample.errors} errors`,
        );
      }
    }
    console.log(`\n${workload.title}`);
    printTable(workload.targets.map((t) => summarize(t, samples.get(t)!)));
    console.log("");
  }
  await issuer.close();
  return 0;
}

let exitCode: number;
const interrupted = () => {
  console.error("interrupted: stopping");
  void stopAll().then(() => process.exit(130));
};
process.once("SIGINT", interrupted);
process.once("SIGTERM", interrupted);
try {
  exitCode = await main();
} catch (error) {
  console.error(`pnpm bench: ${(error as Error).message}`);
  if (workDir) console.error(`(process logs in ${workDir})`);
  exitCode = 1;
}
await stopAll();
if (exitCode === 0 && workDir) await rm(workDir, { recursive: true, force: true });
process.exit(exitCode);
