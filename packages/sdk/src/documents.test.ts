import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, validate, type SelectionSetNode } from "graphql";
import { describe, expect, it } from "vitest";
import {
  defaultLimits,
  listSizesOf,
  operationCost,
} from "../../../services/gateway/src/protection/operation-limits.js";
import * as generated from "./gql/graphql.js";

const root = join(import.meta.dirname, "../../..");
const schema = buildSchema(readFileSync(join(root, "infra/schema/api.graphql"), "utf8"));
const listSizes = listSizesOf(readFileSync(join(root, "infra/supergraph.graphql"), "utf8"));
const documents = Object.entries(generated).filter(([name]) => name.endsWith("Document"));

function depth(selectionSet: SelectionSetNode | undefined): number {
  if (!selectionSet) return 0;
  return Math.max(
    ...selectionSet.selections.map((s) =>
      s.kind === Kind.FIELD ? 1 + depth(s.selectionSet) : depth((s as any).selectionSet),
    ),
  );
}

/**
 * Every document of the SDK stays within the gateway's default limits at the largest page a
 * caller may ask (`first: 100`), measured with the gateway's own cost estimator.
 */
describe("the SDK's documents", () => {
  it("are generated for every operation", () => {
    expect(documents.map(([name]) => name).sort()).toEqual(
      [
        "ActivityPlan",
        "ActivityPlans",
        "Communities",
        "Community",
        "GoalAction",
        "Organization",
        "Organizations",
        "People",
        "Person",
        "Resource",
        "SearchResourceFacets",
        "SearchResources",
        "Topics",
        "WhoCanHelp",
      ].map((n) => `${n}Document`),
    );
  });

  it.each(documents)("%s is valid and within cost and depth at first: 100", (_name, document) => {
    const ast = parse(String(document));
    expect(validate(schema, ast)).toEqual([]);
    const operation = ast.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const variables = Object.fromEntries(
      operation.variableDefinitions?.map((v) => [
        v.variable.name.value,
        v.variable.name.value === "first" ? 100 : "x",
      ]) ?? [],
    );
    delete variables.after;
    delete variables.filter;
    const cost = operationCost({ schema, document: ast, listSizes, variables });
    expect(cost).toBeLessThanOrEqual(defaultLimits.maxCost);
    expect(depth(operation.selectionSet)).toBeLessThanOrEqual(defaultLimits.maxDepth);
  });
});
