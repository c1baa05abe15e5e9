import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GatewayContext } from "../subgraph-data-source.js";
import { perDocument } from "./per-document.js";

const asksIntrospection = perDocument(function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
});

/**
 * Production: anonymous callers cannot introspect; identified partners (a valid API key or a
 * user token) can, to generate their typed clients.
 */
export function introspectionForIdentifiedCallers(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          const identified = Boolean(contextValue.principal.personId || contextValue.apiKey);
          if (!identified && asksIntrospection(document)) {
            throw new GraphQLError("Introspection is available to identified API clients only", {
              extensions: { code: "INTROSPECTION_DISABLED", http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Introspection's own guard, since the cost limit does not count it (a typed-client generator's
 * standard query would cost over 8,000 there): the list fields that expand types (`types`,
 * `fields`, `inputFields`, `interfaces`, `possibleTypes`) may nest at most twice on any path —
 * `__schema { types { fields { ... } } }` as every generator asks, never
 * `fields { type { fields { type { fields ... } } } }`, which grows with the schema's size at each
 * level — and an introspection selection is at most `INTROSPECTION_MAX_DEPTH` deep (a type
 * reference's `ofType` chain).
 */
export const INTROSPECTION_MAX_DEPTH = 16;
export const INTROSPECTION_MAX_EXPANSIONS = 2;
const EXPANDING = new Set(["types", "fields", "inputFields", "interfaces", "possibleTypes"]);

/** Why an operation's introspection is refused, or undefined when its shape is bounded. */
export function introspectionProblem(document: DocumentNode): string | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  let problem: string | undefined;
  const walk = (
    set: SelectionSetNode,
    depth: number,
    expansions: number,
    inIntrospection: boolean,
    spread: ReadonlySet<string>,
  ): void => {
    for (const selection of set.selections) {
      if (problem) return;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const inside = inIntrospection || name === "__schema" || name === "__type";
        const nextExpansions = expansions + (inside && EXPANDING.has(name) ? 1 : 0);
        if (inside && depth + 1 > INTROSPECTION_MAX_DEPTH) {
          problem = `Introspection deeper than ${INTROSPECTION_MAX_DEPTH} levels`;
        } else if (nextExpansions > INTROSPECTION_MAX_EXPANSIONS) {
          problem = `Introspection expands types more than ${INTROSPECTION_MAX_EXPANSIONS} times on one path (${name})`;
        } else if (selection.selectionSet) {
          walk(selection.selectionSet, inside ? depth + 1 : 0, nextExpansions, inside, spread);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, expansions, inIntrospection, spread);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment spread inside itself is refused by validation; stop here either way.
        if (fragment && !spread.has(name)) {
          walk(
            fragment.selectionSet,
            depth,
            expansions,
            inIntrospection,
            new Set([...spread, name]),
          );
        }
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      walk(definition.selectionSet, 0, 0, false, new Set());
    }
  }
  return problem;
}

const introspectionProblemOnce = perDocument(introspectionProblem);

/** Refuses introspection whose shape is not bounded (see `introspectionProblem`). */
export function boundedIntrospection(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          // One walk per document: operations without introspection have no problem.
          const problem = introspectionProblemOnce(document);
          if (problem) {
            throw new GraphQLError(problem, {
              extensions: { code: "INTROSPECTION_TOO_DEEP", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
