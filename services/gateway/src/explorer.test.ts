import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPLORER_CSP, explorerRoutes } from "./explorer.js";

const base = mkdtempSync(join(tmpdir(), "comtem-explorer-"));
const dist = join(base, "dist");
const big = `console.log(${JSON.stringify("x".repeat(4000))});`;

function serve(dir: string): Promise<{ url: string; server: Server }> {
  const app = express();
  explorerRoutes(dir)(app);
  return new Promise((resolve) => {
    const server = app.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}

/** A raw GET: fetch would normalise `..` away before it reaches the server. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the API explorer's static route", () => {
  let built: { url: string; server: Server };
  let missing: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(join(dist, "static/js/async"), { recursive: true });
    mkdirSync(join(dist, "static/css"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
    writeFileSync(join(dist, "static/js/index.0123456789.js"), "console.log(1);");
    writeFileSync(join(dist, "static/js/async/big.0123456789.js"), big);
    writeFileSync(join(dist, "static/css/index.0123456789.css"), "body{}");
    writeFileSync(join(dist, "static/js/notes.md"), "not a served type");
    writeFileSync(join(base, "secret.txt"), "outside the build");
    built = await serve(dist);
    missing = await serve(join(base, "nothing-here"));
  });
  afterAll(async () => {
    await new Promise((resolve) => built.server.close(resolve));
    await new Promise((resolve) => missing.server.close(resolve));
    rmSync(base, { recursive: true, force: true });
  });

  it("serves index.html at /explorer and /explorer/, revalidated, under a strict policy", async () => {
    for (const path of ["/explorer", "/explorer/", "/explorer/index.html"]) {
      const response = await fetch(`${built.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toBe(EXPLORER_CSP);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(await response.text()).toContain("<title>explorer</title>");
    }
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(EXPLORER_CSP).toContain("connect-src 'self'");
    expect(EXPLORER_CSP).not.toContain("unsafe-eval");
    expect(EXPLORER_CSP).toMatch(/script-src 'self';/);
  });

  it("serves hashed assets with their type, cached for a year", async () => {
    const js = await fetch(`${built.url}/explorer/static/js/index.0123456789.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await js.text()).toBe("console.log(1);");
    const css = await fetch(`${built.url}/explorer/static/css/index.0123456789.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("gzips large text files for clients that ask", async () => {
    const path = "/explorer/static/js/async/big.0123456789.js";
    const response = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const { hostname, port } = new URL(built.url);
        const req = request(
          { hostname, port, path, headers: { "accept-encoding": "gzip" } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on("error", reject);
        req.end();
      },
    );
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["vary"]).toBe("accept-encoding");
    expect(gunzipSync(response.body).toString()).toBe(big);
  });

  it("answers 404 for unknown files, other types and folders", async () => {
    for (const path of [
      "/explorer/static/js/missing.0123456789.js",
      "/explorer/static/js/notes.md",
      "/explorer/static/js",
      "/explorer/static",
      "/explorer/package.json",
      "/explorer/.env",
    ]) {
      const response = await fetch(`${built.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("never serves a file outside the build folder", async () => {
    for (const path of [
      "/explorer/../secret.txt",
      "/explorer/static/../../secret.txt",
      "/explorer/static/js/..%2f..%2f..%2fsecret.txt",
      "/explorer/static/%2e%2e/%2e%2e/secret.txt",
      "/explorer/static/js/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt",
      "/explorer/static/js/..%5c..%5c..%5csecret.txt",
    ]) {
      const response = await rawGet(built.url, path);
      expect(response.body, path).not.toContain("outside the build");
      expect([400, 404], path).toContain(response.status);
    }
  });

  it("says how to build it when it is not built", async () => {
    const response = await fetch(`${missing.url}/explorer`);
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toContain("pnpm --filter @comtem/explorer-app build");
    expect((await fetch(`${missing.url}/explorer/static/js/index.0123456789.js`)).status).toBe(404);
  });
});
