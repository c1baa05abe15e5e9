/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a ComTem cuts across every domain or works on one. */
export type CommunityKind =
  /** Specifica / Domain-specific */
  | 'SPECIFICA'
  /** Trasversale / Cross-cutting */
  | 'TRASVERSALE';

export type DeliverableKind =
  | 'ALTRO'
  | 'DATASET'
  | 'KIT_RIUSO'
  | 'LINEE_GUIDA'
  | 'MODELLO'
  | 'REPORT'
  | 'SOFTWARE'
  | 'SURVEY'
  | 'WEBINAR';

export type DeliverableStatus =
  | 'CONSEGNATO'
  | 'IN_LAVORAZIONE'
  | 'PIANIFICATO';

export type GoalActionStatus =
  | 'AVVIATA'
  | 'COMPLETATA'
  | 'DA_AVVIARE'
  | 'IN_CORSO'
  | 'SOSPESA';

/** A person's role in one community. */
export type MembershipRole =
  /** Co-coordinatore / Co-coordinator (several per ComTem) */
  | 'CO_COORDINATORE'
  /** Partecipante (iscritto) / Participant */
  | 'PARTECIPANTE'
  /** Referente Lepida / Lepida's referent (one per ComTem) */
  | 'REFERENTE_LEPIDA'
  /** Referente Regione / Region's referent (one per ComTem) */
  | 'REFERENTE_REGIONE';

/** Filters on organizations; all given conditions must hold. */
export type OrganizationFilter = {
  kind?: OrganizationKind | null | undefined;
  /** Province sigla, e.g. BO. */
  province?: string | null | undefined;
  /** Part of the name, case-insensitive. */
  search?: string | null | undefined;
};

/** Kind of public body (ente). */
export type OrganizationKind =
  /** Altro ente / Other body */
  | 'ALTRO'
  /** Associazione di enti (ANCI, UPI, UNCEM) */
  | 'ASSOCIAZIONE'
  /** Città metropolitana / Metropolitan city */
  | 'CITTA_METROPOLITANA'
  /** Comune / Municipality */
  | 'COMUNE'
  /** Provincia / Province */
  | 'PROVINCIA'
  /** Regione / Region */
  | 'REGIONE'
  /** Società in house (e.g. Lepida ScpA) */
  | 'SOCIETA_IN_HOUSE'
  /** Unione di Comuni / Union of municipalities */
  | 'UNIONE';

/** Filters on people; all given conditions must hold. */
export type PersonFilter = {
  availableToHelp?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Part of the name, case-insensitive. */
  search?: string | null | undefined;
  /** A skill tag, e.g. lavoro-agile. */
  skill?: string | null | undefined;
};

export type PlanFilter = {
  communityId?: string | number | null | undefined;
  status?: PlanStatus | null | undefined;
  year?: number | null | undefined;
};

/** Life cycle of a Piano di Attività; only the next step is allowed. */
export type PlanStatus =
  /** Approvato / Approved */
  | 'APPROVATO'
  /** Bozza / Draft (visible to the community's members only) */
  | 'BOZZA'
  /** Concluso / Closed */
  | 'CONCLUSO'
  /** Condiviso con i partecipanti / Shared with participants */
  | 'CONDIVISO'
  /** In corso / In progress */
  | 'IN_CORSO';

export type ResourceFilter = {
  communityId?: string | number | null | undefined;
  kind?: ResourceKind | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Anonymous callers only ever see PUBBLICATA. */
  status?: ResourceStatus | null | undefined;
  /** A topic slug. */
  topic?: string | null | undefined;
  year?: number | null | undefined;
};

/** What a shared resource is. */
export type ResourceKind =
  /** Altro / Other */
  | 'ALTRO'
  /** Bando / Call for funding */
  | 'BANDO'
  /** Deliverable di un'azione-obiettivo / Goal-action deliverable */
  | 'DELIVERABLE'
  /** Formazione / Training */
  | 'FORMAZIONE'
  /** Guida / Guide */
  | 'GUIDA'
  /** Kit di riuso / Reuse kit */
  | 'KIT_RIUSO'
  /** Soluzione organizzativa / Organisational solution */
  | 'SOLUZIONE_ORGANIZZATIVA'
  /** Soluzione tecnologica / Technological solution */
  | 'SOLUZIONE_TECNOLOGICA';

