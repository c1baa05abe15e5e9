/* eslint-disable */
import * as types from "./graphql";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  mutation ImportPubliccode($yaml: String!) {\n    importPubliccode(yaml: $yaml) {\n      resource {\n        id\n        title\n      }\n      problems {\n        path\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportPubliccodeDocument;
  "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      body\n      kind\n      license\n      year\n      topics {\n        slug\n        labelIt\n        labelEn\n      }\n      links {\n        url\n        title\n      }\n      organization {\n        id\n        name\n      }\n    }\n    whoCanHelp(resourceId: $id, first: 10) {\n      person {\n        id\n        fullName\n        publicRole\n      }\n      offers {\n        id\n        availability\n        contact\n      }\n    }\n  }\n": typeof types.ResourceDetailDocument;
  "\n  query SearchResources($query: String, $filter: ResourceFilter) {\n    searchResources(query: $query, filter: $filter, first: 20) {\n      totalCount\n      facets {\n        kind {\n          value\n          count\n        }\n        topic {\n          value\n          count\n        }\n      }\n      edges {\n        snippet\n        node {\n          id\n          title\n          kind\n          summary\n        }\n      }\n    }\n  }\n": typeof types.SearchResourcesDocument;
};
const documents: Documents = {
  "\n  mutation ImportPubliccode($yaml: String!) {\n    importPubliccode(yaml: $yaml) {\n      resource {\n        id\n        title\n      }\n      problems {\n        path\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n":
    types.ImportPubliccodeDocument,
  "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      body\n      kind\n      license\n      year\n      topics {\n        slug\n        labelIt\n        labelEn\n      }\n      links {\n        url\n        title\n      }\n      organization {\n        id\n        name\n      }\n    }\n    whoCanHelp(resourceId: $id, first: 10) {\n      person {\n        id\n        fullName\n        publicRole\n      }\n      offers {\n        id\n        availability\n        contact\n      }\n    }\n  }\n":
    types.ResourceDetailDocument,
  "\n  query SearchResources($query: String, $filter: ResourceFilter) {\n    searchResources(query: $query, filter: $filter, first: 20) {\n      totalCount\n      facets {\n        kind {\n          value\n          count\n        }\n        topic {\n          value\n          count\n        }\n      }\n      edges {\n        snippet\n        node {\n          id\n          title\n          kind\n          summary\n        }\n      }\n    }\n  }\n":
    types.SearchResourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ImportPubliccode($yaml: String!) {\n    importPubliccode(yaml: $yaml) {\n      resource {\n        id\n        title\n      }\n      problems {\n        path\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ImportPubliccodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      body\n      kind\n      license\n      year\n      topics {\n        slug\n        labelIt\n        labelEn\n      }\n      links {\n        url\n        title\n      }\n      organization {\n        id\n        name\n      }\n    }\n    whoCanHelp(resourceId: $id, first: 10) {\n      person {\n        id\n        fullName\n        publicRole\n      }\n      offers {\n        id\n        availability\n        contact\n      }\n    }\n  }\n",
): typeof import("./graphql").ResourceDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SearchResources($query: String, $filter: ResourceFilter) {\n    searchResources(query: $query, filter: $filter, first: 20) {\n      totalCount\n      facets {\n        kind {\n          value\n          count\n        }\n        topic {\n          value\n          count\n        }\n      }\n      edges {\n        snippet\n        node {\n          id\n          title\n          kind\n          summary\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").SearchResourcesDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
