import type { Request } from "express";
import { GraphQLError } from "graphql";
import type { LogEvent } from "kysely";
import { AuthenticationError } from "./errors.js";
import type { Database } from "./db/database.js";
import type { PlatformMode } from "./environment.js";
import { pendingMigrations, type Migrations } from "./db/migrations.js";
import type { Metrics } from "./metrics.js";
import { PRINCIPAL_HEADER, createPrincipalVerifier, type Principal } from "./principal.js";

/** The raw forwarded-principal header of a request, relayed as is to another subgraph. */
export function forwardedPrincipalHeader(req: Request): string | undefined {
  const header = req.headers[PRINCIPAL_HEADER];
  return Array.isArray(header) ? header[0] : header;
}

/**
 * Reads the principal the gateway forwarded to this subgraph (`audience`). Refusing here
 * (HTTP 401) means a forged identity never reaches a resolver. In production every request
 * must carry the gateway's signature (the gateway signs anonymous calls too), so nothing —
 * `_entities` and `_service` included — is reachable around the gateway.
 */
export async function createRequestPrincipal(options: {
  publicKey: string;
  audience: string;
  mode: PlatformMode;
}): Promise<(req: Request) => Promise<Principal>> {
  const verifier = await createPrincipalVerifier(options.publicKey, options.audience);
  return async (req) => {
    const value = forwardedPrincipalHeader(req);
    try {
      if (!value && options.mode === "production") {
        throw new AuthenticationError("Requests must come through the gateway");
      }
      return await verifier.verify(value);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        throw new GraphQLError(error.message, {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      }
      throw error;
    }
  };
}

/** Readiness of a subgraph: database reachable and every migration applied. */
export function databaseReadiness(database: Database<unknown>, migrations: Migrations) {
  return async () => {
    await database.ping();
    const pending = await pendingMigrations(database, migrations);
    if (pending.length > 0) throw new Error(`pending migrations: ${pending.join(", ")}`);
  };
}

/** Counts every SQL statement into the service's metrics. */
export function countStatements(metrics: Metrics) {
  return (event: LogEvent) =>
    metrics.sqlStatements.inc({ outcome: event.level === "error" ? "error" : "ok" });
}
