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

export type ContributionKind =
  /** Esigenza / Need */
  | "ESIGENZA"
  /** Proposta / Proposal */
  | "PROPOSTA";

export type ContributionStatus =
  /** Accolta / Taken up (e.g. into the activity plan) */
  | "ACCOLTA"
  /** Aperta / Open */
  | "APERTA"
  /** Non accolta / Not taken up */
  | "NON_ACCOLTA";

export type JoinRequestStatus =
  /** Accolta / Approved: the membership exists */
  | "APPROVED"
  /** In attesa / Waiting for a co-coordinator */
  | "PENDING"
  /** Respinta / Rejected, with a reason */
  | "REJECTED"
  /** Ritirata / Withdrawn by the requester */
  | "WITHDRAWN";

export type MeetingKind =
  /** Gruppo di lavoro / Working group */
  | "GRUPPO_DI_LAVORO"
  /** Incontro di avvio / Kick-off (March–April) */
  | "KICK_OFF"
  /** Incontro ordinario / Ordinary meeting */
  | "ORDINARIA"
  /** Plenaria di tutte le ComTem / Plenary of the whole system */
  | "PLENARIA";

export type MeetingMode =
  /** Ibrido / Hybrid */
  | "IBRIDO"
  /** In presenza / In person */
  | "PRESENZA"
  /** A distanza / Remote */
  | "REMOTO";

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

export type RequestToJoinInput = {
  communityId: string | number;
  motivation: string;
  /** The organization the requester would represent. */
  organizationId: string | number;
};

export type CommunityDetailQueryVariables = Exact<{
  slug: string;
}>;

export type CommunityDetailQuery = {
  community: {
    id: string;
    slug: string;
    name: string;
    nameEn: string;
    kind: CommunityKind;
    activeFrom: string;
    calendarFeedUrl: string;
    declaratoria: {
      themes: Array<string>;
      mission: string;
      perimeter: string;
      longTermObjectives: string;
      expectedResults: string;
      participantProfile: string;
    };
    memberships: Array<{
      id: string;
      role: MembershipRole;
      since: string;
      person: { id: string; fullName: string };
      organization: { id: string; name: string };
    }>;
    meetings: Array<{
      id: string;
      kind: MeetingKind;
      mode: MeetingMode;
      title: string;
      startsAt: string;
      endsAt: string;
      location: string | null;
    }>;
    contributions: Array<{
      id: string;
      kind: ContributionKind;
      status: ContributionStatus;
      title: string;
      description: string;
      organization: { name: string };
    }>;
    announcements: Array<{
      id: string;
      title: string;
      body: string;
      publishedAt: string;
      author: { fullName: string };
    }>;
  } | null;
};

export type CommunitiesMeQueryVariables = Exact<{ [key: string]: never }>;

export type CommunitiesMeQuery = {
  me: {
    id: string;
    organization: { id: string; name: string };
    memberships: Array<{ community: { id: string } }>;
  } | null;
};

export type RequestToJoinMutationVariables = Exact<{
  input: RequestToJoinInput;
}>;

export type RequestToJoinMutation = {
  requestToJoin: {
    joinRequest: { id: string; status: JoinRequestStatus } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type CommunitiesListQueryVariables = Exact<{ [key: string]: never }>;

export type CommunitiesListQuery = {
  communities: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        slug: string;
        name: string;
        nameEn: string;
        kind: CommunityKind;
        declaratoria: { mission: string };
      };
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

export const CommunityDetailDocument = new TypedDocumentString(
  `
    query CommunityDetail($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    nameEn
    kind
    activeFrom
    calendarFeedUrl
    declaratoria {
      themes
      mission
      perimeter
      longTermObjectives
      expectedResults
      participantProfile
    }
    memberships {
      id
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
    meetings {
      id
      kind
      mode
      title
      startsAt
      endsAt
      location
    }
    contributions {
      id
      kind
      status
      title
      description
      organization {
        name
      }
    }
    announcements {
      id
      title
      body
      publishedAt
      author {
        fullName
      }
    }
  }
}
    `,
  { hash: "sha256:1fcc4222192300ccb80f44b8d30dd3bd3d4392fe1630da3981dbbc4c3ddeb854" },
) as unknown as TypedDocumentString<CommunityDetailQuery, CommunityDetailQueryVariables>;
export const CommunitiesMeDocument = new TypedDocumentString(
  `
    query CommunitiesMe {
  me {
    id
    organization {
      id
      name
    }
    memberships {
      community {
        id
      }
    }
  }
}
    `,
  { hash: "sha256:f27fccec1b01b85f4f756dd7f10294c74efcbc2e4471947a53a2760423ac52db" },
) as unknown as TypedDocumentString<CommunitiesMeQuery, CommunitiesMeQueryVariables>;
export const RequestToJoinDocument = new TypedDocumentString(
  `
    mutation RequestToJoin($input: RequestToJoinInput!) {
  requestToJoin(input: $input) {
    joinRequest {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:8c29015cd0af977625ca49600cd10fea1f04b7f5ea4a23a45b947fc5ab43b627" },
) as unknown as TypedDocumentString<RequestToJoinMutation, RequestToJoinMutationVariables>;
export const CommunitiesListDocument = new TypedDocumentString(
  `
    query CommunitiesList {
  communities(first: 50) {
    totalCount
    edges {
      node {
        id
        slug
        name
        nameEn
        kind
        declaratoria {
          mission
        }
      }
    }
  }
}
    `,
  { hash: "sha256:29fe8b934bfb2ef184c237d6b051cf4cc1f576766da150664a1481c120bd1d6c" },
) as unknown as TypedDocumentString<CommunitiesListQuery, CommunitiesListQueryVariables>;
