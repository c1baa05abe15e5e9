import { Readable } from "node:stream";
import type { Express, Request, Response as ExpressResponse } from "express";
import type { Logger } from "@comtem/service-kit";

/**
 * Serves the communities subgraph's iCalendar feeds on the gateway's public origin
 * (`/calendar/<slug>.ics`), so calendar clients subscribe to one stable host.
 */
export function calendarProxy(
  communitiesGraphqlUrl: string,
  fetch: (url: string, init: Record<string, unknown>) => Promise<Response>,
  logger: Logger,
) {
  const base = communitiesGraphqlUrl.replace(/\/graphql\/?$/, "");
  return (app: Express) => {
    app.get("/calendar/:file", async (req: Request, res: ExpressResponse) => {
      const file = String(req.params.file);
      if (!/^[a-z0-9-]{1,80}\.ics$/.test(file)) {
        res.status(404).type("text/plain").send("Not found");
        return;
      }
      try {
        const upstream = await fetch(`${base}/calendar/${file}`, { method: "GET" });
        res.status(upstream.status);
        for (const header of ["content-type", "content-disposition", "cache-control", "etag"]) {
          const value = upstream.headers.get(header);
          if (value) res.setHeader(header, value);
        }
        if (upstream.body) Readable.fromWeb(upstream.body as never).pipe(res);
        else res.end();
      } catch (error) {
        logger.warn({ err: error }, "calendar feed unavailable");
        res.status(503).type("text/plain").send("Calendar temporarily unavailable");
      }
    });
  };
}
