import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  DEPRECATIONS_FILE,
  formatReport,
  judgeChanges,
  parseDeprecations,
  schemaChanges,
} from "./api-compat.js";
import {
  changeList,
  changelogText,
  formatMarkdown,
  referencePages,
  releasedHistory,
  unreleasedSection,
} from "./api-docs.js";

/**
 * The public API's compatibility and documentation (ADR 0011):
 *   check                      compares infra/schema/api.graphql with released.graphql; fails on a
 *                              breaking change that docs/api/deprecations.yaml does not allow
 *   docs [--check]             writes docs/api/CHANGELOG.md (Unreleased) and docs/api/reference/;
 *                              with --check writes nothing and fails naming each stale file
 *   release <version>          records the current API schema as released <version>
 * `check` takes --current, --released, --deprecations (files) and --today (YYYY-MM-DD) so tests
 * can run it on fixtures.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = {
  current: "infra/schema/api.graphql",
  released: "infra/schema/released.graphql",
  deprecations: DEPRECATIONS_FILE,
  changelog: "docs/api/CHANGELOG.md",
  reference: "docs/api/reference",
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: "boolean", default: false },
    current: { type: "string" },
    released: { type: "string" },
    deprecations: { type: "string" },
    today: { type: "string" },
  },
});
const [command, version] = positionals;
const abs = (path: string) => (path.startsWith("/") ? path : join(root, path));
const read = (path: string) => readFile(abs(path), "utf8");
const readOptional = (path: string) => read(path).catch(() => "");
const today = values.today ?? new Date().toISOString().slice(0, 10);

async function inputs() {
  const currentPath = values.current ?? files.current;
  const releasedPath = values.released ?? files.released;
  const [currentSdl, releasedSdl, deprecationsText, changelog] = await Promise.all([
    read(currentPath),
    read(releasedPath),
    readOptional(values.deprecations ?? files.deprecations),
    readOptional(files.changelog),
  ]);
  const deprecations = parseDeprecations(deprecationsText);
  const changes = await schemaChanges(releasedSdl, currentSdl);
  return { currentPath, releasedPath, currentSdl, releasedSdl, deprecations, changes, changelog };
}

async function check(): Promise<boolean> {
  const { currentPath, releasedPath, releasedSdl, deprecations, changes, changelog } =
    await inputs();
  const { version } = releasedHistory(changelog);
  console.log(`API compatibility: ${currentPath} against ${releasedPath} (release ${version})`);
  const { lines, failed } = formatReport(
    judgeChanges(changes, deprecations, { releasedSdl, today }),
  );
  for (const line of lines) console.log(line);
  if (failed) {
    console.error(`breaking change(s) not allowed: see docs/adr/0011-api-compatibility.md`);
  }
  return !failed;
}

/** Every generated documentation file, by repository path, formatted with prettier. */
async function generatedDocs() {
  const { currentSdl, deprecations, changes, changelog } = await inputs();
  const { history, version } = releasedHistory(changelog);
  const outputs: Record<string, string> = {
    [files.changelog]: changelogText(unreleasedSection(changes, deprecations, version), history),
  };
  for (const [name, text] of Object.entries(referencePages(currentSdl, deprecations))) {
    outputs[`${files.reference}/${name}`] = text;
  }
  for (const path of Object.keys(outputs)) {
    outputs[path] = await formatMarkdown(outputs[path]!, abs(path));
  }
  return outputs;
}

async function docs(checkOnly: boolean): Promise<boolean> {
  let stale = 0;
  for (const [path, content] of Object.entries(await generatedDocs())) {
    if ((await readOptional(path)) === content) continue;
    if (checkOnly) {
      stale += 1;
      console.error(`stale: ${path} — run \`pnpm api:docs\` and commit it`);
    } else {
      await mkdir(dirname(abs(path)), { recursive: true });
      await writeFile(abs(path), content);
      console.log(`wrote ${path}`);
    }
  }
  if (stale === 0) console.log(checkOnly ? "API docs are up to date" : "API docs generated");
  return stale === 0;
}

const semver = (v: string) => v.split(".").map(Number) as [number, number, number];
const newer = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
};

async function release(version: string | undefined): Promise<boolean> {
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    console.error("usage: pnpm api:release <major.minor.patch>");
    return false;
  }
  const { currentSdl, deprecations, changes, changelog } = await inputs();
  const last = releasedHistory(changelog);
  if (last.version !== "(none)" && !newer(version, last.version)) {
    console.error(`${version} is not newer than the last release ${last.version}`);
    return false;
  }
  if (changes.length === 0) {
    console.error(`nothing to release: no change since ${last.version}`);
    return false;
  }
  const breaking = changes.some((change) => change.criticality.level === "BREAKING");
  if (breaking && last.version !== "(none)" && semver(version)[0] <= semver(last.version)[0]) {
    console.error(`breaking changes since ${last.version}: the release needs a new major version`);
    return false;
  }
  if (!(await check())) return false;
  const section = `## ${version} — ${today}\n\n${changeList(changes, deprecations)}`;
  const text = changelogText(
    unreleasedSection([], deprecations, version),
    `${section}\n${last.history}`,
  );
  await writeFile(abs(files.changelog), await formatMarkdown(text, abs(files.changelog)));
  await writeFile(
    abs(files.released),
    `# ComTem public API ${version}, released ${today} (pnpm api:release)\n${currentSdl}`,
  );
  await docs(false);
  console.log(
    `released ${version}: commit ${files.released}, ${files.changelog} and ${relative(root, abs(files.reference))}/`,
  );
  return true;
}

let ok: boolean;
if (command === "check") ok = await check();
else if (command === "docs") ok = await docs(values.check);
else if (command === "release") ok = await release(version);
else {
  console.error("usage: api.ts check | docs [--check] | release <version>");
  ok = false;
}
process.exit(ok ? 0 : 1);
