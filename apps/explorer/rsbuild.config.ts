import { defineConfig } from "@rsbuild/core";
import { pluginReact } from "@rsbuild/plugin-react";

/**
 * GraphiQL bundled into static files that the gateway serves at /explorer (services/gateway,
 * src/explorer.ts): every script, style, font and Monaco worker comes from the gateway's origin.
 */
export default defineConfig({
  plugins: [pluginReact()],
  html: {
    title: "ComTem — API explorer",
    template: "./src/index.html",
    // No favicon request (and no 404 in the console).
    tags: [{ tag: "link", attrs: { rel: "icon", href: "data:," } }],
  },
  output: {
    assetPrefix: "/explorer/",
    // Nothing inline: the gateway's Content-Security-Policy allows scripts from 'self' only.
    inlineScripts: false,
    inlineStyles: false,
  },
  performance: { chunkSplit: { strategy: "split-by-experience" } },
});
