import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { composeServices } from "@apollo/composition";
import { gql } from "graphql-tag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSchemaSdl } from "./api-schema.js";

/**
 * `pnpm api:check` end to end on a fixture subgraph (the shape of e2e/fixture-subgraph.ts):
 * compose it, take the API schema as the release, change the subgraph, compose again and run the
 * real command on the result.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = promisify(execFile);

const fixture = (queryFields: string) => `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])

  type Person @key(fields: "id") {
    id: ID!
    communityIds: [ID!] @inaccessible
  }

  type Assignment {
    id: ID!
    person: Person
  }

  type Query {
    ${queryFields}
  }
`;
const releasedFields = `assignments(personIds: [ID!]!): [Assignment!]!
    ping: String!
    slow(ms: Int!): String!`;

function apiSchemaOf(typeDefs: string): string {
  const result = composeServices([
    { name: "fixture", url: "http://127.0.0.1:1/graphql", typeDefs: gql(typeDefs) },
  ]);
  if (result.errors) throw result.errors[0];
  return apiSchemaSdl(result.supergraphSdl);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "api-check-"));
  await writeFile(join(dir, "released.graphql"), apiSchemaOf(fixture(releasedFields)));
  await writeFile(join(dir, "deprecations.yaml"), "deprecations: []\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function apiCheck(queryFields: string) {
  await writeFile(join(dir, "api.graphql"), apiSchemaOf(fixture(queryFields)));
  const args = ["--current", "api.graphql", "--released", "released.graphql"]
    .concat(["--deprecations", "deprecations.yaml"])
    .map((arg) => (arg.endsWith(".graphql") || arg.endsWith(".yaml") ? join(dir, arg) : arg));
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "@swc-node/register/esm-register", "infra/api.ts", "check", ...args],
      { cwd: root },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("pnpm api:check on a fixture subgraph", () => {
  it("leaves @inaccessible fields and federation internals out of the API schema", () => {
    const sdl = apiSchemaOf(fixture(releasedFields));
    expect(sdl).toContain("type Person {\n  id: ID!\n}");
    expect(sdl).not.toMatch(/communityIds|@join|@link|_entities|_service/);
  });

  it("fails when a field is removed from the subgraph, naming it with its criticality", async () => {
    const { code, output } = await apiCheck(releasedFields.replace(/\s*slow\(.*/, ""));
    expect(code).toBe(1);
    expect(output).toMatch(
      /BREAKING ✗ +Query\.slow: Field 'slow' was removed from object type 'Query'/,
    );
    expect(output).toContain("1 change(s): 1 breaking and not allowed");
  }, 60_000);

  it("passes when a field is added", async () => {
    const { code, output } = await apiCheck(`${releasedFields}\n    pong: String`);
    expect(output).toMatch(
      /NON_BREAKING +Query\.pong: Field 'pong' was added to object type 'Query'/,
    );
    expect(code).toBe(0);
  }, 60_000);
});
