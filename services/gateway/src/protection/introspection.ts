import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, visit, type DocumentNode } from "graphql";
import type { GatewayContext } from "../subgraph-data-source.js";

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

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