export type ResourceStatus =
  /** Archiviata / Archived: no longer public */
  | 'ARCHIVIATA'
  /** Bozza / Draft: its creator, the community's coordinators, admins */
  | 'BOZZA'
  /** Pubblicata / Published: visible to everyone */
  | 'PUBBLICATA';

export type CommunitiesQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
}>;


export type CommunitiesQuery = { communities: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, slug: string, name: string, nameEn: string, kind: CommunityKind, activeFrom: string, activeTo: string | null } }> } };

export type CommunityQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type CommunityQuery = { community: { id: string, slug: string, name: string, nameEn: string, kind: CommunityKind, activeFrom: string, activeTo: string | null, calendarFeedUrl: string, declaratoria: { mission: string, perimeter: string, themes: Array<string> }, currentPlan: { id: string, year: number, status: PlanStatus } | null, memberships: Array<{ role: MembershipRole, since: string, person: { id: string, fullName: string } | null, organization: { id: string, name: string } | null }> } | null };

export type WhoCanHelpQueryVariables = Exact<{
  topic?: string | null | undefined;
  resourceId?: string | number | null | undefined;
  first?: number;
}>;


export type WhoCanHelpQuery = { whoCanHelp: Array<{ person: { id: string, fullName: string, publicRole: string, organization: { id: string, name: string } } | null, offers: Array<{ id: string, availability: string | null, contact: string | null, createdAt: string, resource: { id: string, title: string } | null }> }> };

export type OrganizationsQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, province: string | null, ipaCode: string | null, istatCode: string | null, website: string | null, adheredOn: string | null, union: { id: string, name: string } | null } }> } };

export type OrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
  ipaCode?: string | null | undefined;
}>;


export type OrganizationQuery = { organization: { id: string, name: string, kind: OrganizationKind, province: string | null, ipaCode: string | null, ipaUri: string | null, istatCode: string | null, website: string | null, adheredOn: string | null, union: { id: string, name: string } | null, members: Array<{ id: string, name: string, kind: OrganizationKind }>, sharedResources: Array<{ id: string, title: string, kind: ResourceKind, publishedAt: string | null }> | null } | null };

export type NextPageFragment = { endCursor: string | null, hasNextPage: boolean };

export type PeopleQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, fullName: string, publicRole: string, skills: Array<string>, availableToHelp: boolean, organization: { id: string, name: string } } }> } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, fullName: string, givenName: string, familyName: string, publicRole: string, bio: string | null, skills: Array<string>, availableToHelp: boolean, organization: { id: string, name: string, kind: OrganizationKind }, communities: Array<{ id: string, slug: string, name: string }> | null, supportOffers: Array<{ id: string, availability: string | null, resource: { id: string, title: string } | null }> | null } | null };

export type ActivityPlansQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  filter?: PlanFilter | null | undefined;
}>;


export type ActivityPlansQuery = { activityPlans: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, year: number, status: PlanStatus, approvedOn: string | null, documentUrl: string | null, community: { id: string, slug: string, name: string } | null } }> } };

export type ActivityPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityPlanQuery = { activityPlan: { id: string, year: number, status: PlanStatus, approvedOn: string | null, documentUrl: string | null, community: { id: string, slug: string, name: string } | null, goalActions: Array<{ id: string, code: string, title: string, description: string, status: GoalActionStatus, progress: number, needsWorkingGroup: boolean, referents: Array<{ id: string, fullName: string } | null>, timeline: { plannedStart: string | null, plannedEnd: string | null }, deliverable: { title: string, kind: DeliverableKind, status: DeliverableStatus, dueOn: string | null }, milestones: Array<{ title: string, dueOn: string, done: boolean }> }> } | null };

export type GoalActionQueryVariables = Exact<{
  id?: string | number | null | undefined;
  code?: string | null | undefined;
}>;


export type GoalActionQuery = { goalAction: { id: string, code: string, title: string, description: string, status: GoalActionStatus, progress: number, plan: { id: string, year: number, community: { id: string, slug: string, name: string } | null }, timeline: { plannedStart: string | null, plannedEnd: string | null }, deliverable: { title: string, kind: DeliverableKind, status: DeliverableStatus, dueOn: string | null }, milestones: Array<{ title: string, dueOn: string, done: boolean }> } | null };

