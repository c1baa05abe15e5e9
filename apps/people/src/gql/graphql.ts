/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** A person's role in one community. */
export type MembershipRole =
  /** Co-coordinatore / Co-coordinator (several per ComTem) */
  | "CO_COORDINATORE"
  /** Partecipante (iscritto) / Participant */
  | "PARTECIPANTE"
  /** Referente Lepida / Lepida's referent (one per ComTem) */
  | "REFERENTE_LEPIDA"
  /** Referente Regione / Region's referent (one per ComTem) */
  | "REFERENTE_REGIONE";

/** Kind of public body (ente). */
export type OrganizationKind =
  /** Altro ente / Other body */
  | "ALTRO"
  /** Associazione di enti (ANCI, UPI, UNCEM) */
  | "ASSOCIAZIONE"
  /** Città metropolitana / Metropolitan city */
  | "CITTA_METROPOLITANA"
  /** Comune / Municipality */
  | "COMUNE"
  /** Provincia / Province */
  | "PROVINCIA"
  /** Regione / Region */
  | "REGIONE"
  /** Società in house (e.g. Lepida ScpA) */
  | "SOCIETA_IN_HOUSE"
  /** Unione di Comuni / Union of municipalities */
  | "UNIONE";

/** Filters on people; all given conditions must hold. */
export type PersonFilter = {
  availableToHelp?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Part of the name, case-insensitive. */
  search?: string | null | undefined;
  /** A skill tag, e.g. lavoro-agile. */
  skill?: string | null | undefined;
};

export type PeopleDirectoryQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
}>;

export type PeopleDirectoryQuery = {
  people: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        fullName: string;
        publicRole: string;
        skills: Array<string>;
        availableToHelp: boolean;
        organization: { id: string; name: string };
      };
    }>;
  };
};

export type OrganizationDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganizationDetailQuery = {
  organization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    ipaCode: string | null;
    province: string | null;
    website: string | null;
    adheredOn: string | null;
    union: { id: string; name: string } | null;
    members: Array<{ id: string; name: string }>;
  } | null;
  people: { edges: Array<{ node: { id: string; fullName: string; publicRole: string } }> };
};

export type MyProfileQueryVariables = Exact<{ [key: string]: never }>;

export type MyProfileQuery = {
  me: {
    id: string;
    fullName: string;
    publicRole: string;
    bio: string | null;
    skills: Array<string>;
    availableToHelp: boolean;
    email: string | null;
    phone: string | null;
    organization: { id: string; name: string };
    memberships: Array<{
      id: string;
      role: MembershipRole;
      community: { id: string; name: string };
    }>;
  } | null;
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

export const PeopleDirectoryDocument = new TypedDocumentString(
  `
    query PeopleDirectory($filter: PersonFilter) {
  people(first: 100, filter: $filter) {
    totalCount
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
    `,
  { hash: "sha256:08f33b664b91cb0dffd846ca4421e1403fc2350a171ebe797ddb1812f0cfc51c" },
) as unknown as TypedDocumentString<PeopleDirectoryQuery, PeopleDirectoryQueryVariables>;
export const OrganizationDetailDocument = new TypedDocumentString(
  `
    query OrganizationDetail($id: ID!) {
  organization(id: $id) {
    id
    name
    kind
    ipaCode
    province
    website
    adheredOn
    union {
      id
      name
    }
    members {
      id
      name
    }
  }
  people(first: 100, filter: {organizationId: $id}) {
    edges {
      node {
        id
        fullName
        publicRole
      }
    }
  }
}
    `,
  { hash: "sha256:2fc1ab28ce3d0be00afca6ab672257e45c7f44b67922a5ecb1d3acafac5591db" },
) as unknown as TypedDocumentString<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(
  `
    query MyProfile {
  me {
    id
    fullName
    publicRole
    bio
    skills
    availableToHelp
    email
    phone
    organization {
      id
      name
    }
    memberships {
      id
      role
      community {
        id
        name
      }
    }
  }
}
    `,
  { hash: "sha256:85e153ee63d0637ed0c90ac6786f42128272a159288a3889a993ff3e7bfd0fda" },
) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
