/**
 * Search benchmark (not a test): seeds the 2020 repository 1× and 10× into an in-memory PGlite
 * and reports p50/p95 of `searchResources` (page of 10 with snippets, totalCount and facets,
 * executed in-process through the real schema) for a few queries at each size.
 *
 *   node --import @swc-node/register/esm-register bench/search.ts
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  anonymous,
  createLogger,
  createMetrics,
  migrateToLatest,
  openDatabase,
  type Database,
} from "@comtem/service-kit";
import { inProcess } from "@comtem/testing";
import { migrations } from "../src/db/migrations/index.js";
import type { RepositoryDatabase } from "../src/db/tables.js";
import { seedRepositoryData } from "../src/seed/seed.js";
import { createRepositoryServer, repositoryContext } from "../src/server.js";

const QUERIES = [
  "lavoro agile",
  "lavori agili",
  "videoconferenza sedute",
  "firma remota",
  "regolamento",
  "il la di",
];
const RUNS = 40;
const WARMUP = 5;

const SEARCH = `query($q: String) { searchResources(query: $q, first: 10) {
  totalCount facets { kind { value count } topic { value count } community { value count } year { value count } }
  edges { snippet node { id title kind } } } }`;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function runAtScale(scale: number) {
  const database = await openDatabase<RepositoryDatabase>({ schema: "repository" });
  await migrateToLatest(database as Database<unknown>, migrations);
  await seedRepositoryData(database.db);
  if (scale > 1) {
    // Copies of every seeded resource with fresh ids (same texts, so the same words match).
    const rows = await database.db.selectFrom("resource").selectAll().execute();
    for (let copy = 1; copy < scale; copy += 1) {
      await database.db
        .insertInto("resource")
        .values(
          rows.map(({ search: _search, ...row }) => ({
            ...row,
            id: randomUUID(),
            links: JSON.stringify(row.links),
            attachments: JSON.stringify(row.attachments),
            software: row.software ? JSON.stringify(row.software) : null,
          })),
        )
        .execute();
    }
  }
  const count = await database.db
    .selectFrom("resource")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const deps = { database };
  const server = await createRepositoryServer({
    ...deps,
    principalPublicKey: DEVELOPMENT_PRINCIPAL_KEYS.publicKey,
    mode: "development",
    logger: createLogger("repository-bench", "silent"),
    metrics: createMetrics("repository"),
  });
  const run = inProcess(server, (principal) => repositoryContext(deps, principal));
  const results: { query: string; totalCount: number; p50: number; p95: number }[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    let totalCount = 0;
    for (let i = 0; i < WARMUP + RUNS; i += 1) {
      const start = performance.now();
      const { data, errors } = await run(SEARCH, { q: query }, anonymous);
      const elapsed = performance.now() - start;
      if (errors) throw new Error(JSON.stringify(errors));
      totalCount = data!.searchResources.totalCount;
      if (i >= WARMUP) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    results.push({ query, totalCount, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  await server.stop();
  await database.close();
  return { resources: Number(count.n), results };
}

console.log(
  `searchResources(first: 10) with facets, anonymous, PGlite in memory, ${RUNS} runs after ${WARMUP} warm-up`,
);
console.log(`Node ${process.version}\n`);
console.log("| resources | query | totalCount | p50 ms | p95 ms |");
console.log("| --- | --- | --- | --- | --- |");
for (const scale of [1, 10]) {
  const { resources, results } = await runAtScale(scale);
  for (const r of results) {
    console.log(
      `| ${resources} | \`${r.query}\` | ${r.totalCount} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`,
    );
  }
}
