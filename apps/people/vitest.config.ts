import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Components render in Node (react-dom/server); design-react-kit is replaced by plain stand-ins
// there (see packages/ui/vitest.config.ts). The browser tests render the real kit.
export default defineConfig({
  resolve: {
    alias: {
      "design-react-kit": fileURLToPath(
        new URL("../../packages/ui/test/design-react-kit-stub.tsx", import.meta.url),
      ),
    },
  },
  test: { name: "people", include: ["src/**/*.test.{ts,tsx}"], environment: "node" },
});
