import "reflect-metadata";

export * from "./authorization.js";
export * from "./db/database.js";
export * from "./db/migrations.js";
export * from "./environment.js";
export * from "./errors.js";
export * from "./federation.js";
export * from "./ids.js";
export * from "./lifecycle.js";
export * from "./logger.js";
export * from "./metrics.js";
export * from "./pagination.js";
export * from "./run-subgraph.js";
export * from "./payload.js";
export * from "./principal.js";
export * from "./server.js";
export * from "./sql.js";
export * from "./subgraph.js";
