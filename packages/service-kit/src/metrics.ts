import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Distinct operation names kept as label values; later ones are counted as "other". */
export const OPERATION_LABEL_LIMIT = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/**
 * Operation names are chosen by clients: as label values they would grow the registry without
 * bound (one series per name). The first names seen are kept, up to the limit — first-party
 * operations are seen at once — and anything beyond, or not shaped like a GraphQL name, is
 * "other".
 */
export function boundedLabels(limit = OPERATION_LABEL_LIMIT) {
  const seen = new Set<string>();
  return (name: string | null | undefined): string => {
    if (!name) return "anonymous";
    if (seen.has(name)) return name;
    if (seen.size >= limit || !OPERATION_NAME.test(name)) return "other";
    seen.add(name);
    return name;
  };
}

/** One Prometheus registry per service instance (several can live in one test process). */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    operationLabel: boundedLabels(),
    operations: new Counter({
      name: "graphql_operations_total",
      help: "GraphQL operations executed, by operation name and outcome.",
      labelNames: ["operation", "outcome"] as const,
      registers: [registry],
    }),
    operationDuration: new Histogram({
      name: "graphql_operation_duration_seconds",
      help: "GraphQL operation duration.",
      labelNames: ["operation"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    sqlStatements: new Counter({
      name: "db_statements_total",
      help: "SQL statements sent to the database (N+1 regressions show up here).",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
