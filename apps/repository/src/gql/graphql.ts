/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
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
  | "ALTRO"
  /** Bando / Call for funding */
  | "BANDO"
  /** Deliverable di un'azione-obiettivo / Goal-action deliverable */
  | "DELIVERABLE"
  /** Formazione / Training */
  | "FORMAZIONE"
  /** Guida / Guide */
  | "GUIDA"
  /** Kit di riuso / Reuse kit */
  | "KIT_RIUSO"
  /** Soluzione organizzativa / Organisational solution */
  | "SOLUZIONE_ORGANIZZATIVA"
  /** Soluzione tecnologica / Technological solution */
  | "SOLUZIONE_TECNOLOGICA";

export type ResourceStatus =
  /** Archiviata / Archived: no longer public */
  | "ARCHIVIATA"
  /** Bozza / Draft: its creator, the community's coordinators, admins */
  | "BOZZA"
  /** Pubblicata / Published: visible to everyone */
  | "PUBBLICATA";

export type ImportPubliccodeMutationVariables = Exact<{
  yaml: string;
}>;

export type ImportPubliccodeMutation = {
  importPubliccode: {
    resource: { id: string; title: string } | null;
    problems: Array<{ path: string; message: string }>;
    userErrors: Array<{ code: string; message: string }>;
  };
};

export type ResourceDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ResourceDetailQuery = {
  resource: {
    id: string;
    title: string;
    summary: string;
    body: string;
    kind: ResourceKind;
    license: string | null;
    year: number;
    topics: Array<{ slug: string; labelIt: string; labelEn: string }>;
    links: Array<{ url: string; title: string | null }>;
    organization: { id: string; name: string } | null;
  } | null;
  whoCanHelp: Array<{
    person: { id: string; fullName: string; publicRole: string };
    offers: Array<{ id: string; availability: string | null; contact: string | null }>;
  }>;
};

export type SearchResourcesQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ResourceFilter | null | undefined;
}>;

export type SearchResourcesQuery = {
  searchResources: {
    totalCount: number;
    facets: {
      kind: Array<{ value: string; count: number }>;
      topic: Array<{ value: string; count: number }>;
    };
    edges: Array<{
      snippet: string;
      node: { id: string; title: string; kind: ResourceKind; summary: string };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
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

export const ImportPubliccodeDocument = new TypedDocumentString(
  `
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
    `,
  { hash: "sha256:3f46bddcafc86b87f32805761e3c7ecf25b1f4354fa8f570e156ac1b732a361a" },
) as unknown as TypedDocumentString<ImportPubliccodeMutation, ImportPubliccodeMutationVariables>;
export const ResourceDetailDocument = new TypedDocumentString(
  `
    query ResourceDetail($id: ID!) {
  resource(id: $id) {
    id
    title
    summary
    body
    kind
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
    `,
  { hash: "sha256:9151e4af576908a795fdd4f82c9467efbd35c521c242e0a34ddc2aa827c557b6" },
) as unknown as TypedDocumentString<ResourceDetailQuery, ResourceDetailQueryVariables>;
export const SearchResourcesDocument = new TypedDocumentString(
  `
    query SearchResources($query: String, $filter: ResourceFilter) {
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
    `,
  { hash: "sha256:ed4c70e0a1b4d6ff65a7a016c84268940a220be7b6360bd4c1068e12153c2922" },
) as unknown as TypedDocumentString<SearchResourcesQuery, SearchResourcesQueryVariables>;
