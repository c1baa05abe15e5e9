import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
} from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import type { GatewayContext } from "../subgraph-data-source.js";

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

/** Lists without `first` are counted as this many items, unless listed in `listSizes`. */
const UNBOUNDED_LIST_ESTIMATE = 5;
/** Typical sizes of lists without `first` that are known to be longer. */
const listSizes: Record<string, number> = {
  "ActivityPlan.goalActions": 10,
  "WorkingGroup.members": 10,
  "Query.cronoprogramma": 30,
};

/**
 * Cost = 1 per field, times the page size for lists: `people(first: 100) { organization }`
 * costs 100 × (1 + 1). Connections pass `first` down through `edges`.
 */
const pageAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  const weight = fieldWeights[`${type.name}.${field.name}`] ?? 1;
  const first = typeof args.first === "number" ? Math.max(args.first, 0) : undefined;
  const returnType = getNullableType(field.type);
  const isConnection = getNamedType(field.type).name.endsWith("Connection");
  // A connection's `edges` list is already counted by the connection's `first`.
  const boundedByParent = field.name === "edges";
  const unbounded = listSizes[`${type.name}.${field.name}`] ?? UNBOUNDED_LIST_ESTIMATE;
  const multiplier =
    first ?? (!boundedByParent && (isListType(returnType) || isConnection) ? unbounded : 1);
  return weight + multiplier * childComplexity;
};

function costLimitPlugin(maxCost: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Variables are checked against their declared types here, before costing (which
          // reads them): a caller's wrong value is a 400 BAD_USER_INPUT, never a 500.
          const { errors } = getVariableValues(
            schema,
            operation?.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (errors?.length) {
            throw new GraphQLError(errors[0]!.message, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pageAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`Operation cost ${cost} exceeds the limit of ${maxCost}`, {
              extensions: { code: "COST_LIMIT_EXCEEDED", cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Limits checked at the gateway before any subgraph is called: depth, aliases, directives and
 * field suggestions by graphql-armor (validation rules), tokens by graphql's parser, cost by
 * graphql-query-complexity with page-size multipliers.
 */
export function operationLimits(limits: OperationLimits) {
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
      costLimitPlugin(limits.maxCost),
    ],
  };
}
