/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** Whether a ComTem cuts across every domain or works on one. */
export type CommunityKind =
  /** Specifica / Domain-specific */
  | "SPECIFICA"
  /** Trasversale / Cross-cutting */
  | "TRASVERSALE";

export type CommunitiesOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type CommunitiesOverviewQuery = {
  communities: {
    totalCount: number;
    edges: Array<{ node: { id: string; slug: string; name: string; kind: CommunityKind } }>;
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

export const CommunitiesOverviewDocument = new TypedDocumentString(
  `
    query CommunitiesOverview {
  communities(first: 50) {
    totalCount
    edges {
      node {
        id
        slug
        name
        kind
      }
    }
  }
}
    `,
  { hash: "sha256:b34c05522bffccd99fc740689a3fe84d966922f505434585556cc01d0a3a532a" },
) as unknown as TypedDocumentString<CommunitiesOverviewQuery, CommunitiesOverviewQueryVariables>;
