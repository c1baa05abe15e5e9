import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "@comtem/service-kit";
import type { GatewayContext } from "../subgraph-data-source.js";

/**
 * The first-party safelist: the operations of the shell and slices, from graphql-codegen's
 * persisted-documents manifests (`{ "<id>": "<document>" }`).
 */
export interface Safelist {
  /** The safelisted text for a persisted document id. */
  document(id: string): Promise<string | undefined>;
  /** Whether a document, by the sha256 Apollo computes as `queryHash`, is safelisted. */
  allows(queryHash: string): Promise<boolean>;
}

type Manifest = Record<string, string>;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The id graphql-codegen gives a persisted document: `sha256:` and the hash of its text. */
export const documentId = (document: string) => `sha256:${sha256(document)}`;

/**
 * First-party manifests (configuration) first: their ids can never be overridden. Registered
 * slices' entries join only when their id is the hash of their document.
 */
function index(base: readonly Manifest[], registered: readonly Manifest[] = []) {
  const byId = new Map<string, string>();
  for (const manifest of base) {
    for (const [id, document] of Object.entries(manifest)) byId.set(id, document);
  }
  for (const manifest of registered) {
    for (const [id, document] of Object.entries(manifest)) {
      if (!byId.has(id) && id === documentId(document)) byId.set(id, document);
    }
  }
  return { byId, hashes: new Set([...byId.values()].map(sha256)) };
}

/** The body as text, refused as soon as it passes `maxBytes` (never read whole first). */
async function readCapped(response: globalThis.Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readManifests(paths: readonly string[]): Promise<Manifest[]> {
  return Promise.all(
    paths.map(async (path) => JSON.parse(await readFile(path, "utf8")) as Manifest),
  );
}

/** A fixed safelist: the manifests given in configuration. */
export function staticSafelist(manifests: readonly Manifest[]): Safelist {
  const { byId, hashes } = index(manifests);
  return {
    document: async (id) => byId.get(id),
    allows: async (hash) => hashes.has(hash),
  };
}

const MANIFEST_MAX_BYTES = 1024 * 1024;
const MANIFEST_MAX_ENTRIES = 500;
const MISS_REFRESH_MS = 5_000;

/**
 * The configured manifests plus those of every active slice in the registry: a slice publishes
 * `persisted-documents.json` beside its `mf-manifest.json`, so a community team that registers
 * a slice brings its operations without redeploying the gateway. Refreshed periodically and,
 * at most every few seconds, when an unknown operation arrives (a slice registered just now).
 * Only registered slices count, and registering needs a co-coordinator or an admin on an
 * allowlisted origin.
 */
export function registrySafelist(options: {
  base: readonly Manifest[];
  manifestUrls: () => Promise<string[]>;
  fetch: (url: string, init: Record<string, unknown>) => Promise<globalThis.Response>;
  logger: Logger;
  refreshMs?: number;
}): Safelist & { close(): void } {
  let current = index(options.base);
  let refreshedAt = 0;
  let refreshing: Promise<void> | undefined;

  /** A slice's manifest: no redirects (the registered origin only), size capped while read. */
  async function fetchManifest(manifestUrl: string): Promise<Manifest> {
    const url = new URL("persisted-documents.json", manifestUrl).toString();
    const response = await options.fetch(url, { method: "GET", redirect: "error" });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const text = await readCapped(response, MANIFEST_MAX_BYTES).catch((error: Error) => {
      throw new Error(`${url}: ${error.message}`);
    });
    const manifest = JSON.parse(text) as unknown;
    if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
      throw new Error(`${url}: not a manifest`);
    }
    const entries = Object.entries(manifest).filter(([, v]) => typeof v === "string");
    const refused = entries.filter(([id, document]) => id !== documentId(document as string));
    if (refused.length > 0) {
      options.logger.warn(
        { url, refused: refused.length },
        "slice persisted documents whose id is not the hash of their text were refused",
      );
    }
    return Object.fromEntries(entries.slice(0, MANIFEST_MAX_ENTRIES)) as Manifest;
  }

  function refresh(): Promise<void> {
    refreshing ??= (async () => {
      try {
        const urls = await options.manifestUrls();
        const fetched = await Promise.all(
          urls.map((url) =>
            fetchManifest(url).catch((error: unknown) => {
              options.logger.warn({ err: error }, "slice persisted documents unavailable");
              return {};
            }),
          ),
        );
        current = index(options.base, fetched);
      } catch (error) {
        options.logger.warn({ err: error }, "safelist refresh from the registry failed");
      } finally {
        refreshedAt = Date.now();
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  async function withRefreshOnMiss<T>(look: () => T | undefined): Promise<T | undefined> {
    const found = look();
    if (found !== undefined) return found;
    if (Date.now() - refreshedAt < MISS_REFRESH_MS) return undefined;
    await refresh();
    return look();
  }

  const timer = setInterval(() => void refresh(), options.refreshMs ?? 30_000);
  timer.unref();
  return {
    document: (id) => withRefreshOnMiss(() => current.byId.get(id)),
    allows: async (hash) =>
      (await withRefreshOnMiss(() => (current.hashes.has(hash) ? true : undefined))) ?? false,
    close: () => clearInterval(timer),
  };
}

/**
 * Requests may send `{ documentId }` instead of the query text (codegen's persisted documents):
 * the gateway puts the safelisted text in place before GraphQL runs.
 */
export function persistedDocumentMiddleware(safelist: Safelist) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as { documentId?: unknown; query?: unknown } | undefined;
    if (body && typeof body.documentId === "string" && body.query === undefined) {
      const document = await safelist.document(body.documentId);
      if (!document) {
        res.status(400).json({
          errors: [
            {
              message: "Unknown persisted document",
              extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
            },
          ],
        });
        return;
      }
      body.query = document;
      delete body.documentId;
    }
    next();
  };
}

/**
 * With the safelist enforced, callers without an API key (the browser apps, anonymous scripts)
 * may only run safelisted operations; partners with a key keep free-form queries and automatic
 * persisted queries.
 */
export function safelistPlugin(safelist: Safelist): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          if (contextValue.apiKey || contextValue.internal) return;
          if (!(await safelist.allows(queryHash))) {
            throw new GraphQLError(
              "Only the platform's registered operations are accepted without an API key",
              {
                extensions: { code: "PERSISTED_QUERY_REQUIRED", http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
