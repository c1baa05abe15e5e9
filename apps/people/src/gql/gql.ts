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
  "\n  query PeopleDirectory($filter: PersonFilter) {\n    people(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n          skills\n          availableToHelp\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument;
  "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      ipaCode\n      province\n      website\n      adheredOn\n      union {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n    people(first: 100, filter: { organizationId: $id }) {\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDetailDocument;
  "\n  query MyProfile {\n    me {\n      id\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      email\n      phone\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyProfileDocument;
};
const documents: Documents = {
  "\n  query PeopleDirectory($filter: PersonFilter) {\n    people(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n          skills\n          availableToHelp\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":
    types.PeopleDirectoryDocument,
  "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      ipaCode\n      province\n      website\n      adheredOn\n      union {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n    people(first: 100, filter: { organizationId: $id }) {\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n        }\n      }\n    }\n  }\n":
    types.OrganizationDetailDocument,
  "\n  query MyProfile {\n    me {\n      id\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      email\n      phone\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.MyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PeopleDirectory($filter: PersonFilter) {\n    people(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n          skills\n          availableToHelp\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PeopleDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      ipaCode\n      province\n      website\n      adheredOn\n      union {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n    people(first: 100, filter: { organizationId: $id }) {\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").OrganizationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MyProfile {\n    me {\n      id\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      email\n      phone\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MyProfileDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
