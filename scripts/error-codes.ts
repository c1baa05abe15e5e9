import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { errorCodes } from "@comtem/service-kit";
import { repositoryRoot } from "./platform.js";

/**
 * Writes docs/errors.md from the registry of error codes in service-kit, the one list clients
 * can rely on. With --check it fails when the committed page is stale (CI).
 */
const path = join(repositoryRoot, "docs/errors.md");
const page = [
  "# Error codes",
  "",
  "Every GraphQL error of the ComTem API carries `extensions.code`, one of these. Generated from",
  "`packages/service-kit/src/errors.ts` by `pnpm error-codes`; do not edit by hand.",
  "",
  "| code | meaning |",
  "| --- | --- |",
  ...Object.entries(errorCodes).map(([code, meaning]) => `| \`${code}\` | ${meaning} |`),
  "",
].join("\n");

if (process.argv.includes("--check")) {
  const current = await readFile(path, "utf8").catch(() => "");
  if (current !== page) {
    console.error("docs/errors.md is stale: run `pnpm error-codes` and commit it");
    process.exit(1);
  }
  console.log("docs/errors.md is up to date");
} else {
  await writeFile(path, page);
  console.log("wrote docs/errors.md");
}
