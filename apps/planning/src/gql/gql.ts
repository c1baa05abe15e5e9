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
  "\n  query PlanBoard($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      nameEn\n      plans {\n        id\n        year\n        status\n        approvedOn\n        goalActions {\n          id\n          code\n          title\n          status\n          progress\n          needsWorkingGroup\n          deliverable {\n            title\n            kind\n            status\n          }\n          workingGroup {\n            id\n            name\n            status\n            startedOn\n            members {\n              role\n              person {\n                id\n                fullName\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanBoardDocument;
  "\n  query SystemDashboard($year: Int!) {\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      goalActionsNeedingWorkingGroup\n      workingGroupsStartedByMonth {\n        month\n        count\n      }\n      deliverablesByKindAndStatus {\n        kind\n        status\n        count\n      }\n    }\n    activityPlans(first: 50, filter: { year: $year }) {\n      edges {\n        node {\n          id\n          status\n          community {\n            slug\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SystemDashboardDocument;
  "\n  query Cronoprogramma($year: Int!) {\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedStart\n        plannedEnd\n      }\n      plan {\n        community {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.CronoprogrammaDocument;
};
const documents: Documents = {
  "\n  query PlanBoard($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      nameEn\n      plans {\n        id\n        year\n        status\n        approvedOn\n        goalActions {\n          id\n          code\n          title\n          status\n          progress\n          needsWorkingGroup\n          deliverable {\n            title\n            kind\n            status\n          }\n          workingGroup {\n            id\n            name\n            status\n            startedOn\n            members {\n              role\n              person {\n                id\n                fullName\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.PlanBoardDocument,
  "\n  query SystemDashboard($year: Int!) {\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      goalActionsNeedingWorkingGroup\n      workingGroupsStartedByMonth {\n        month\n        count\n      }\n      deliverablesByKindAndStatus {\n        kind\n        status\n        count\n      }\n    }\n    activityPlans(first: 50, filter: { year: $year }) {\n      edges {\n        node {\n          id\n          status\n          community {\n            slug\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n":
    types.SystemDashboardDocument,
  "\n  query Cronoprogramma($year: Int!) {\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedStart\n        plannedEnd\n      }\n      plan {\n        community {\n          slug\n          name\n        }\n      }\n    }\n  }\n":
    types.CronoprogrammaDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PlanBoard($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      nameEn\n      plans {\n        id\n        year\n        status\n        approvedOn\n        goalActions {\n          id\n          code\n          title\n          status\n          progress\n          needsWorkingGroup\n          deliverable {\n            title\n            kind\n            status\n          }\n          workingGroup {\n            id\n            name\n            status\n            startedOn\n            members {\n              role\n              person {\n                id\n                fullName\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").PlanBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SystemDashboard($year: Int!) {\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      goalActionsNeedingWorkingGroup\n      workingGroupsStartedByMonth {\n        month\n        count\n      }\n      deliverablesByKindAndStatus {\n        kind\n        status\n        count\n      }\n    }\n    activityPlans(first: 50, filter: { year: $year }) {\n      edges {\n        node {\n          id\n          status\n          community {\n            slug\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").SystemDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Cronoprogramma($year: Int!) {\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedStart\n        plannedEnd\n      }\n      plan {\n        community {\n          slug\n          name\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CronoprogrammaDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
