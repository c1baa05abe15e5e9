import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../subgraph-data-source.js";

/**
 * The first-party safelist: the operations of the shell and slices, from graphql-codegen's
 * persisted-documents manifest (`{ "<sha256>": "<document>" }`).
 */
export interface Safelist {
  /** Documents by id (the manifest's keys). */
  byId: Map<string, string>;
  /** sha256 of every safelisted document text, as Apollo computes `queryHash`. */
  hashes: Set<string>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function loadSafelist(paths: readonly string[]): Promise<Safelist> {
  const byId = new Map<string, string>();
  for (const path of paths) {
    const manifest = JSON.parse(await readFile(path, "utf8")) as Record<string, string>;
    for (const [id, document] of Object.entries(manifest)) byId.set(id, document);
  }
  return { byId, hashes: new Set([...byId.values()].map(sha256)) };
}

/**
 * Requests may send `{ documentId }` instead of the query text (codegen's persisted documents):
 * the gateway puts the safelisted text in place before GraphQL runs.
 */
export function persistedDocumentMiddleware(safelist: Safelist) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as { documentId?: unknown; query?: unknown } | undefined;
    if (body && typeof body.documentId === "string" && body.query === undefined) {
      const document = safelist.byId.get(body.documentId);
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
          if (!safelist.hashes.has(queryHash)) {
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
