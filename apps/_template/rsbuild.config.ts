import { pluginModuleFederation } from "@module-federation/rsbuild-plugin";
import { defineConfig } from "@rsbuild/core";
import { pluginReact } from "@rsbuild/plugin-react";
import federation from "./module-federation.config";

export default defineConfig({
  plugins: [pluginReact(), pluginModuleFederation(federation)],
  // `rsbuild dev --port N` / `rsbuild preview --port N` override the port.
  server: { port: 3010, historyApiFallback: true },
  html: { title: "slice-template — ComTem" },
  // Chunks are loaded from the slice's own origin wherever the shell runs.
  output: {
    assetPrefix: "auto",
    // Published beside mf-manifest.json: the gateway adds these operations to its safelist
    // once the slice is registered.
    copy: [{ from: "./src/gql/persisted-documents.json" }],
  },
});
