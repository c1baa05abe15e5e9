import { createHash } from "node:crypto";
import type { NextFunction, Request, Response as ExpressResponse } from "express";
import { LRUCache } from "lru-cache";
import {
  gatewayPrincipal,
  PRINCIPAL_HEADER,
  traceHeaders,
  type Logger,
  type PrincipalSigner,
} from "@comtem/service-kit";

export interface ApiKeyIdentity {
  id: string;
  organizationId: string;
  scope: "READ" | "READ_WRITE";
}

export const API_KEY_HEADER = "x-api-key";

/**
 * Checks `X-Api-Key` against the people subgraph (which stores only hashes), caching answers
 * for 30 s. A presented key that is unknown, revoked or expired is refused with 401; no key
 * means no partner identity (anonymous or user-token traffic).
 */
export function apiKeyMiddleware(options: {
  peopleUrl: string;
  signer: PrincipalSigner;
  /**
   * Asked before a key not seen lately is looked up; false means it has already answered (the
   * per-IP lookup budget is spent), so random keys cost no lookup beyond the budget.
   */
  beforeLookup?: (req: Request, res: ExpressResponse) => Promise<boolean>;
  fetch: (url: string, init: Record<string, unknown>) => Promise<Response>;
  logger: Logger;
}) {
  const cache = new LRUCache<string, ApiKeyIdentity | false>({ max: 10_000, ttl: 30_000 });

  async function lookup(keyHash: string): Promise<ApiKeyIdentity | false> {
    const response = await options.fetch(options.peopleUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [PRINCIPAL_HEADER]: await options.signer.sign(gatewayPrincipal, "people"),
        ...traceHeaders(),
      },
      body: JSON.stringify({
        query:
          "query GatewayApiKey($h: String!) { verifyApiKey(keyHash: $h) { id organizationId scope } }",
        variables: { h: keyHash },
      }),
    });
    const body = (await response.json()) as { data?: { verifyApiKey: ApiKeyIdentity | null } };
    if (!response.ok || !body.data) throw new Error(`people answered ${response.status}`);
    const identity = body.data.verifyApiKey ?? false;
    cache.set(keyHash, identity);
    return identity;
  }

  return async (req: Request, res: ExpressResponse, next: NextFunction) => {
    const header = req.headers[API_KEY_HEADER];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) {
      next();
      return;
    }
    try {
      let identity: ApiKeyIdentity | false = false;
      if (key.length <= 200) {
        const keyHash = createHash("sha256").update(key).digest("hex");
        const cached = cache.get(keyHash);
        if (cached !== undefined) {
          identity = cached;
        } else {
          if (options.beforeLookup && !(await options.beforeLookup(req, res))) return;
          identity = await lookup(keyHash);
        }
      }
      if (!identity) {
        res.status(401).json({
          errors: [
            {
              message: "Unknown, revoked or expired API key",
              extensions: { code: "API_KEY_INVALID" },
            },
          ],
        });
        return;
      }
      res.locals.apiKey = identity;
      next();
    } catch (error) {
      options.logger.warn({ err: error }, "API key check failed");
      res.status(503).json({
        errors: [
          {
            message: "API key check unavailable; retry",
            extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "people" },
          },
        ],
      });
    }
  };
}
