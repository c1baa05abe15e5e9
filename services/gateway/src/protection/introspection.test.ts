import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { INTROSPECTION_MAX_DEPTH, introspectionProblem } from "./introspection.js";
import { operationCost } from "./operation-limits.js";

const schema = buildSchema(`
  type Query { communities(first: Int): [Community!]! }
  type Community { name: String! memberships: [Membership!]! }
  type Membership { role: String! }
`);

describe("introspection's own rule", () => {
  it("accepts the standard introspection query of client generators, in every variant", () => {
    for (const options of [
      {},
      {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      },
    ]) {
      expect(introspectionProblem(parse(getIntrospectionQuery(options)))).toBeUndefined();
    }
    expect(introspectionProblem(parse(`{ __type(name: "Community") { fields { name } } }`))).toBe(
      undefined,
    );
  });

  it("does not count introspection in the cost limit", () => {
    const document = parse(getIntrospectionQuery({ descriptions: true }));
    expect(operationCost({ schema, document, listSizes: new Map() })).toBe(0);
    // The rest of an operation is still counted.
    const mixed = parse(`{ __schema { types { name } } communities(first: 10) { name } }`);
    expect(operationCost({ schema, document: mixed, listSizes: new Map() })).toBe(1 + 10 * 1);
  });

  it("refuses type expansions nested more than twice, through fragments too", () => {
    expect(
      introspectionProblem(parse(`{ __schema { types { fields { type { fields { name } } } } } }`)),
    ).toMatch(/more than 2 times on one path \(fields\)/);
    expect(
      introspectionProblem(
        parse(`
          query { __type(name: "Community") { ...Expand } }
          fragment Expand on __Type { fields { type { interfaces { possibleTypes { name } } } } }
        `),
      ),
    ).toMatch(/more than 2 times/);
  });

  it("refuses an ofType chain deeper than the limit", () => {
    const chain = (n: number): string => (n === 0 ? "name" : `ofType { ${chain(n - 1)} }`);
    // __schema, queryType, then the ofType chain: the limit counts every level.
    const deep = (n: number) => parse(`{ __schema { queryType { ${chain(n)} } } }`);
    expect(introspectionProblem(deep(INTROSPECTION_MAX_DEPTH - 3))).toBeUndefined();
    expect(introspectionProblem(deep(INTROSPECTION_MAX_DEPTH))).toMatch(/deeper than 16 levels/);
  });

  it("leaves operations without introspection alone", () => {
    expect(introspectionProblem(parse(`{ communities { memberships { role } } }`))).toBe(undefined);
  });
});
