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
  "\n  query ShellUiSlices {\n    uiSlices {\n      name\n      remoteName\n      manifestUrl\n      exposedModule\n      version\n      community {\n        slug\n      }\n    }\n  }\n": typeof types.ShellUiSlicesDocument;
  "\n  query ShellSignedInPerson {\n    me {\n      id\n      fullName\n    }\n  }\n": typeof types.ShellSignedInPersonDocument;
  "\n  query ShellMyCommunities {\n    myCommunities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.ShellMyCommunitiesDocument;
  "\n  query ShellMyAccessRequest {\n    myAccessRequest {\n      id\n      status\n      createdAt\n      rejectionReason\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ShellMyAccessRequestDocument;
  "\n  query ShellOrganizationChoices($search: String) {\n    organizations(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n": typeof types.ShellOrganizationChoicesDocument;
  "\n  mutation ShellRequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequest {\n        id\n        status\n        createdAt\n        rejectionReason\n        organization {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ShellRequestAccessDocument;
  "\n  query ShellWhatNeedsMe($year: Int!) {\n    me {\n      id\n    }\n    myCommunities(first: 20) {\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          calendarFeedUrl\n          viewerCan {\n            manage\n          }\n          meetings {\n            id\n            title\n            kind\n            startsAt\n          }\n          announcements {\n            id\n            title\n            publishedAt\n          }\n        }\n      }\n    }\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedEnd\n      }\n      referents {\n        id\n      }\n      plan {\n        community {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.ShellWhatNeedsMeDocument;
  "\n  query ShellPendingJoinRequests($communityId: ID!) {\n    joinRequests(communityId: $communityId, status: PENDING) {\n      id\n    }\n  }\n": typeof types.ShellPendingJoinRequestsDocument;
  "\n  query ShellYearAtAGlance($year: Int!, $from: DateTime!) {\n    communities(first: 1) {\n      totalCount\n    }\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      workingGroupsStartedByMonth {\n        count\n      }\n    }\n    meetings(first: 5, filter: { kind: PLENARIA, from: $from }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          mode\n          location\n        }\n      }\n    }\n    searchResources(first: 5) {\n      edges {\n        node {\n          id\n          title\n          kind\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShellYearAtAGlanceDocument;
};
const documents: Documents = {
  "\n  query ShellUiSlices {\n    uiSlices {\n      name\n      remoteName\n      manifestUrl\n      exposedModule\n      version\n      community {\n        slug\n      }\n    }\n  }\n":
    types.ShellUiSlicesDocument,
  "\n  query ShellSignedInPerson {\n    me {\n      id\n      fullName\n    }\n  }\n":
    types.ShellSignedInPersonDocument,
  "\n  query ShellMyCommunities {\n    myCommunities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n        }\n      }\n    }\n  }\n":
    types.ShellMyCommunitiesDocument,
  "\n  query ShellMyAccessRequest {\n    myAccessRequest {\n      id\n      status\n      createdAt\n      rejectionReason\n      organization {\n        id\n        name\n      }\n    }\n  }\n":
    types.ShellMyAccessRequestDocument,
  "\n  query ShellOrganizationChoices($search: String) {\n    organizations(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n":
    types.ShellOrganizationChoicesDocument,
  "\n  mutation ShellRequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequest {\n        id\n        status\n        createdAt\n        rejectionReason\n        organization {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.ShellRequestAccessDocument,
  "\n  query ShellWhatNeedsMe($year: Int!) {\n    me {\n      id\n    }\n    myCommunities(first: 20) {\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          calendarFeedUrl\n          viewerCan {\n            manage\n          }\n          meetings {\n            id\n            title\n            kind\n            startsAt\n          }\n          announcements {\n            id\n            title\n            publishedAt\n          }\n        }\n      }\n    }\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedEnd\n      }\n      referents {\n        id\n      }\n      plan {\n        community {\n          slug\n        }\n      }\n    }\n  }\n":
    types.ShellWhatNeedsMeDocument,
  "\n  query ShellPendingJoinRequests($communityId: ID!) {\n    joinRequests(communityId: $communityId, status: PENDING) {\n      id\n    }\n  }\n":
    types.ShellPendingJoinRequestsDocument,
  "\n  query ShellYearAtAGlance($year: Int!, $from: DateTime!) {\n    communities(first: 1) {\n      totalCount\n    }\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      workingGroupsStartedByMonth {\n        count\n      }\n    }\n    meetings(first: 5, filter: { kind: PLENARIA, from: $from }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          mode\n          location\n        }\n      }\n    }\n    searchResources(first: 5) {\n      edges {\n        node {\n          id\n          title\n          kind\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n":
    types.ShellYearAtAGlanceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellUiSlices {\n    uiSlices {\n      name\n      remoteName\n      manifestUrl\n      exposedModule\n      version\n      community {\n        slug\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellUiSlicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellSignedInPerson {\n    me {\n      id\n      fullName\n    }\n  }\n",
): typeof import("./graphql").ShellSignedInPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellMyCommunities {\n    myCommunities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellMyCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellMyAccessRequest {\n    myAccessRequest {\n      id\n      status\n      createdAt\n      rejectionReason\n      organization {\n        id\n        name\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellMyAccessRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellOrganizationChoices($search: String) {\n    organizations(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellOrganizationChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ShellRequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      accessRequest {\n        id\n        status\n        createdAt\n        rejectionReason\n        organization {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellRequestAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellWhatNeedsMe($year: Int!) {\n    me {\n      id\n    }\n    myCommunities(first: 20) {\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          calendarFeedUrl\n          viewerCan {\n            manage\n          }\n          meetings {\n            id\n            title\n            kind\n            startsAt\n          }\n          announcements {\n            id\n            title\n            publishedAt\n          }\n        }\n      }\n    }\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedEnd\n      }\n      referents {\n        id\n      }\n      plan {\n        community {\n          slug\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellWhatNeedsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellPendingJoinRequests($communityId: ID!) {\n    joinRequests(communityId: $communityId, status: PENDING) {\n      id\n    }\n  }\n",
): typeof import("./graphql").ShellPendingJoinRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ShellYearAtAGlance($year: Int!, $from: DateTime!) {\n    communities(first: 1) {\n      totalCount\n    }\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      workingGroupsStartedByMonth {\n        count\n      }\n    }\n    meetings(first: 5, filter: { kind: PLENARIA, from: $from }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          mode\n          location\n        }\n      }\n    }\n    searchResources(first: 5) {\n      edges {\n        node {\n          id\n          title\n          kind\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ShellYearAtAGlanceDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
