import { Readable } from "node:stream";
import type { Express, Request, Response as ExpressResponse } from "express";
import type { Logger } from "@comtem/service-kit";

export interface ProxiedFiles {
  /** Path segment on the gateway and on the subgraph, e.g. "calendar". */
  prefix: string;
  /** File names accepted; anything else is a 404 without reaching the subgraph. */
  pattern: RegExp;
  /** GraphQL URL of the subgraph that serves the files. */
  subgraphUrl: string;
}

const FORWARDED_HEADERS = ["content-type", "content-disposition", "cache-control", "etag"];

/**
 * Serves files that subgraphs generate (iCalendar feeds, open-data CSV) on the gateway's public
 * origin, so clients and calendar apps use one stable host: `/<prefix>/<file>`.
 */
export function fileProxy(
  files: readonly ProxiedFiles[],
  fetch: (url: string, init: Record<string, unknown>) => Promise<Response>,
  logger: Logger,
) {
  return (app: Express) => {
    for (const { prefix, pattern, subgraphUrl } of files) {
      const base = subgraphUrl.replace(/\/graphql\/?$/, "");
      app.get(`/${prefix}/:file`, async (req: Request, res: ExpressResponse) => {
        const file = String(req.params.file);
        if (!pattern.test(file)) {
          res.status(404).type("text/plain").send("Not found");
          return;
        }
        try {
          const upstream = await fetch(`${base}/${prefix}/${file}`, { method: "GET" });
          res.status(upstream.status);
          for (const header of FORWARDED_HEADERS) {
            const value = upstream.headers.get(header);
            if (value) res.setHeader(header, value);
          }
          if (upstream.body) Readable.fromWeb(upstream.body as never).pipe(res);
          else res.end();
        } catch (error) {
          logger.warn({ err: error, prefix }, "proxied file unavailable");
          res.status(503).type("text/plain").send("Temporarily unavailable");
        }
      });
    }
  };
}
