import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Node unit tests of the kit's own logic (text rendering, pagination, field/message wiring).
 * design-react-kit does not load under Node's ESM resolver (its exports name only "module" and
 * "main"), so it is replaced by plain stand-ins; the browser tests render the real kit.
 */
export default defineConfig({
  resolve: {
    alias: {
      "design-react-kit": fileURLToPath(
        new URL("./test/design-react-kit-stub.tsx", import.meta.url),
      ),
    },
  },
  test: { name: "ui", include: ["src/**/*.test.{ts,tsx}"], environment: "node" },
});
