/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttachmentInput = {
  /** e.g. application/pdf */
  mediaType: string;
  /** SHA-256, 64 hex digits. */
  sha256: string;
  sizeBytes: number;
  title?: string | null | undefined;
  /** https URL. */
  url: string;
};

export type ContactInput = {
  email?: string | null | undefined;
  name: string;
};

export type CreateResourceInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  /** Markdown; raw HTML is not rendered. */
  body?: string | null | undefined;
  communityId?: string | number | null | undefined;
  /** The goal-action this is the deliverable of. Setting, changing or clearing it needs `goalAction.deliver` on that goal-action (the members of its working group, its referents, the co-coordinators and referents of its plan's community, or admins; see GoalAction.viewerCan.deliver): FORBIDDEN otherwise, and FORBIDDEN when planning cannot be asked. NOT_FOUND when the goal-action does not exist or is not visible to you. */
  goalActionId?: string | number | null | undefined;
  kind: ResourceKind;
  /** SPDX identifier or expression. */
  license?: string | null | undefined;
  links?: Array<LinkInput> | null | undefined;
  /** The contributing organization: the caller's own (as the people subgraph records it); another organization is FORBIDDEN, except for admins. */
  organizationId: string | number;
  software?: SoftwareInput | null | undefined;
  summary?: string | null | undefined;
  /** Up to 20 tags of 50 chars. */
  tags?: Array<string> | null | undefined;
  title: string;
  /** Slugs from the `topics` query. */
  topics?: Array<string> | null | undefined;
  year?: number | null | undefined;
};

/** publiccode.yml developmentStatus. */
export type DevelopmentStatus =
  | 'BETA'
  | 'CONCEPT'
  | 'DEVELOPMENT'
  | 'OBSOLETE'
  | 'STABLE';

export type LinkInput = {
  title?: string | null | undefined;
  /** https URL. */
  url: string;
};

/** publiccode.yml maintenance.type. */
export type MaintenanceType =
  | 'COMMUNITY'
  | 'CONTRACT'
  | 'INTERNAL'
  | 'NONE';

export type OfferSupportInput = {
  /** When you are available (max 500). */
  availability?: string | null | undefined;
  /** How to reach you: e-mail, phone, Teams… (max 300). */
  contact: string;
  resourceId: string | number;
};

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

export type SoftwareInput = {
  availableLanguages?: Array<string> | null | undefined;
  /** publiccode.yml categories. */
  categories?: Array<string> | null | undefined;
  contacts?: Array<ContactInput> | null | undefined;
  developmentStatus?: DevelopmentStatus | null | undefined;
  maintenanceType?: MaintenanceType | null | undefined;
  /** e.g. urn:x-italian-pa:c_a944 */
  organisationUri?: string | null | undefined;
  platforms?: Array<string> | null | undefined;
  repositoryUrl?: string | null | undefined;
  softwareType?: string | null | undefined;
  /** Names of the bodies that use it. */
  usedBy?: Array<string> | null | undefined;
};

export type UpdateResourceInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  /** Markdown; raw HTML is not rendered. */
  body?: string | null | undefined;
  communityId?: string | number | null | undefined;
  /** The goal-action this is the deliverable of. Setting, changing or clearing it needs `goalAction.deliver` on that goal-action (the members of its working group, its referents, the co-coordinators and referents of its plan's community, or admins; see GoalAction.viewerCan.deliver): FORBIDDEN otherwise, and FORBIDDEN when planning cannot be asked. NOT_FOUND when the goal-action does not exist or is not visible to you. */
  goalActionId?: string | number | null | undefined;
  kind?: ResourceKind | null | undefined;
  /** SPDX identifier or expression. */
  license?: string | null | undefined;
  links?: Array<LinkInput> | null | undefined;
  /** The contributing organization. */
  organizationId?: string | number | null | undefined;
  software?: SoftwareInput | null | undefined;
  summary?: string | null | undefined;
  /** Up to 20 tags of 50 chars. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** Slugs from the `topics` query. */
  topics?: Array<string> | null | undefined;
  year?: number | null | undefined;
};

export type ResourceForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceForEditQuery = { resource: { id: string, version: number, title: string, kind: ResourceKind, summary: string, body: string, tags: Array<string>, year: number, license: string | null, topics: Array<{ slug: string }>, links: Array<{ url: string, title: string | null }>, community: { id: string } | null, goalAction: { id: string } | null, viewerCan: { edit: boolean } } | null };

export type ResourceEditorContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourceEditorContextQuery = { topics: Array<{ slug: string, labelIt: string, labelEn: string }>, me: { id: string, organization: { id: string, name: string }, communities: Array<{ id: string, name: string, nameEn: string, plans: Array<{ id: string, year: number, goalActions: Array<{ id: string, code: string, title: string }> }> | null }> | null } | null };

