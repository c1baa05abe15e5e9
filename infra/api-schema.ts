import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, printSchema } from "graphql";

/**
 * The public API schema of a supergraph: what clients see through the gateway, without
 * `@inaccessible` elements, join/link directives and other federation internals. Types, fields,
 * arguments and enum values are sorted so that the committed file only changes when the API does.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(api))}\n`;
}
