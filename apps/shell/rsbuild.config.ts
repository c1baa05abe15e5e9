import { pluginModuleFederation } from "@module-federation/rsbuild-plugin";
import { defineConfig } from "@rsbuild/core";
import { pluginReact } from "@rsbuild/plugin-react";
import { environment } from "./environment";
import federation from "./module-federation.config";

export default defineConfig({
  plugins: [pluginReact(), pluginModuleFederation(federation)],
  server: {
    port: environment.port,
    historyApiFallback: true,
    // The development issuer on the shell's own origin (dev and preview servers only).
    proxy: { "/dev-issuer": environment.gatewayUrl },
  },
  html: {
    title: "ComTem — Sistema delle Comunità Tematiche",
    meta: { description: "ComTem — Sistema delle Comunità Tematiche dell'Emilia-Romagna" },
    // No favicon request to anyone (and no 404 in the console).
    tags: [{ tag: "link", attrs: { rel: "icon", href: "data:," } }],
  },
  output: { assetPrefix: "/" },
  performance: { chunkSplit: { strategy: "split-by-experience" } },
});
