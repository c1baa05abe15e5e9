import { existsSync } from "node:fs";
import { CHROMIUM, buildApps } from "./harness.js";

/**
 * Builds the shell, the four slices and the API explorer once for the whole browser suite (every
 * file starts its own platform but serves the same dist/), instead of once per file. Without
 * Chromium the suite is skipped, so nothing is built.
 */
export default async function buildOnce(): Promise<void> {
  if (process.env.SKIP_WEB_BUILD || !existsSync(CHROMIUM)) return;
  await buildApps(["shell", "communities", "planning", "people", "repository", "explorer"]);
  // The test files' workers start after this and inherit it: they reuse what was just built.
  process.env.SKIP_WEB_BUILD = "1";
}
