import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzip as gzipCallback } from "node:zlib";
import { promisify } from "node:util";
import type { Express, Request, Response } from "express";

const gzip = promisify(gzipCallback);

/** Where `pnpm --filter @comtem/explorer-app build` writes the explorer (apps/explorer). */
export const DEFAULT_EXPLORER_DIR = fileURLToPath(
  new URL("../../../apps/explorer/dist/", import.meta.url),
);

/**
 * The explorer's policy: everything from the gateway's own origin. Monaco and GraphiQL add <style>
 * elements and style attributes at run time (hence 'unsafe-inline' for styles only; Chromium
 * refuses them without it); Monaco's language services run in workers built with the page; fonts
 * are in the CSS as data: URLs. No eval, no inline script, no frame.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".txt", ".svg", ".ttf"]);
/** Names Rsbuild gives hashed assets: `static/<kind>/[async/]<name>.<hash>.<ext>`. */
const ASSET = /^static\/(?:[a-z]+\/)+[A-Za-z0-9_.-]+$/;

function securityHeaders(res: Response) {
  res.setHeader("content-security-policy", EXPLORER_CSP);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("cross-origin-opener-policy", "same-origin");
  res.setHeader("cross-origin-resource-policy", "same-origin");
}

/**
 * Serves the built API explorer (GraphiQL, apps/explorer) at `/explorer`: `index.html` revalidated
 * every time, hashed assets cached for a year, gzip when asked, only files inside the build
 * folder. Not built: 503 saying how to build it.
 */
export function explorerRoutes(dir: string = DEFAULT_EXPLORER_DIR) {
  const root = resolve(dir);
  // Built files never change under a running gateway except by a rebuild, which renames them
  // (index.html is read every time): their gzip is kept.
  const gzipped = new Map<string, Promise<Buffer>>();

  async function send(req: Request, res: Response, file: string, cacheControl: string) {
    const ext = extname(file);
    const type = TYPES[ext];
    const info = type ? await stat(file).catch(() => undefined) : undefined;
    if (!type || !info?.isFile()) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    res.setHeader("content-type", type);
    res.setHeader("cache-control", cacheControl);
    const body = await readFile(file);
    if (COMPRESSIBLE.has(ext) && body.length > 1024) {
      res.setHeader("vary", "accept-encoding");
      if (/\bgzip\b/.test(req.get("accept-encoding") ?? "")) {
        const isIndex = ext === ".html";
        let compressed = isIndex ? undefined : gzipped.get(file);
        if (!compressed) {
          compressed = gzip(body);
          if (!isIndex) gzipped.set(file, compressed);
        }
        res.setHeader("content-encoding", "gzip");
        res.send(await compressed);
        return;
      }
    }
    res.send(body);
  }

  const index = async (req: Request, res: Response) => {
    securityHeaders(res);
    const file = join(root, "index.html");
    if (!(await stat(file).catch(() => undefined))) {
      res
        .status(503)
        .type("text/plain")
        .send(
          "The API explorer is not built. Build it with `pnpm --filter @comtem/explorer-app build` " +
            "(pnpm start and the browser tests do), or set EXPLORER_DIR to its dist/ folder. " +
            "See services/gateway/README.md, 'API explorer'.\n",
        );
      return;
    }
    await send(req, res, file, "no-cache");
  };

  return (app: Express) => {
    app.get(["/explorer", "/explorer/", "/explorer/index.html"], index);
    app.get("/explorer/*path", async (req: Request, res: Response) => {
      securityHeaders(res);
      const segments = (req.params as { path: string[] }).path;
      const relative = segments.join("/");
      const file = resolve(root, ...segments);
      // Only hashed assets, by name; and whatever the name, never a file outside the build.
      if (!ASSET.test(relative) || segments.includes("..") || !file.startsWith(root + sep)) {
        res.status(404).type("text/plain").send("Not found");
        return;
      }
      await send(req, res, file, "public, max-age=31536000, immutable");
    });
  };
}
