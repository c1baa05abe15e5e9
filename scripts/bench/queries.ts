/**
 * The operations `pnpm bench` drives, written against infra/schema/api.graphql (what clients
 * see). Each is checked once through every gateway before it is measured.
 */

/** What one fetch of a plan board shows of a community: all four subgraphs. */
const boardOfCommunity = `
  name
  memberships(role: CO_COORDINATORE) { role person { fullName organization { name } } }
  currentPlan {
    year
    status
    goalActions {
      code
      title
      progress
      status
      workingGroup { name status members { role person { fullName organization { name } } } }
      deliverableResources { title kind organization { name } }
    }
  }
`;

/**
 * Issue 15's plan board: 4 communities → co-coordinators with their organizations → current
 * plan → goal-actions → working-group members with organizations → deliverable resources.
 */
export const PLAN_BOARD = `query PlanBoard {
  communities(first: 4) { edges { node { ${boardOfCommunity} } } }
}`;

/** The plan board of one community (the mixed workload varies the slug). */
export const COMMUNITY_PLAN_BOARD = `query CommunityPlanBoard($slug: String!) {
  community(slug: $slug) { ${boardOfCommunity} }
}`;

/** A community's page: description, members, meetings, announcements, contributions. */
export const COMMUNITY_PAGE = `query CommunityPage($slug: String!) {
  community(slug: $slug) {
    id
    name
    nameEn
    kind
    activeFrom
    declaratoria { mission perimeter themes }
    memberships { role since person { fullName publicRole } organization { name province } }
    meetings { title startsAt endsAt mode location }
    announcements { title publishedAt author { fullName } }
    contributions { title kind status organization { name } }
  }
}`;

/** Full-text search of shared solutions, with facets. */
export const SEARCH = `query Search($q: String!) {
  searchResources(query: $q, first: 10) {
    totalCount
    facets { kind { value count } topic { value count } }
    edges { snippet node { id title kind organization { name } community { name } } }
  }
}`;

/** A page of the people directory. */
export const PEOPLE_PAGE = `query PeoplePage($after: String) {
  people(first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id fullName publicRole skills organization { name province } } }
  }
}`;

/** A page of the organizations directory, by province. */
export const ORGANIZATIONS_PAGE = `query OrganizationsPage($province: String, $after: String) {
  organizations(first: 20, after: $after, filter: { province: $province }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind province ipaCode } }
  }
}`;

/** Signed in: "my communities" with their current plan (needs a bearer token). */
export const MY_COMMUNITIES = `query MyCommunities {
  myCommunities(first: 10) {
    totalCount
    edges { node { id name slug currentPlan { year status goalActions { code title progress } } } }
  }
}`;

/** One subgraph only (people): the same document direct and through each gateway. */
export const ORGANIZATIONS_20 = `query Organizations20 {
  organizations(first: 20) { totalCount edges { node { id name kind province ipaCode } } }
}`;
