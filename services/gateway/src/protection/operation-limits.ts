import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  parse,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { fieldContainers } from "@comtem/service-kit";
import type { GatewayContext } from "../subgraph-data-source.js";
import { perDocumentAndKey } from "./per-document.js";

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Production hides field suggestions ("did you mean …") that map the schema for attackers. */
  blockFieldSuggestions: boolean;
}

export const defaultLimits: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxCost: 5_000,
  blockFieldSuggestions: false,
};

/** Extra weight of fields that are expensive to resolve (full-text search, aggregates). */
const fieldWeights: Record<string, number> = {
  "Query.searchResources": 20,
  "Query.systemPlan": 20,
  "Query.cronoprogramma": 10,
  "Query.whoCanHelp": 10,
};

/** `Type.field` → the `@listSize(assumedSize:)` its subgraph declares (docs/adr/0008-bounded-lists.md). */
export type ListSizes = ReadonlyMap<string, number>;

/**
 * A list with neither `first` nor a declared size counts as this many items. `pnpm supergraph`
 * refuses such a list in our subgraphs, so this only guards a supergraph composed elsewhere.
 */
export const UNDECLARED_LIST_SIZE = 20;

/** The composed supergraph names the cost spec's directive `@listSize` (imported) or `@cost__listSize`. */
const LIST_SIZE_DIRECTIVES = new Set(["listSize", "cost__listSize"]);

/** The declared sizes of the supergraph's lists, read from its SDL. */
export function listSizesOf(supergraphSdl: string): ListSizes {
  const sizes = new Map<string, number>();
  for (const definition of fieldContainers(parse(supergraphSdl))) {
    for (const field of definition.fields ?? []) {
      const listSize = field.directives?.find((d) => LIST_SIZE_DIRECTIVES.has(d.name.value));
      const size = listSize?.arguments?.find((a) => a.name.value === "assumedSize")?.value;
      if (size?.kind === Kind.INT) {
        sizes.set(`${definition.name.value}.${field.name.value}`, Number(size.value));
      }
    }
  }
  return sizes;
}

/**
 * Cost = 1 per field, times the number of items for lists: `first` when given
 * (`people(first: 100) { organization }` costs 100 × (1 + 1)), else the size the field's
 * subgraph declares with `@listSize`. Connections pass `first` down through `edges`.
 */
export function pageAwareEstimator(listSizes: ListSizes): ComplexityEstimator {
  return ({ field, args, childComplexity, type }) => {
    // Introspection has its own guard (introspection.ts): a generator's standard query is not
    // refused for its size, and its shape is bounded instead.
    if (field.name === "__schema" || field.name === "__type") return 0;
    const name = `${type.name}.${field.name}`;
    const weight = fieldWeights[name] ?? 1;
    const first = typeof args.first === "number" ? Math.max(args.first, 0) : undefined;
    const returnType = getNullableType(field.type);
    const isConnection = getNamedType(field.type).name.endsWith("Connection");
    // A connection's `edges` list is already counted by the connection's `first`.
    const boundedByParent = field.name === "edges";
    const multiplier =
      first ??
      (!boundedByParent && (isListType(returnType) || isConnection)
        ? (listSizes.get(name) ?? UNDECLARED_LIST_SIZE)
        : 1);
    return weight + multiplier * childComplexity;
  };
}

/** The cost of one operation of `document` under the supergraph's declared list sizes. */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  listSizes: ListSizes;
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables ?? {},
    operationName: options.operationName,
    estimators: [pageAwareEstimator(options.listSizes), simpleEstimator({ defaultComplexity: 1 })],
  });
}

function costLimitPlugin(
  maxCost: number,
  listSizes: ListSizes,
): ApolloServerPlugin<GatewayContext> {
  // Checked and costed once per document, operation and variables: the same request again (a
  // page's reload, a client's polling, the same page for many people) costs a map lookup.
  const costOnce = perDocumentAndKey<{ cost: number } | { error: string }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const operationName = request.operationName ?? undefined;
          const variables = request.variables ?? {};
          const key = `${operationName ?? ""}\n${JSON.stringify(variables)}`;
          const result = costOnce(document, key, () => {
            // Variables are checked against their declared types here, before costing (which
            // reads them): a caller's wrong value is a 400 BAD_USER_INPUT, never a 500.
            const { errors } = getVariableValues(
              schema,
              operation?.variableDefinitions ?? [],
              variables,
            );
            if (errors?.length) return { error: errors[0]!.message };
            return {
              cost: operationCost({ schema, document, listSizes, variables, operationName }),
            };
          });
          if ("error" in result) {
            throw new GraphQLError(result.error, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          if (result.cost > maxCost) {
            throw new GraphQLError(
              `Operation cost ${result.cost} exceeds the limit of ${maxCost}`,
              {
                extensions: {
                  code: "COST_LIMIT_EXCEEDED",
                  cost: result.cost,
                  maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * Limits checked at the gateway before any subgraph is called: depth, aliases, directives and
 * field suggestions by graphql-armor (validation rules), tokens by graphql's parser, cost by
 * graphql-query-complexity with page sizes and the lists' declared sizes (`listSizesOf`).
 */
export function operationLimits(limits: OperationLimits, listSizes: ListSizes) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are limited by graphql's own parser (parseOptions below): a clean 400 parse error.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  });
  const protection = armor.protect();
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GatewayContext>[]),
      costLimitPlugin(limits.maxCost, listSizes),
    ],
  };
}
