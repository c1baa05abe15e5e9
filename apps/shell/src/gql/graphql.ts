/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
export type ShellUiSlicesQueryVariables = Exact<{ [key: string]: never }>;

export type ShellUiSlicesQuery = {
  uiSlices: Array<{
    name: string;
    remoteName: string;
    manifestUrl: string;
    exposedModule: string;
    version: string;
    community: { slug: string } | null;
  }>;
};

export type ShellMyCommunitiesQueryVariables = Exact<{ [key: string]: never }>;

export type ShellMyCommunitiesQuery = {
  myCommunities: {
    totalCount: number;
    edges: Array<{ node: { id: string; slug: string; name: string; nameEn: string } }>;
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

export const ShellUiSlicesDocument = new TypedDocumentString(
  `
    query ShellUiSlices {
  uiSlices {
    name
    remoteName
    manifestUrl
    exposedModule
    version
    community {
      slug
    }
  }
}
    `,
  { hash: "sha256:035ca01e114301585eafaa7025ae71b6566aec81e4187d51bc7ca24cd60f68b8" },
) as unknown as TypedDocumentString<ShellUiSlicesQuery, ShellUiSlicesQueryVariables>;
export const ShellMyCommunitiesDocument = new TypedDocumentString(
  `
    query ShellMyCommunities {
  myCommunities(first: 50) {
    totalCount
    edges {
      node {
        id
        slug
        name
        nameEn
      }
    }
  }
}
    `,
  { hash: "sha256:cfb81360fca391f75d32ac56c321493edeb39b6a2b18684856f5612239435179" },
) as unknown as TypedDocumentString<ShellMyCommunitiesQuery, ShellMyCommunitiesQueryVariables>;
