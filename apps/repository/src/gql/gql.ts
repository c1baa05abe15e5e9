/* eslint-disable */
import * as types from './graphql';



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
    "\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      title\n      kind\n      summary\n      body\n      tags\n      year\n      license\n      topics {\n        slug\n      }\n      links {\n        url\n        title\n      }\n      community {\n        id\n      }\n      goalAction {\n        id\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.ResourceForEditDocument,
    "\n  query ResourceEditorContext {\n    topics {\n      slug\n      labelIt\n      labelEn\n    }\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      communities {\n        id\n        name\n        nameEn\n        plans {\n          id\n          year\n          goalActions {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceEditorContextDocument,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  mutation UpdateResource($id: ID!, $version: Int!, $input: UpdateResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      resource {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateResourceDocument,
    "\n  mutation ImportPubliccode($yaml: String!) {\n    importPubliccode(yaml: $yaml) {\n      resource {\n        id\n        title\n      }\n      problems {\n        path\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportPubliccodeDocument,
    "\n  mutation PublishResource($id: ID!, $version: Int!) {\n    publishResource(id: $id, version: $version) {\n      resource {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PublishResourceDocument,
    "\n  mutation ArchiveResource($id: ID!, $version: Int!) {\n    archiveResource(id: $id, version: $version) {\n      resource {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ArchiveResourceDocument,
    "\n  mutation SetResourceFeatured($id: ID!, $version: Int!, $featured: Boolean!) {\n    setResourceFeatured(id: $id, version: $version, featured: $featured) {\n      resource {\n        id\n        featured\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetResourceFeaturedDocument,
    "\n  query ResourceDetail($id: ID!) {\n    me {\n      id\n    }\n    resource(id: $id) {\n      id\n      version\n      title\n      summary\n      body\n      kind\n      status\n      featured\n      license\n      year\n      topics {\n        slug\n        labelIt\n        labelEn\n      }\n      links {\n        url\n        title\n      }\n      organization {\n        id\n        name\n      }\n      community {\n        slug\n        name\n        nameEn\n      }\n      goalAction {\n        code\n        title\n        plan {\n          year\n        }\n      }\n      viewerCan {\n        edit\n        publish\n        archive\n        feature\n        offerSupport\n      }\n      supportOffers {\n        id\n        active\n        person {\n          id\n        }\n      }\n      revisions {\n        version\n        change\n        editedAt\n        status\n        editedBy {\n          fullName\n        }\n      }\n    }\n    whoCanHelp(resourceId: $id, first: 10) {\n      person {\n        id\n        fullName\n        publicRole\n      }\n      offers {\n        id\n        availability\n        contact\n      }\n    }\n  }\n": typeof types.ResourceDetailDocument,
    "\n  mutation OfferSupport($input: OfferSupportInput!) {\n    offerSupport(input: $input) {\n      offer {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.OfferSupportDocument,
    "\n  mutation WithdrawSupportOffer($id: ID!) {\n    withdrawSupportOffer(id: $id) {\n      offer {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.WithdrawSupportOfferDocument,
    "\n  query DraftResources {\n    me {\n      id\n    }\n    searchResources(filter: { status: BOZZA }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n": typeof types.DraftResourcesDocument,
    "\n  query SearchResources($query: String, $filter: ResourceFilter) {\n    topics {\n      slug\n      labelIt\n      labelEn\n    }\n    searchResources(query: $query, filter: $filter, first: 20) {\n      totalCount\n      facets {\n        kind {\n          value\n          count\n        }\n        topic {\n          value\n          count\n        }\n      }\n      edges {\n        snippet\n        node {\n          id\n          title\n          kind\n          summary\n        }\n      }\n    }\n  }\n": typeof types.SearchResourcesDocument,
};
const documents: Documents = {
    "\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      title\n      kind\n      summary\n      body\n      tags\n      year\n      license\n      topics {\n        slug\n      }\n      links {\n        url\n        title\n      }\n      community {\n        id\n      }\n      goalAction {\n        id\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.ResourceForEditDocument,
    "\n  query ResourceEditorContext {\n    topics {\n      slug\n      labelIt\n      labelEn\n    }\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      communities {\n        id\n        name\n        nameEn\n        plans {\n          id\n          year\n          goalActions {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ResourceEditorContextDocument,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateResourceDocument,
    "\n  mutation UpdateResource($id: ID!, $version: Int!, $input: UpdateResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      resource {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateResourceDocument,
    "\n  mutation ImportPubliccode($yaml: String!) {\n    importPubliccode(yaml: $yaml) {\n      resource {\n        id\n        title\n      }\n      problems {\n        path\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ImportPubliccodeDocument,
    "\n  mutation PublishResource($id: ID!, $version: Int!) {\n    publishResource(id: $id, version: $version) {\n      resource {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PublishResourceDocument,
    "\n  mutation ArchiveResource($id: ID!, $version: Int!) {\n    archiveResource(id: $id, version: $version) {\n      resource {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ArchiveResourceDocument,
    "\n  mutation SetResourceFeatured($id: ID!, $version: Int!, $featured: Boolean!) {\n    setResourceFeatured(id: $id, version: $version, featured: $featured) {\n      resource {\n        id\n        featured\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetResourceFeaturedDocument,
    "\n  query ResourceDetail($id: ID!) {\n    me {\n      id\n    }\n    resource(id: $id) {\n      id\n      version\n      title\n      summary\n      body\n      kind\n      status\n      featured\n      license\n      year\n      topics {\n        slug\n        labelIt\n        labelEn\n      }\n      links {\n        url\n        title\n      }\n      organization {\n        id\n        name\n      }\n      community {\n        slug\n        name\n        nameEn\n      }\n      goalAction {\n        code\n        title\n        plan {\n          year\n        }\n      }\n      viewerCan {\n        edit\n        publish\n        archive\n        feature\n        offerSupport\n      }\n      supportOffers {\n        id\n        active\n        person {\n          id\n        }\n      }\n      revisions {\n        version\n        change\n        editedAt\n        status\n        editedBy {\n          fullName\n        }\n      }\n    }\n    whoCanHelp(resourceId: $id, first: 10) {\n      person {\n        id\n        fullName\n        publicRole\n      }\n      offers {\n        id\n        availability\n        contact\n      }\n    }\n  }\n": types.ResourceDetailDocument,
    "\n  mutation OfferSupport($input: OfferSupportInput!) {\n    offerSupport(input: $input) {\n      offer {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.OfferSupportDocument,
    "\n  mutation WithdrawSupportOffer($id: ID!) {\n    withdrawSupportOffer(id: $id) {\n      offer {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.WithdrawSupportOfferDocument,
    "\n  query DraftResources {\n    me {\n      id\n    }\n    searchResources(filter: { status: BOZZA }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n": types.DraftResourcesDocument,
    "\n  query SearchResources($query: String, $filter: ResourceFilter) {\n    topics {\n      slug\n      labelIt\n      labelEn\n    }\n    searchResources(query: $query, filter: $filter, first: 20) {\n      totalCount\n      facets {\n        kind {\n          value\n          count\n        }\n        topic {\n          value\n          count\n        }\n      }\n      edges {\n        snippet\n        node {\n          id\n          title\n          kind\n          summary\n        }\n      }\n    }\n  }\n": types.SearchResourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceForEdit($id: ID!) {\n    resource(id: $id) {\n      id\n      version\n      title\n      kind\n      summary\n      body\n      tags\n      year\n      license\n      topics {\n        slug\n      }\n      links {\n        url\n        title\n      }\n      community {\n        id\n      }\n      goalAction {\n        id\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceEditorContext {\n    topics {\n      slug\n      labelIt\n      labelEn\n    }\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      communities {\n        id\n        name\n        nameEn\n        plans {\n          id\n          year\n          goalActions {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceEditorContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResource($id: ID!, $version: Int!, $input: UpdateResourceInput!) {\n    updateResource(id: $id, version: $version, input: $input) {\n      resource {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPubliccode($yaml: String!) {\n    importPubliccode(yaml: $yaml) {\n      resource {\n        id\n        title\n      }\n      problems {\n        path\n        message\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPubliccodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishResource($id: ID!, $version: Int!) {\n    publishResource(id: $id, version: $version) {\n      resource {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PublishResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveResource($id: ID!, $version: Int!) {\n    archiveResource(id: $id, version: $version) {\n      resource {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResourceFeatured($id: ID!, $version: Int!, $featured: Boolean!) {\n    setResourceFeatured(id: $id, version: $version, featured: $featured) {\n      resource {\n        id\n        featured\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SetResourceFeaturedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDetail($id: ID!) {\n    me {\n      id\n    }\n    resource(id: $id) {\n      id\n      version\n      title\n      summary\n      body\n      kind\n      status\n      featured\n      license\n      year\n      topics {\n        slug\n        labelIt\n        labelEn\n      }\n      links {\n        url\n        title\n      }\n      organization {\n        id\n        name\n      }\n      community {\n        slug\n        name\n        nameEn\n      }\n      goalAction {\n        code\n        title\n        plan {\n          year\n        }\n      }\n      viewerCan {\n        edit\n        publish\n        archive\n        feature\n        offerSupport\n      }\n      supportOffers {\n        id\n        active\n        person {\n          id\n        }\n      }\n      revisions {\n        version\n        change\n        editedAt\n        status\n        editedBy {\n          fullName\n        }\n      }\n    }\n    whoCanHelp(resourceId: $id, first: 10) {\n      person {\n        id\n        fullName\n        publicRole\n      }\n      offers {\n        id\n        availability\n        contact\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferSupport($input: OfferSupportInput!) {\n    offerSupport(input: $input) {\n      offer {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').OfferSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupportOffer($id: ID!) {\n    withdrawSupportOffer(id: $id) {\n      offer {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').WithdrawSupportOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftResources {\n    me {\n      id\n    }\n    searchResources(filter: { status: BOZZA }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DraftResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResources($query: String, $filter: ResourceFilter) {\n    topics {\n      slug\n      labelIt\n      labelEn\n    }\n    searchResources(query: $query, filter: $filter, first: 20) {\n      totalCount\n      facets {\n        kind {\n          value\n          count\n        }\n        topic {\n          value\n          count\n        }\n      }\n      edges {\n        snippet\n        node {\n          id\n          title\n          kind\n          summary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchResourcesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
