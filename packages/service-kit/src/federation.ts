import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "./authorization.js";

/** The one Federation version every ComTem subgraph links to. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@interfaceObject"])';

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

export interface FederatedSchemaOptions extends Omit<
  BuildSchemaOptions,
  "skipCheck" | "authChecker" | "validate"
> {
  /** `__resolveReference` per entity type; each should batch through a DataLoader. */
  referenceResolvers?: ReferenceResolvers;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL with federation directives, as committed in `schema.graphql`. */
  sdl: string;
}

/**
 * type-graphql classes → Federation 2 subgraph schema. Directives such as `@key` are kept by
 * printing with `printSchemaWithDirectives`; class-validator runs on every input.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<FederatedSchema> {
  const { referenceResolvers = {}, ...buildOptions } = options;
  const typeGraphQLSchema = await buildSchema({
    ...buildOptions,
    authChecker,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}\n`;
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, object>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const schema = buildSubgraphSchema([{ typeDefs: gql(sdl), resolvers: resolvers as never }]);
  return { schema, sdl };
}
