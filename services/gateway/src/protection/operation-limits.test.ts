import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloGateway } from "@apollo/gateway";
import {
  Kind,
  buildSchema,
  getNamedType,
  isEnumType,
  parse,
  typeFromAST,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  UNDECLARED_LIST_SIZE,
  defaultLimits,
  listSizesOf,
  operationCost,
  type ListSizes,
} from "./operation-limits.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

/**
 * Values for an operation's required variables, the costliest where it matters (`first`: the
 * largest page); undefined when one is an input object (a mutation's input, cheap anyway).
 */
function worstCaseVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> | undefined {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = getNamedType(typeFromAST(schema, definition.type as never));
    if (name === "first") variables[name] = 100;
    else if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    else if (isEnumType(type)) variables[name] = type.getValues()[0]!.value;
    else if (type?.name === "Int") variables[name] = 2020;
    else if (type?.name === "Boolean") variables[name] = false;
    else if (type?.name === "ID" || type?.name === "String") variables[name] = "x";
    else return undefined;
  }
  return variables;
}

describe("operationCost", () => {
  const schema = buildSchema(`
    type Query { community(id: ID!): Community communities(first: Int): [Community!]! }
    type Community { name: String! memberships: [Membership!]! meetings: [Meeting!]! }
    type Membership { role: String! }
    type Meeting { title: String! }
  `);
  const listSizes: ListSizes = new Map([["Community.memberships", 40]]);
  const cost = (query: string) => operationCost({ schema, document: parse(query), listSizes });

  it("counts a list without `first` as its declared size", () => {
    // community 1 + name 1 + memberships (1 + 40 × role 1)
    expect(cost(`{ community(id: "c") { name memberships { role } } }`)).toBe(1 + 1 + 1 + 40);
  });

  it("counts a list with `first` as `first`, whatever its declared size", () => {
    // communities 1 + 3 × (memberships 1 + 40 × role 1)
    expect(cost(`{ communities(first: 3) { memberships { role } } }`)).toBe(1 + 3 * (1 + 40));
  });

  it("counts an undeclared list as the conservative default", () => {
    expect(cost(`{ community(id: "c") { meetings { title } } }`)).toBe(
      1 + 1 + UNDECLARED_LIST_SIZE,
    );
  });
});

describe("the committed supergraph", () => {
  let sdl: string;
  let gateway: ApolloGateway;
  let apiSchema: Awaited<ReturnType<ApolloGateway["load"]>>["schema"];

  beforeAll(async () => {
    sdl = await readFile(join(root, "infra/supergraph.graphql"), "utf8");
    gateway = new ApolloGateway({ supergraphSdl: sdl });
    apiSchema = (await gateway.load()).schema;
  });
  afterAll(() => gateway.stop());

  it("declares the size of every list, read by listSizesOf", () => {
    const sizes = listSizesOf(sdl);
    expect(sizes.get("Community.memberships")).toBe(40);
    expect(sizes.get("Meeting.registrations")).toBe(40);
    expect(sizes.has("Query.communities")).toBe(false); // paginated: `first`
  });

  it("costs a community page with its memberships by the declared size", () => {
    const listSizes = listSizesOf(sdl);
    const document = parse(`{
      community(slug: "dati") { name memberships { role person { id } } }
    }`);
    // community 1 + name 1 + memberships (1 + 40 × (role 1 + person (1 + id 1)))
    expect(operationCost({ schema: apiSchema, document, listSizes })).toBe(3 + 40 * 3);
  });

  it("lets the ten-community plan board through and stops an abusive query (costs printed)", () => {
    const listSizes = listSizesOf(sdl);
    const costOf = (query: string) =>
      operationCost({ schema: apiSchema, document: parse(query), listSizes });
    // Issue 13: all ten communities with their co-coordinators, current plan, goal-actions,
    // referents and working groups with their members — 6,181 under the flat ×5 estimate.
    const planBoard = costOf(`{
      communities(first: 10) { edges { node {
        name
        memberships(role: CO_COORDINATORE) { person { fullName organization { name } } }
        currentPlan { year status goalActions {
          code title progress
          referents { fullName }
          workingGroup { name members { role person { fullName organization { name } } } }
        } }
      } } }
    }`);
    // The same, a hundred communities deep and every plan of each, members of every community.
    const abusive = costOf(`{
      communities(first: 100) { edges { node {
        memberships { person { fullName organization { name } memberships { community { name } } } }
        plans { goalActions { referents { fullName } workingGroup { members { person { fullName } } } } }
      } } }
    }`);
    console.log(
      `cost: ten-community plan board ${planBoard}, abusive query ${abusive} (limit ${defaultLimits.maxCost})`,
    );
    expect(planBoard).toBeLessThanOrEqual(defaultLimits.maxCost);
    expect(abusive).toBeGreaterThan(defaultLimits.maxCost);
  });

  it("keeps every first-party operation (the apps' persisted documents) under the cost limit", async () => {
    const listSizes = listSizesOf(sdl);
    const apps = ["shell", "communities", "planning", "repository", "people"];
    const costs: Record<string, number> = {};
    for (const app of apps) {
      const manifest = JSON.parse(
        await readFile(join(root, `apps/${app}/src/gql/persisted-documents.json`), "utf8"),
      ) as Record<string, string>;
      for (const source of Object.values(manifest)) {
        const document = parse(source);
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
          const variables = worstCaseVariables(apiSchema, definition);
          if (!variables) continue;
          costs[`${app}:${definition.name.value}`] = operationCost({
            schema: apiSchema,
            document,
            listSizes,
            variables,
            operationName: definition.name.value,
          });
        }
      }
    }
    expect(Object.keys(costs).length).toBeGreaterThan(10);
    const over = Object.entries(costs).filter(([, cost]) => cost > defaultLimits.maxCost);
    expect(over).toEqual([]);
    if (process.env.PRINT_COSTS) console.log(Object.entries(costs).sort(([, a], [, b]) => b - a));
  });
});
