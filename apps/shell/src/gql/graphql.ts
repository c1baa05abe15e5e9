/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** Where a request to be added stands. PENDING: waiting for an administrator. APPROVED: a person was created or chosen and the identity linked. REJECTED: refused, with a reason (the caller may ask again). */
export type AccessRequestStatus = "APPROVED" | "PENDING" | "REJECTED";

export type GoalActionStatus = "AVVIATA" | "COMPLETATA" | "DA_AVVIARE" | "IN_CORSO" | "SOSPESA";

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

/** Who is asking to be added, and for which entity. */
export type RequestAccessInput = {
  email: string;
  /** Given and family name, 2 to 200 characters. */
  fullName: string;
  /** A note for the administrators, at most 2000 characters. */
  message?: string | null | undefined;
  /** The entity (ente) the requester works for. */
  organizationId: string | number;
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

export type ShellSignedInPersonQueryVariables = Exact<{ [key: string]: never }>;

export type ShellSignedInPersonQuery = { me: { id: string; fullName: string } | null };

export type ShellMyCommunitiesQueryVariables = Exact<{ [key: string]: never }>;

export type ShellMyCommunitiesQuery = {
  myCommunities: {
    totalCount: number;
    edges: Array<{ node: { id: string; slug: string; name: string; nameEn: string } }>;
  };
};

export type ShellMyAccessRequestQueryVariables = Exact<{ [key: string]: never }>;

export type ShellMyAccessRequestQuery = {
  myAccessRequest: {
    id: string;
    status: AccessRequestStatus;
    createdAt: string;
    rejectionReason: string | null;
    organization: { id: string; name: string } | null;
  } | null;
};

export type ShellOrganizationChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type ShellOrganizationChoicesQuery = {
  organizations: {
    totalCount: number;
    edges: Array<{ node: { id: string; name: string; province: string | null } }>;
  };
};

export type ShellRequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;

export type ShellRequestAccessMutation = {
  requestAccess: {
    accessRequest: {
      id: string;
      status: AccessRequestStatus;
      createdAt: string;
      rejectionReason: string | null;
      organization: { id: string; name: string } | null;
    } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type ShellWhatNeedsMeQueryVariables = Exact<{
  year: number;
}>;

export type ShellWhatNeedsMeQuery = {
  me: { id: string } | null;
  myCommunities: {
    edges: Array<{
      node: {
        id: string;
        slug: string;
        name: string;
        nameEn: string;
        calendarFeedUrl: string;
        viewerCan: { manage: boolean };
        meetings: Array<{ id: string; title: string; kind: MeetingKind; startsAt: string }>;
        announcements: Array<{ id: string; title: string; publishedAt: string }>;
      };
    }>;
  };
  cronoprogramma: Array<{
    id: string;
    code: string;
    title: string;
    status: GoalActionStatus;
    progress: number;
    timeline: { plannedEnd: string | null };
    referents: Array<{ id: string } | null>;
    plan: { community: { slug: string } | null };
  }>;
};

export type ShellPendingJoinRequestsQueryVariables = Exact<{
  communityId: string | number;
}>;

export type ShellPendingJoinRequestsQuery = { joinRequests: Array<{ id: string }> };

export type ShellYearAtAGlanceQueryVariables = Exact<{
  year: number;
  from: string;
}>;

export type ShellYearAtAGlanceQuery = {
  communities: { totalCount: number };
  systemPlan: {
    year: number;
    communitiesWithPlan: number;
    goalActions: number;
    workingGroupsStartedByMonth: Array<{ count: number }>;
  };
  meetings: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        startsAt: string;
        mode: MeetingMode;
        location: string | null;
      };
    }>;
  };
  searchResources: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        kind: ResourceKind;
        organization: { name: string } | null;
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
export const ShellSignedInPersonDocument = new TypedDocumentString(
  `
    query ShellSignedInPerson {
  me {
    id
    fullName
  }
}
    `,
  { hash: "sha256:bcfc1a0fcedae98cdffc28f105f26ecc8ba7a3032fec09eb19ea2bb4c63cdd9b" },
) as unknown as TypedDocumentString<ShellSignedInPersonQuery, ShellSignedInPersonQueryVariables>;
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
export const ShellMyAccessRequestDocument = new TypedDocumentString(
  `
    query ShellMyAccessRequest {
  myAccessRequest {
    id
    status
    createdAt
    rejectionReason
    organization {
      id
      name
    }
  }
}
    `,
  { hash: "sha256:42e33424ee35ae7164402882bda908ba13195ae1c10f41ceed61b48fe799e516" },
) as unknown as TypedDocumentString<ShellMyAccessRequestQuery, ShellMyAccessRequestQueryVariables>;
export const ShellOrganizationChoicesDocument = new TypedDocumentString(
  `
    query ShellOrganizationChoices($search: String) {
  organizations(first: 30, filter: {search: $search}) {
    totalCount
    edges {
      node {
        id
        name
        province
      }
    }
  }
}
    `,
  { hash: "sha256:f2e071847214f12257b19e28f4342c07fcd3a9cd1451c6af9c832833104591fa" },
) as unknown as TypedDocumentString<
  ShellOrganizationChoicesQuery,
  ShellOrganizationChoicesQueryVariables
>;
export const ShellRequestAccessDocument = new TypedDocumentString(
  `
    mutation ShellRequestAccess($input: RequestAccessInput!) {
  requestAccess(input: $input) {
    accessRequest {
      id
      status
      createdAt
      rejectionReason
      organization {
        id
        name
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:740ccff9bddb13887e1d6220671a45b6c9a1fea5ea48b1505f7bafc385d68443" },
) as unknown as TypedDocumentString<
  ShellRequestAccessMutation,
  ShellRequestAccessMutationVariables
>;
export const ShellWhatNeedsMeDocument = new TypedDocumentString(
  `
    query ShellWhatNeedsMe($year: Int!) {
  me {
    id
  }
  myCommunities(first: 20) {
    edges {
      node {
        id
        slug
        name
        nameEn
        calendarFeedUrl
        viewerCan {
          manage
        }
        meetings {
          id
          title
          kind
          startsAt
        }
        announcements {
          id
          title
          publishedAt
        }
      }
    }
  }
  cronoprogramma(year: $year) {
    id
    code
    title
    status
    progress
    timeline {
      plannedEnd
    }
    referents {
      id
    }
    plan {
      community {
        slug
      }
    }
  }
}
    `,
  { hash: "sha256:d9cd31eae9eceb3a00588001e0b953f3d2262bc5a03a106dcdacef7065051830" },
) as unknown as TypedDocumentString<ShellWhatNeedsMeQuery, ShellWhatNeedsMeQueryVariables>;
export const ShellPendingJoinRequestsDocument = new TypedDocumentString(
  `
    query ShellPendingJoinRequests($communityId: ID!) {
  joinRequests(communityId: $communityId, status: PENDING) {
    id
  }
}
    `,
  { hash: "sha256:4867784caf3ede88e59709e6b94c254a550a5a84e6665b0f5a97ef8122d3e908" },
) as unknown as TypedDocumentString<
  ShellPendingJoinRequestsQuery,
  ShellPendingJoinRequestsQueryVariables
>;
export const ShellYearAtAGlanceDocument = new TypedDocumentString(
  `
    query ShellYearAtAGlance($year: Int!, $from: DateTime!) {
  communities(first: 1) {
    totalCount
  }
  systemPlan(year: $year) {
    year
    communitiesWithPlan
    goalActions
    workingGroupsStartedByMonth {
      count
    }
  }
  meetings(first: 5, filter: {kind: PLENARIA, from: $from}) {
    edges {
      node {
        id
        title
        startsAt
        mode
        location
      }
    }
  }
  searchResources(first: 5) {
    edges {
      node {
        id
        title
        kind
        organization {
          name
        }
      }
    }
  }
}
    `,
  { hash: "sha256:6ce2edc6d94a0a599e9a40d5dae3ead6e91ce59a9a4b24ac2c0e29c53b7930c8" },
) as unknown as TypedDocumentString<ShellYearAtAGlanceQuery, ShellYearAtAGlanceQueryVariables>;
