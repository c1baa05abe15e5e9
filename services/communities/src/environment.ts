import { z } from "zod";
import { readSubgraphEnvironment, subgraphEnvironment } from "@comtem/service-kit";

/** Development origins of the shell and UI slices: http://localhost:3000..3010 and 127.0.0.1. */
export const DEVELOPMENT_SLICE_ORIGINS = ["localhost", "127.0.0.1"].flatMap((host) =>
  Array.from({ length: 11 }, (_, i) => `http://${host}:${3000 + i}`),
);

const baseUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ""));

const schema = subgraphEnvironment
  .extend({
    COMMUNITIES_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
    /** Load the demo data when the database is empty: default on for the embedded database. */
    /** Public origin of the gateway: calendar feed links (`/calendar/<slug>.ics`). */
    PUBLIC_GATEWAY_URL: baseUrl.default("http://localhost:4000"),
    /** Public origin of the web shell: links from calendar events back to meeting pages. */
    PUBLIC_WEB_URL: baseUrl.default("http://localhost:3000"),
    /**
     * Comma-separated origins (scheme://host[:port]) UI slice manifests may be served from.
     * Development default: http://localhost:3000..3010 and http://127.0.0.1:3000..3010.
     * Production default: none (every registration is refused until it is set).
     */
    SLICE_ALLOWED_ORIGINS: z.string().optional(),
  })
  .transform((env, ctx) => {
    const production = env.COMTEM_MODE === "production";
    const listed =
      env.SLICE_ALLOWED_ORIGINS === undefined
        ? production
          ? []
          : DEVELOPMENT_SLICE_ORIGINS
        : env.SLICE_ALLOWED_ORIGINS.split(",")
            .map((origin) => origin.trim())
            .filter(Boolean);
    const origins: string[] = [];
    for (const entry of listed) {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      if (!url || url.origin !== entry.replace(/\/+$/, "")) {
        ctx.addIssue({
          code: "custom",
          path: ["SLICE_ALLOWED_ORIGINS"],
          message: `"${entry}" is not an origin such as https://slices.example.org`,
        });
      } else if (production && url.protocol !== "https:") {
        ctx.addIssue({
          code: "custom",
          path: ["SLICE_ALLOWED_ORIGINS"],
          message: `"${entry}" must use https in production`,
        });
      } else {
        origins.push(url.origin);
      }
    }
    return { ...env, SLICE_ALLOWED_ORIGINS: origins };
  });
export type CommunitiesEnvironment = z.infer<typeof schema>;

/** The only reader of process.env in this service. */
export function readEnvironment(env = process.env): CommunitiesEnvironment {
  return readSubgraphEnvironment(schema, env);
}
