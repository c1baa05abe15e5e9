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
  "\n  query CommunityDetail($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      nameEn\n      kind\n      activeFrom\n      calendarFeedUrl\n      declaratoria {\n        themes\n        mission\n        perimeter\n        longTermObjectives\n        expectedResults\n        participantProfile\n      }\n      memberships {\n        id\n        role\n        since\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n      meetings {\n        id\n        kind\n        mode\n        title\n        startsAt\n        endsAt\n        location\n      }\n      contributions {\n        id\n        kind\n        status\n        title\n        description\n        organization {\n          name\n        }\n      }\n      announcements {\n        id\n        title\n        body\n        publishedAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.CommunityDetailDocument;
  "\n  query CommunitiesMe {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      memberships {\n        community {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesMeDocument;
  "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RequestToJoinDocument;
  "\n  query CommunitiesList {\n    communities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          kind\n          declaratoria {\n            mission\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesListDocument;
};
const documents: Documents = {
  "\n  query CommunityDetail($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      nameEn\n      kind\n      activeFrom\n      calendarFeedUrl\n      declaratoria {\n        themes\n        mission\n        perimeter\n        longTermObjectives\n        expectedResults\n        participantProfile\n      }\n      memberships {\n        id\n        role\n        since\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n      meetings {\n        id\n        kind\n        mode\n        title\n        startsAt\n        endsAt\n        location\n      }\n      contributions {\n        id\n        kind\n        status\n        title\n        description\n        organization {\n          name\n        }\n      }\n      announcements {\n        id\n        title\n        body\n        publishedAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n":
    types.CommunityDetailDocument,
  "\n  query CommunitiesMe {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      memberships {\n        community {\n          id\n        }\n      }\n    }\n  }\n":
    types.CommunitiesMeDocument,
  "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.RequestToJoinDocument,
  "\n  query CommunitiesList {\n    communities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          kind\n          declaratoria {\n            mission\n          }\n        }\n      }\n    }\n  }\n":
    types.CommunitiesListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunityDetail($slug: String!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      nameEn\n      kind\n      activeFrom\n      calendarFeedUrl\n      declaratoria {\n        themes\n        mission\n        perimeter\n        longTermObjectives\n        expectedResults\n        participantProfile\n      }\n      memberships {\n        id\n        role\n        since\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n      meetings {\n        id\n        kind\n        mode\n        title\n        startsAt\n        endsAt\n        location\n      }\n      contributions {\n        id\n        kind\n        status\n        title\n        description\n        organization {\n          name\n        }\n      }\n      announcements {\n        id\n        title\n        body\n        publishedAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunitiesMe {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      memberships {\n        community {\n          id\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunitiesMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RequestToJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunitiesList {\n    communities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          kind\n          declaratoria {\n            mission\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunitiesListDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
