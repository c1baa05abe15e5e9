import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** One Prometheus registry per service instance (several can live in one test process). */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
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
