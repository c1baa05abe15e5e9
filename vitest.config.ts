import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { detectTestPostgres } from "./packages/testing/src/local-services.js";

const require = createRequire(import.meta.url);

// The subgraph tests run on PGlite, and on a PostgreSQL server when one answers: the URL named
// by TEST_POSTGRES_URL, or the local server (127.0.0.1:5432) found here. Workers inherit it.
const postgres = await detectTestPostgres();
if (postgres) process.env.TEST_POSTGRES_URL = postgres;

/**
 * Three projects, told apart by where tests live: unit tests next to the code, subgraph
 * integration tests in services/<name>/test (real databases), end-to-end tests in e2e/
 * (real processes over HTTP). Vite 8's oxc transform emits decorator metadata for type-graphql.
 */
export default defineConfig({
  resolve: {
    // graphql 16 has no "exports": Node loads its CommonJS build everywhere, Vite would pick the
    // ESM one for our sources. Two copies break graphql's instanceof checks, so pin Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    // The default summary, and the names of whatever was skipped (`pnpm test` on a machine
    // without PostgreSQL, Redis or Chromium). CI passes its own reporters and requires them all.
    reporters: ["default", "./packages/testing/src/skipped-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "services/*/src/**/*.test.ts",
            // The launcher's supervisor and the Kubernetes manifests (validated against the API).
            "scripts/*.test.ts",
            "infra/*.test.ts",
          ],
          // The UI kit's tests run in their own project (design-react-kit stubbed).
          exclude: ["packages/ui/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["services/*/test/**/*.test.ts", "packages/*/test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // The e2e files start their own processes on fixed ports: one file at a time.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium (Debian's package) driving the shell and slices over the platform.
          name: "browser",
          include: ["e2e/browser/**/*.test.ts"],
          globalSetup: ["e2e/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      // Front-end unit tests, each package with its own config (React components under Node).
      "packages/ui/vitest.config.ts",
      "apps/*/vitest.config.ts",
    ],
  },
});
