import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { crossReferenceExceptions } from "./cross-reference-exceptions.js";
import { checkCrossReferences, entityOwners, type SubgraphSchema } from "./cross-references.js";
import { subgraphs } from "./subgraphs.js";

const people: SubgraphSchema = {
  name: "people",
  owns: ["Person"],
  typeDefs: parse(`
    type Query { person(id: ID!): Person }
    type Person @key(fields: "id") { id: ID! name: String! }
  `),
};

const communities = (membership: string, extra = ""): SubgraphSchema => ({
  name: "communities",
  owns: ["Community"],
  typeDefs: parse(`
    type Query { community(id: ID!): Community }
    type Community @key(fields: "id") { id: ID! name: String! memberships: [Membership!]! }
    type Membership { role: String! community: Community! ${membership} }
    type Person @key(fields: "id") { id: ID! memberships: [Membership!] }
    ${extra}
  `),
});

describe("checkCrossReferences", () => {
  it("fails on a non-null reference to another subgraph's entity, naming subgraph.Type.field", () => {
    const problems = checkCrossReferences([people, communities("person: Person!")]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^communities\.Membership\.person: Person! is non-null/);
    expect(problems[0]).toContain("owned by the people subgraph");
  });

  it("fails on a list whose items are non-null references", () => {
    const problems = checkCrossReferences([people, communities("people: [Person!]!")]);
    expect(problems).toEqual([
      expect.stringMatching(/^communities\.Membership\.people: \[Person!]!/),
    ]);
  });

  it("passes nullable references, lists of nullable items and the subgraph's own entities", () => {
    expect(
      checkCrossReferences([
        people,
        communities("person: Person people: [Person]! others: [Person]"),
      ]),
    ).toEqual([]);
  });

  it("passes a non-null reference listed as an exception, and reports an exception that no longer applies", () => {
    const reason = "test";
    expect(
      checkCrossReferences([people, communities("person: Person!")], {
        "communities.Membership.person": reason,
      }),
    ).toEqual([]);
    expect(
      checkCrossReferences([people, communities("person: Person")], {
        "communities.Membership.person": reason,
      }),
    ).toEqual([expect.stringContaining("communities.Membership.person is listed as an exception")]);
  });

  it("fails on a non-null field added to another subgraph's entity, key fields aside", () => {
    const contributing: SubgraphSchema = {
      name: "planning",
      typeDefs: parse(`
        type Query { plan: Plan }
        type Plan @key(fields: "id") { id: ID! year: Int! }
        type Community @key(fields: "id") { id: ID! plans: [Plan!]! currentPlan: Plan }
      `),
    };
    const problems = checkCrossReferences([people, communities("person: Person"), contributing]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^planning\.Community\.plans: \[Plan!\]! is non-null/);
    expect(problems[0]).toContain("owned by the communities subgraph");
  });

  it("ignores @external fields: the subgraph resolving them is the one checked", () => {
    expect(
      checkCrossReferences([
        people,
        communities("", `type Meeting @key(fields: "id") { id: ID! host: Person! @external }`),
      ]),
    ).toEqual([]);
  });
});

describe("entityOwners", () => {
  it("infers the owner of an entity others define only with resolvable: false", () => {
    const planning: SubgraphSchema = {
      name: "planning",
      typeDefs: parse(`
        type Plan { id: ID! author: Person! }
        type Person @key(fields: "id", resolvable: false) { id: ID! }
      `),
    };
    const { owners, problems } = entityOwners([{ ...people, owns: [] }, planning]);
    expect(problems).toEqual([]);
    expect(owners.get("Person")).toBe("people");
    expect(checkCrossReferences([{ ...people, owns: [] }, planning])).toEqual([
      expect.stringMatching(/^planning\.Plan\.author: Person! is non-null/),
    ]);
  });

  it("asks for an owner when several subgraphs resolve an entity", () => {
    const { problems } = entityOwners([{ ...people, owns: [] }, communities("")]);
    expect(problems).toEqual([
      expect.stringContaining("entity Person is defined by people, communities"),
    ]);
  });
});

describe("the platform's subgraphs", () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");

  it("keep the rule (committed schemas, declared owners, ADR exceptions)", async () => {
    const schemas = await Promise.all(
      subgraphs.map(async ({ name, owns, schemaFile }) => ({
        name,
        owns,
        typeDefs: parse(await readFile(join(root, schemaFile), "utf8")),
      })),
    );
    expect(checkCrossReferences(schemas, crossReferenceExceptions)).toEqual([]);
  });

  it("write every exception in ADR 0005", async () => {
    const adr = await readFile(join(root, "docs/adr/0005-partial-answers.md"), "utf8");
    for (const name of Object.keys(crossReferenceExceptions)) expect(adr).toContain(`\`${name}\``);
  });
});