export type GoalActionScheduleFragment = { timeline: { plannedStart: string | null, plannedEnd: string | null }, deliverable: { title: string, kind: DeliverableKind, status: DeliverableStatus, dueOn: string | null }, milestones: Array<{ title: string, dueOn: string, done: boolean }> };

export type SearchResourcesQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ResourceFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type SearchResourcesQuery = { searchResources: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ rank: number, snippet: string, node: { id: string, title: string, summary: string, kind: ResourceKind, status: ResourceStatus, year: number, publishedAt: string | null, tags: Array<string>, topics: Array<{ slug: string, labelIt: string, labelEn: string }>, organization: { id: string, name: string } | null, community: { id: string, slug: string, name: string } | null } }> } };

export type SearchResourceFacetsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ResourceFilter | null | undefined;
}>;


export type SearchResourceFacetsQuery = { searchResources: { totalCount: number, facets: { kind: Array<{ value: string, count: number }>, topic: Array<{ value: string, count: number }>, year: Array<{ value: string, count: number }>, community: Array<{ value: string, count: number }> } } };

export type FacetValueFieldsFragment = { value: string, count: number };

export type ResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceQuery = { resource: { id: string, title: string, summary: string, body: string, kind: ResourceKind, status: ResourceStatus, year: number, license: string | null, publishedAt: string | null, updatedAt: string, tags: Array<string>, topics: Array<{ slug: string, labelIt: string }>, links: Array<{ url: string, title: string | null }>, organization: { id: string, name: string } | null, community: { id: string, slug: string, name: string } | null, supportOffers: Array<{ id: string, availability: string | null, contact: string | null, person: { id: string, fullName: string } | null }> } | null };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: Array<{ slug: string, labelIt: string, labelEn: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NextPageFragmentDoc = new TypedDocumentString(`
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}
    `, {"fragmentName":"NextPage"}) as unknown as TypedDocumentString<NextPageFragment, unknown>;
export const GoalActionScheduleFragmentDoc = new TypedDocumentString(`
    fragment GoalActionSchedule on GoalAction {
  timeline {
    plannedStart
    plannedEnd
  }
  deliverable {
    title
    kind
    status
    dueOn
  }
  milestones {
    title
    dueOn
    done
  }
}
    `, {"fragmentName":"GoalActionSchedule"}) as unknown as TypedDocumentString<GoalActionScheduleFragment, unknown>;
export const FacetValueFieldsFragmentDoc = new TypedDocumentString(`
    fragment FacetValueFields on FacetValue {
  value
  count
}
    `, {"fragmentName":"FacetValueFields"}) as unknown as TypedDocumentString<FacetValueFieldsFragment, unknown>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($first: Int! = 20, $after: String) {
  communities(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        slug
        name
        nameEn
        kind
        activeFrom
        activeTo
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityDocument = new TypedDocumentString(`
    query Community($id: ID, $slug: String) {
  community(id: $id, slug: $slug) {
    id
    slug
    name
    nameEn
    kind
    activeFrom
    activeTo
    calendarFeedUrl
    declaratoria {
      mission
      perimeter
      themes
    }
    currentPlan {
      id
      year
      status
    }
    memberships {
      role
      since
      person {
        id
        fullName
      }
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityQuery, CommunityQueryVariables>;
export const WhoCanHelpDocument = new TypedDocumentString(`
    query WhoCanHelp($topic: String, $resourceId: ID, $first: Int! = 20) {
  whoCanHelp(topic: $topic, resourceId: $resourceId, first: $first) {
    person {
      id
      fullName
      publicRole
      organization {
        id
        name
      }
    }
    offers {
      id
      availability
      contact
      createdAt
      resource {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoCanHelpQuery, WhoCanHelpQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int! = 20, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        name
        kind
        province
        ipaCode
        istatCode
        website
        adheredOn
        union {
          id
          name
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($id: ID, $ipaCode: String) {
  organization(id: $id, ipaCode: $ipaCode) {
    id
    name
    kind
    province
    ipaCode
    ipaUri
    istatCode
    website
    adheredOn
    union {
      id
      name
    }
    members {
      id
      name
      kind
    }
    sharedResources {
      id
      title
      kind
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($first: Int! = 20, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        fullName
        publicRole
        skills
        availableToHelp
        organization {
          id
          name
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    id
    fullName
    givenName
    familyName
    publicRole
    bio
    skills
    availableToHelp
    organization {
      id
      name
      kind
    }
    communities {
      id
      slug
      name
    }
    supportOffers {
      id
      availability
      resource {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const ActivityPlansDocument = new TypedDocumentString(`
    query ActivityPlans($first: Int! = 20, $after: String, $filter: PlanFilter) {
  activityPlans(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        year
        status
        approvedOn
        documentUrl
        community {
          id
          slug
          name
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<ActivityPlansQuery, ActivityPlansQueryVariables>;
export const ActivityPlanDocument = new TypedDocumentString(`
    query ActivityPlan($id: ID!) {
  activityPlan(id: $id) {
    id
    year
    status
    approvedOn
    documentUrl
    community {
      id
      slug
      name
    }
    goalActions {
      id
      code
      title
      description
      status
      progress
      needsWorkingGroup
      ...GoalActionSchedule
      referents {
        id
        fullName
      }
    }
  }
}
    fragment GoalActionSchedule on GoalAction {
  timeline {
    plannedStart
    plannedEnd
  }
  deliverable {
    title
    kind
    status
    dueOn
  }
  milestones {
    title
    dueOn
    done
  }
}`) as unknown as TypedDocumentString<ActivityPlanQuery, ActivityPlanQueryVariables>;
export const GoalActionDocument = new TypedDocumentString(`
    query GoalAction($id: ID, $code: String) {
  goalAction(id: $id, code: $code) {
    id
    code
    title
    description
    status
    progress
    ...GoalActionSchedule
    plan {
      id
      year
      community {
        id
        slug
        name
      }
    }
  }
}
    fragment GoalActionSchedule on GoalAction {
  timeline {
    plannedStart
    plannedEnd
  }
  deliverable {
    title
    kind
    status
    dueOn
  }
  milestones {
    title
    dueOn
    done
  }
}`) as unknown as TypedDocumentString<GoalActionQuery, GoalActionQueryVariables>;
export const SearchResourcesDocument = new TypedDocumentString(`
    query SearchResources($query: String, $filter: ResourceFilter, $first: Int! = 20, $after: String) {
  searchResources(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      rank
      snippet
      node {
        id
        title
        summary
        kind
        status
        year
        publishedAt
        tags
        topics {
          slug
          labelIt
          labelEn
        }
        organization {
          id
          name
        }
        community {
          id
          slug
          name
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<SearchResourcesQuery, SearchResourcesQueryVariables>;
export const SearchResourceFacetsDocument = new TypedDocumentString(`
    query SearchResourceFacets($query: String, $filter: ResourceFilter) {
  searchResources(query: $query, filter: $filter, first: 1) {
    totalCount
    facets {
      kind {
        ...FacetValueFields
      }
      topic {
        ...FacetValueFields
      }
      year {
        ...FacetValueFields
      }
      community {
        ...FacetValueFields
      }
    }
  }
}
    fragment FacetValueFields on FacetValue {
  value
  count
}`) as unknown as TypedDocumentString<SearchResourceFacetsQuery, SearchResourceFacetsQueryVariables>;
export const ResourceDocument = new TypedDocumentString(`
    query Resource($id: ID!) {
  resource(id: $id) {
    id
    title
    summary
    body
    kind
    status
    year
    license
    publishedAt
    updatedAt
    tags
    topics {
      slug
      labelIt
    }
    links {
      url
      title
    }
    organization {
      id
      name
    }
    community {
      id
      slug
      name
    }
    supportOffers {
      id
      availability
      contact
      person {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceQuery, ResourceQueryVariables>;
export const TopicsDocument = new TypedDocumentString(`
    query Topics {
  topics {
    slug
    labelIt
    labelEn
  }
}
    `) as unknown as TypedDocumentString<TopicsQuery, TopicsQueryVariables>;