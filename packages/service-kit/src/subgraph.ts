import type { Request } from "express";
import { GraphQLError } from "graphql";
import type { LogEvent } from "kysely";
import { AuthenticationError } from "./errors.js";
import type { Database } from "./db/database.js";
import { pendingMigrations, type Migrations } from "./db/migrations.js";
import type { Metrics } from "./metrics.js";
import { PRINCIPAL_HEADER, verifyPrincipal, type Principal } from "./principal.js";

/**
 * Reads the principal the gateway forwarded. Refusing here (HTTP 401) means a forged identity
 * never reaches a resolver.
 */
export async function principalFromRequest(req: Request, secret: string): Promise<Principal> {
  const header = req.headers[PRINCIPAL_HEADER];
  try {
    return await verifyPrincipal(Array.isArray(header) ? header[0] : header, secret);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw new GraphQLError(error.message, {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
    throw error;
  }
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
