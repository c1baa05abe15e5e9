import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import {
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from "graphql";
import { gql } from "graphql-tag";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "./authorization.js";

/**
 * The one Federation version every ComTem subgraph links to. v2.9 brings the cost directive
 * `@listSize(assumedSize: N)`: every list without `first` declares its realistic size, which the
 * gateway's cost limit reads from the supergraph (docs/adr/0008-bounded-lists.md).
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@interfaceObject", "@listSize"])';

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

export type FieldContainer =
  | ObjectTypeDefinitionNode
  | ObjectTypeExtensionNode
  | InterfaceTypeDefinitionNode
  | InterfaceTypeExtensionNode;

const FIELD_CONTAINER_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
]);

/** The object and interface types (definitions and extensions) of an SDL document: its fields' owners. */
export function fieldContainers(document: DocumentNode): FieldContainer[] {
  return document.definitions.filter((d: DefinitionNode): d is FieldContainer =>
    FIELD_CONTAINER_KINDS.has(d.kind),
  );
}
