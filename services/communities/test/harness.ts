import { sql } from "kysely";
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  anonymous,
  createLogger,
  createMetrics,
  type Database,
  type Principal,
  type ServiceApp,
} from "@comtem/service-kit";
import { createTestDatabase, type Backend, type TestDatabase } from "@comtem/testing";
import { DEVELOPMENT_SLICE_ORIGINS } from "../src/environment.js";
import {
  createCommunitiesServer,
  createLoaders,
  createServices,
  migrations,
  type CommunitiesConfig,
  type CommunitiesDatabase,
} from "../src/server.js";
import { seedCommunitiesData } from "../src/seed/seed.js";

export const testConfig: CommunitiesConfig = {
  mode: "development",
  publicGatewayUrl: "http://gateway.test",
  publicWebUrl: "http://web.test",
  sliceAllowedOrigins: DEVELOPMENT_SLICE_ORIGINS,
};

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export const TABLES = [
  "community",
  "membership",
  "join_request",
  "meeting",
  "meeting_registration",
  "meeting_attendance",
  "contribution",
  "announcement",
  "ui_slice",
] as const;

export interface CommunitiesHarness {
  database: TestDatabase<CommunitiesDatabase>;
  server: ServiceApp;
  run<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
    config?: CommunitiesConfig,
  ): Promise<GraphQLResult<T>>;
  /** A fingerprint of every row of every table: equal before and after = nothing written. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

/** A communities subgraph on a fresh database (seeded), executed in-process. */
export async function startCommunities(backend: Backend): Promise<CommunitiesHarness> {
  const database = await createTestDatabase<CommunitiesDatabase>(
    backend,
    "communities",
    migrations,
  );
  await seedCommunitiesData(database.db);
  const server = await createCommunitiesServer({
    database: database as Database<CommunitiesDatabase>,
    principalPublicKey: DEVELOPMENT_PRINCIPAL_KEYS.publicKey,
    config: testConfig,
    logger: createLogger("communities-test", (process.env.TEST_LOG_LEVEL ?? "silent") as "silent"),
    metrics: createMetrics("communities"),
  });
  const services = createServices(database.db, testConfig);
  const fingerprint = sql.join(
    TABLES.map(
      (table) =>
        sql`(select ${sql.lit(table)} || ':' || count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from ${sql.table(`${database.schema}.${table}`)} t)`,
    ),
    sql` || '|' || `,
  );
  return {
    database,
    server,
    async run(query, variables = {}, principal = anonymous, config = testConfig) {
      const response = await server.apollo.executeOperation(
        { query, variables },
        {
          contextValue: {
            principal,
            loaders: createLoaders(database.db),
            services: config === testConfig ? services : createServices(database.db, config),
            config,
          } as never,
        },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      // Round-trip through JSON as a client would see it (DateTime values become strings).
      return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResult<any>;
    },
    async snapshot() {
      const { rows } = await sql<{
        fingerprint: string;
      }>`select ${fingerprint} as fingerprint`.execute(database.db);
      return rows[0]!.fingerprint;
    },
    async close() {
      await server.stop();
      await database.dispose();
    },
  };
}

/** A signed-in person; `organizationId` is what the gateway looked up in people (none if omitted). */
export function person(personId: string, organizationId: string | null = null): Principal {
  return { personId, systemRoles: [], communityRoles: [], organizationId };
}
export function admin(personId: string, organizationId: string | null = null): Principal {
  return { personId, systemRoles: ["ADMIN"], communityRoles: [], organizationId };
}
