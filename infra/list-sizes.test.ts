import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { checkListSizes } from "./list-sizes.js";
import { subgraphs } from "./subgraphs.js";

const subgraph = (sdl: string) => ({ name: "communities", typeDefs: parse(sdl) });

describe("checkListSizes", () => {
  it("fails on a list field with neither `first` nor @listSize, naming subgraph.Type.field", () => {
    const problems = checkListSizes([
      subgraph(`
        type Query { communities(first: Int): [Community!]! }
        type Community { id: ID! memberships(role: String): [Membership!]! }
        type Membership { role: String! }
      `),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^communities\.Community\.memberships is a list without `first`/),
    ]);
  });

  it("passes paginated lists, declared sizes, connection edges and @external fields", () => {
    expect(
      checkListSizes([
        subgraph(`
          type Query { people(first: Int): [Person!]! }
          type Community { memberships: [Membership!]! @listSize(assumedSize: 40) themes: [String] @listSize(assumedSize: 5) }
          type MembershipConnection { edges: [Membership!]! }
          type Membership { role: String! }
          extend type Person @key(fields: "id") { id: ID! communityIds: [ID!]! @external }
        `),
      ]),
    ).toEqual([]);
  });

  it("fails on a @listSize without a positive assumedSize", () => {
    expect(
      checkListSizes([
        subgraph(`type Community { meetings: [String!]! @listSize(assumedSize: 0) }`),
      ]),
    ).toEqual([expect.stringMatching(/^communities\.Community\.meetings: @listSize needs/)]);
  });

  it("holds for the platform's committed subgraph schemas", async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), "..");
    const schemas = await Promise.all(
      subgraphs.map(async ({ name, schemaFile }) => ({
        name,
        typeDefs: parse(await readFile(join(root, schemaFile), "utf8")),
      })),
    );
    expect(checkListSizes(schemas)).toEqual([]);
  });
});