export type CreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type CreateResourceMutation = { createResource: { resource: { id: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateResourceMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateResourceInput;
}>;


export type UpdateResourceMutation = { updateResource: { resource: { id: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type ImportPubliccodeMutationVariables = Exact<{
  yaml: string;
}>;


export type ImportPubliccodeMutation = { importPubliccode: { resource: { id: string, title: string } | null, problems: Array<{ path: string, message: string }>, userErrors: Array<{ code: string, message: string }> } };

export type PublishResourceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PublishResourceMutation = { publishResource: { resource: { id: string, status: ResourceStatus, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type ArchiveResourceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ArchiveResourceMutation = { archiveResource: { resource: { id: string, status: ResourceStatus, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type SetResourceFeaturedMutationVariables = Exact<{
  id: string | number;
  version: number;
  featured: boolean;
}>;


export type SetResourceFeaturedMutation = { setResourceFeatured: { resource: { id: string, featured: boolean, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type ResourceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceDetailQuery = { me: { id: string } | null, resource: { id: string, version: number, title: string, summary: string, body: string, kind: ResourceKind, status: ResourceStatus, featured: boolean, license: string | null, year: number, topics: Array<{ slug: string, labelIt: string, labelEn: string }>, links: Array<{ url: string, title: string | null }>, organization: { id: string, name: string } | null, community: { slug: string, name: string, nameEn: string } | null, goalAction: { code: string, title: string, plan: { year: number } } | null, viewerCan: { edit: boolean, publish: boolean, archive: boolean, feature: boolean, offerSupport: boolean }, supportOffers: Array<{ id: string, active: boolean, person: { id: string } | null }>, revisions: Array<{ version: number, change: string, editedAt: string, status: ResourceStatus, editedBy: { fullName: string } | null }> } | null, whoCanHelp: Array<{ person: { id: string, fullName: string, publicRole: string } | null, offers: Array<{ id: string, availability: string | null, contact: string | null }> }> };

export type OfferSupportMutationVariables = Exact<{
  input: OfferSupportInput;
}>;


export type OfferSupportMutation = { offerSupport: { offer: { id: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type WithdrawSupportOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawSupportOfferMutation = { withdrawSupportOffer: { offer: { id: string, active: boolean } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type DraftResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftResourcesQuery = { me: { id: string } | null, searchResources: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: ResourceKind } }> } };

export type SearchResourcesQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ResourceFilter | null | undefined;
}>;


export type SearchResourcesQuery = { topics: Array<{ slug: string, labelIt: string, labelEn: string }>, searchResources: { totalCount: number, facets: { kind: Array<{ value: string, count: number }>, topic: Array<{ value: string, count: number }> }, edges: Array<{ snippet: string, node: { id: string, title: string, kind: ResourceKind, summary: string } }> } };

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

export const ResourceForEditDocument = new TypedDocumentString(`
    query ResourceForEdit($id: ID!) {
  resource(id: $id) {
    id
    version
    title
    kind
    summary
    body
    tags
    year
    license
    topics {
      slug
    }
    links {
      url
      title
    }
    community {
      id
    }
    goalAction {
      id
    }
    viewerCan {
      edit
    }
  }
}
    `, {"hash":"sha256:b5d516cf82b762e39c374569687d89bd7c411c0c8c93fe7b23fe24b3a19ecfe9"}) as unknown as TypedDocumentString<ResourceForEditQuery, ResourceForEditQueryVariables>;
export const ResourceEditorContextDocument = new TypedDocumentString(`
    query ResourceEditorContext {
  topics {
    slug
    labelIt
    labelEn
  }
  me {
    id
    organization {
      id
      name
    }
    communities {
      id
      name
      nameEn
      plans {
        id
        year
        goalActions {
          id
          code
          title
        }
      }
    }
  }
}
    `, {"hash":"sha256:c93e15988ec1e21e41fc76ff0ddbf9257b2912f6068557fe8817da3abab0a49f"}) as unknown as TypedDocumentString<ResourceEditorContextQuery, ResourceEditorContextQueryVariables>;
export const CreateResourceDocument = new TypedDocumentString(`
    mutation CreateResource($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:c887fd53738341aebe00af08ca9078191ac575c3a4bd831d99344d2e62222c3c"}) as unknown as TypedDocumentString<CreateResourceMutation, CreateResourceMutationVariables>;
export const UpdateResourceDocument = new TypedDocumentString(`
    mutation UpdateResource($id: ID!, $version: Int!, $input: UpdateResourceInput!) {
  updateResource(id: $id, version: $version, input: $input) {
    resource {
      id
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:6d9a9cef06ddd50c429151f1bf0eedfdf9e6355c580dfc2be3b5def8bcba402f"}) as unknown as TypedDocumentString<UpdateResourceMutation, UpdateResourceMutationVariables>;
export const ImportPubliccodeDocument = new TypedDocumentString(`
    mutation ImportPubliccode($yaml: String!) {
  importPubliccode(yaml: $yaml) {
    resource {
      id
      title
    }
    problems {
      path
      message
    }
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:3f46bddcafc86b87f32805761e3c7ecf25b1f4354fa8f570e156ac1b732a361a"}) as unknown as TypedDocumentString<ImportPubliccodeMutation, ImportPubliccodeMutationVariables>;
export const PublishResourceDocument = new TypedDocumentString(`
    mutation PublishResource($id: ID!, $version: Int!) {
  publishResource(id: $id, version: $version) {
    resource {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:cf04ca3d194057ce9aed96ab42816235709b309168f2e95c1c27c64568c4baaf"}) as unknown as TypedDocumentString<PublishResourceMutation, PublishResourceMutationVariables>;
export const ArchiveResourceDocument = new TypedDocumentString(`
    mutation ArchiveResource($id: ID!, $version: Int!) {
  archiveResource(id: $id, version: $version) {
    resource {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:5fd47cdf21a6842ea5e37d2309d1c4a9cb5b651bc9bbad7074625292b0452dde"}) as unknown as TypedDocumentString<ArchiveResourceMutation, ArchiveResourceMutationVariables>;
export const SetResourceFeaturedDocument = new TypedDocumentString(`
    mutation SetResourceFeatured($id: ID!, $version: Int!, $featured: Boolean!) {
  setResourceFeatured(id: $id, version: $version, featured: $featured) {
    resource {
      id
      featured
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:20b62a49d2ca953860ed694bf92670d2f083b867dd1f18e3b5daa0de20756103"}) as unknown as TypedDocumentString<SetResourceFeaturedMutation, SetResourceFeaturedMutationVariables>;
export const ResourceDetailDocument = new TypedDocumentString(`
    query ResourceDetail($id: ID!) {
  me {
    id
  }
  resource(id: $id) {
    id
    version
    title
    summary
    body
    kind
    status
    featured
    license
    year
    topics {
      slug
      labelIt
      labelEn
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
      slug
      name
      nameEn
    }
    goalAction {
      code
      title
      plan {
        year
      }
    }
    viewerCan {
      edit
      publish
      archive
      feature
      offerSupport
    }
    supportOffers {
      id
      active
      person {
        id
      }
    }
    revisions {
      version
      change
      editedAt
      status
      editedBy {
        fullName
      }
    }
  }
  whoCanHelp(resourceId: $id, first: 10) {
    person {
      id
      fullName
      publicRole
    }
    offers {
      id
      availability
      contact
    }
  }
}
    `, {"hash":"sha256:f5aedefce561cc01b13faaef68145d0afc05c87e5bd3c15b7b313c3fc101bf27"}) as unknown as TypedDocumentString<ResourceDetailQuery, ResourceDetailQueryVariables>;
export const OfferSupportDocument = new TypedDocumentString(`
    mutation OfferSupport($input: OfferSupportInput!) {
  offerSupport(input: $input) {
    offer {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:de6b1798b78caaa4d7be63f4593aa6f0489317bd1b2a5bcc4cd4d990b3057f6a"}) as unknown as TypedDocumentString<OfferSupportMutation, OfferSupportMutationVariables>;
export const WithdrawSupportOfferDocument = new TypedDocumentString(`
    mutation WithdrawSupportOffer($id: ID!) {
  withdrawSupportOffer(id: $id) {
    offer {
      id
      active
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:d3f22f62122feaab8f24a445b29c8224bc6dfabdad3bb791140252404505e387"}) as unknown as TypedDocumentString<WithdrawSupportOfferMutation, WithdrawSupportOfferMutationVariables>;
export const DraftResourcesDocument = new TypedDocumentString(`
    query DraftResources {
  me {
    id
  }
  searchResources(filter: {status: BOZZA}, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        kind
      }
    }
  }
}
    `, {"hash":"sha256:c1bb5a31fa6d496c48b2b771ea6ac8b0273981b6c0bff27e61082afb415e4e83"}) as unknown as TypedDocumentString<DraftResourcesQuery, DraftResourcesQueryVariables>;
export const SearchResourcesDocument = new TypedDocumentString(`
    query SearchResources($query: String, $filter: ResourceFilter) {
  topics {
    slug
    labelIt
    labelEn
  }
  searchResources(query: $query, filter: $filter, first: 20) {
    totalCount
    facets {
      kind {
        value
        count
      }
      topic {
        value
        count
      }
    }
    edges {
      snippet
      node {
        id
        title
        kind
        summary
      }
    }
  }
}
    `, {"hash":"sha256:8a114cb4642146fbca43e981aa947bca3304ec055d3ae89f96b1abd454abeefa"}) as unknown as TypedDocumentString<SearchResourcesQuery, SearchResourcesQueryVariables>;