import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

export interface StaticServer {
  url: string;
  /** Paths requested so far (to prove an origin was never asked for anything). */
  hits: string[];
  close(): Promise<void>;
}

/**
 * A tiny static server for a built app's dist/: CORS for remotes (the shell loads their
 * manifest, entry and chunks cross-origin), SPA fallback to index.html for the shell, and
 * in-memory overrides (the shell's /config.json for the test's ports).
 */
export async function serveStatic(options: {
  root: string;
  port: number;
  spa?: boolean;
  overrides?: Record<string, string>;
  /** Path prefix → origin to forward to (the shell's /dev-issuer → the gateway). */
  proxy?: Record<string, string>;
}): Promise<StaticServer> {
  const hits: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    hits.push(path);
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("cache-control", "no-store");
    const proxied = Object.entries(options.proxy ?? {}).find(([prefix]) => path.startsWith(prefix));
    if (proxied) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upstream = await fetch(`${proxied[1]}${req.url}`, {
        method: req.method,
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
      });
      res.writeHead(upstream.status, {
        "content-type": upstream.headers.get("content-type") ?? "application/json",
      });
      res.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const override = options.overrides?.[path];
    if (override !== undefined) {
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "text/plain" });
      res.end(override);
      return;
    }
    let file = normalize(join(options.root, path));
    if (!file.startsWith(options.root)) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info && options.spa && !extname(path)) {
      file = join(options.root, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return {
    url: `http://localhost:${options.port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
