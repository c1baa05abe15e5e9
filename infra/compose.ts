import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { composeServices } from "@apollo/composition";
import { gql } from "graphql-tag";
import { apiSchemaSdl } from "./api-schema.js";
import { crossReferenceExceptions } from "./cross-reference-exceptions.js";
import { checkCrossReferences } from "./cross-references.js";
import { checkListSizes } from "./list-sizes.js";
import { subgraphs } from "./subgraphs.js";

/**
 * Regenerates every subgraph's schema.graphql, the composed infra/supergraph.graphql and the
 * public API schema clients see, infra/schema/api.graphql (ADR 0011).
 * With --check it writes nothing and fails when a committed file differs (CI). Either way it
 * fails when a field referencing another subgraph's entity is non-null (ADR 0005), and when a list
 * field has neither `first` nor `@listSize` (ADR 0008).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const outputs: { path: string; content: string }[] = [];

const built = [];
for (const subgraph of subgraphs) {
  const { sdl } = await subgraph.build();
  outputs.push({ path: join(root, subgraph.schemaFile), content: sdl });
  built.push({ name: subgraph.name, url: subgraph.routingUrl, typeDefs: gql(sdl) });
}

const crossReferenceProblems = checkCrossReferences(
  built.map(({ name, typeDefs }, i) => ({ name, typeDefs, owns: subgraphs[i]!.owns })),
  crossReferenceExceptions,
);
if (crossReferenceProblems.length > 0) {
  for (const problem of crossReferenceProblems) console.error(`partial answers: ${problem}`);
  console.error("see docs/adr/0005-partial-answers.md");
  process.exit(1);
}

const listSizeProblems = checkListSizes(built);
if (listSizeProblems.length > 0) {
  for (const problem of listSizeProblems) console.error(`bounded lists: ${problem}`);
  console.error("see docs/adr/0008-bounded-lists.md");
  process.exit(1);
}

const result = composeServices(built);
if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.toString()}`);
outputs.push({
  path: join(root, "infra/supergraph.graphql"),
  content: `${result.supergraphSdl}\n`,
});
outputs.push({
  path: join(root, "infra/schema/api.graphql"),
  content: apiSchemaSdl(result.supergraphSdl),
});

let stale = 0;
for (const { path, content } of outputs) {
  const current = await readFile(path, "utf8").catch(() => "");
  if (current === content) continue;
  if (check) {
    stale += 1;
    console.error(`stale: ${path.slice(root.length + 1)} — run \`pnpm supergraph\` and commit it`);
  } else {
    await writeFile(path, content);
    console.log(`wrote ${path.slice(root.length + 1)}`);
  }
}
if (stale > 0) process.exit(1);
console.log(check ? "supergraph and subgraph schemas are up to date" : "supergraph composed");
