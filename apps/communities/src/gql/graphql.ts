/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
export type AddMembershipInput = {
  communityId: string | number;
  /** The organization the person represents in this community. */
  organizationId: string | number;
  personId: string | number;
  role: MembershipRole;
  /** yyyy-mm-dd; default today (Rome). */
  since?: string | null | undefined;
};

export type AttendeeInput = {
  /** Default: the organization of the person's membership in the community. */
  organizationId?: string | number | null | undefined;
  personId: string | number;
};

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

export type CreateCommunityInput = {
  /** yyyy-mm-dd */
  activeFrom: string;
  declaratoria: DeclaratoriaInput;
  kind: CommunityKind;
  name: string;
  nameEn: string;
  slug: string;
};

export type CreateContributionInput = {
  communityId: string | number;
  description: string;
  kind: ContributionKind;
  /** The meeting it was raised at, if any. */
  meetingId?: string | number | null | undefined;
  /** Default: the organization the caller represents in this community. */
  organizationId?: string | number | null | undefined;
  title: string;
};

export type CreateMeetingInput = {
  agenda?: string | null | undefined;
  /** Null only for a system-wide PLENARIA. */
  communityId?: string | number | null | undefined;
  /** Length in minutes (1 to 1440). */
  durationMinutes?: number | null | undefined;
  endsAt?: string | null | undefined;
  kind: MeetingKind;
  /** https URL of the video call. */
  link?: string | null | undefined;
  /** Europe/Rome wall time. */
  localEnd?: string | null | undefined;
  /** Europe/Rome wall time, e.g. 2020-03-30T10:00 (DST handled). */
  localStart?: string | null | undefined;
  location?: string | null | undefined;
  mode: MeetingMode;
  /** e.g. 2020-03-30T10:00:00+02:00 */
  startsAt?: string | null | undefined;
  title: string;
};

export type DeclaratoriaInput = {
  expectedResults: string;
  longTermObjectives: string;
  mission: string;
  participantProfile: string;
  perimeter: string;
  themes: Array<string>;
};

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

export type PublishAnnouncementInput = {
  /** Plain text; stored as given, never sanitized or trusted as HTML. */
  body: string;
  /** Null: the whole system (admins only). */
  communityId?: string | number | null | undefined;
  title: string;
  /** Topic tags, e.g. lavoro-agile. */
  topics?: Array<string> | null | undefined;
};

export type RequestToJoinInput = {
  communityId: string | number;
  motivation: string;
  /** The organization the requester would represent: their own (the one the people subgraph records for them); another organization is FORBIDDEN, except for admins. */
  organizationId: string | number;
};

/** System-wide roles. ADMIN: Lepida's operational coordination of ComTem. */
export type SystemRole = "ADMIN";

/** Fields to change; omitted fields keep their value. */
export type UpdateCommunityInput = {
  /** yyyy-mm-dd; null reopens. */
  activeTo?: string | null | undefined;
  declaratoria?: DeclaratoriaInput | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
};

/** Fields to change; omitted fields keep their value, null clears. */
export type UpdateMeetingInput = {
  agenda?: string | null | undefined;
  /** Length in minutes (1 to 1440). */
  durationMinutes?: number | null | undefined;
  endsAt?: string | null | undefined;
  link?: string | null | undefined;
  /** Europe/Rome wall time. */
  localEnd?: string | null | undefined;
  /** Europe/Rome wall time, e.g. 2020-03-30T10:00 (DST handled). */
  localStart?: string | null | undefined;
  location?: string | null | undefined;
  minutes?: string | null | undefined;
  mode?: MeetingMode | null | undefined;
  /** e.g. 2020-03-30T10:00:00+02:00 */
  startsAt?: string | null | undefined;
  title?: string | null | undefined;
};

export type CommunitiesFindPeopleQueryVariables = Exact<{
  search: string;
}>;

export type CommunitiesFindPeopleQuery = {
  people: {
    edges: Array<{
      node: { id: string; fullName: string; organization: { id: string; name: string } };
    }>;
  };
};

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;

export type AddMembershipMutation = {
  addMembership: {
    membership: { id: string } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type PublishAnnouncementMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;

export type PublishAnnouncementMutation = {
  publishAnnouncement: {
    announcement: { id: string } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;

export type CreateCommunityMutation = {
  createCommunity: {
    community: { id: string; slug: string } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type UpdateCommunityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateCommunityInput;
}>;

export type UpdateCommunityMutation = {
  updateCommunity: {
    community: { id: string; slug: string; version: number } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type CommunityDetailQueryVariables = Exact<{
  slug: string;
}>;

export type CommunityDetailQuery = {
  community: {
    id: string;
    version: number;
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
      person: { id: string; fullName: string } | null;
      organization: { id: string; name: string } | null;
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
      version: number;
      kind: ContributionKind;
      status: ContributionStatus;
      title: string;
      description: string;
      organization: { name: string } | null;
      goalActions: Array<{
        id: string;
        code: string;
        title: string;
        plan: { year: number };
      }> | null;
    }>;
    announcements: Array<{
      id: string;
      title: string;
      body: string;
      publishedAt: string;
      author: { fullName: string } | null;
    }>;
  } | null;
};

export type CreateContributionMutationVariables = Exact<{
  input: CreateContributionInput;
}>;

export type CreateContributionMutation = {
  createContribution: {
    contribution: { id: string } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type SetContributionStatusMutationVariables = Exact<{
  id: string | number;
  version: number;
  status: ContributionStatus;
}>;

export type SetContributionStatusMutation = {
  setContributionStatus: {
    contribution: { id: string; status: ContributionStatus; version: number } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type PendingJoinRequestsQueryVariables = Exact<{
  communityId: string | number;
}>;

export type PendingJoinRequestsQuery = {
  joinRequests: Array<{
    id: string;
    motivation: string;
    createdAt: string;
    person: { id: string; fullName: string } | null;
    organization: { id: string; name: string } | null;
  }>;
};

export type ApproveJoinRequestMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveJoinRequestMutation = {
  approveJoinRequest: {
    joinRequest: { id: string; status: JoinRequestStatus } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type RejectJoinRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectJoinRequestMutation = {
  rejectJoinRequest: {
    joinRequest: { id: string; status: JoinRequestStatus } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
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

export type WithdrawJoinRequestMutationVariables = Exact<{
  id: string | number;
}>;

export type WithdrawJoinRequestMutation = {
  withdrawJoinRequest: {
    joinRequest: { id: string; status: JoinRequestStatus } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type EndMembershipMutationVariables = Exact<{
  id: string | number;
}>;

export type EndMembershipMutation = {
  endMembership: {
    membership: { id: string; active: boolean } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type CommunityViewerQueryVariables = Exact<{
  communityId: string | number;
}>;

export type CommunityViewerQuery = {
  community: {
    id: string;
    viewerCan: {
      manage: boolean;
      organize: boolean;
      requestToJoin: boolean;
      contribute: boolean;
      registerForMeetings: boolean;
    };
  } | null;
  me: {
    id: string;
    fullName: string;
    organization: { id: string; name: string };
    memberships: Array<{ id: string; role: MembershipRole; community: { id: string } }> | null;
  } | null;
  myJoinRequests: Array<{ id: string; status: JoinRequestStatus; community: { id: string } }>;
};

export type CommunitiesListQueryVariables = Exact<{ [key: string]: never }>;

export type CommunitiesListQuery = {
  me: { id: string; systemRoles: Array<SystemRole> } | null;
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

export type SetMeetingAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  attendees: Array<AttendeeInput> | AttendeeInput;
}>;

export type SetMeetingAttendanceMutation = {
  setMeetingAttendance: {
    meeting: { id: string; attendanceCount: number } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;

export type CreateMeetingMutation = {
  createMeeting: {
    meeting: { id: string } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type UpdateMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;

export type UpdateMeetingMutation = {
  updateMeeting: {
    meeting: { id: string; version: number } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingDetailQuery = {
  meeting: {
    id: string;
    version: number;
    kind: MeetingKind;
    mode: MeetingMode;
    title: string;
    startsAt: string;
    endsAt: string;
    location: string | null;
    link: string | null;
    agenda: string | null;
    minutes: string | null;
    registrationCount: number;
    attendanceCount: number;
    community: {
      id: string;
      slug: string;
      name: string;
      nameEn: string;
      memberships: Array<{
        id: string;
        person: { id: string; fullName: string } | null;
        organization: { id: string; name: string } | null;
      }>;
      contributions: Array<{
        id: string;
        kind: ContributionKind;
        title: string;
        meeting: { id: string } | null;
        organization: { name: string } | null;
      }>;
    } | null;
    registrations: Array<{ registeredAt: string; person: { id: string; fullName: string } | null }>;
    attendance: Array<{
      person: { id: string; fullName: string } | null;
      organization: { id: string; name: string } | null;
    }>;
  } | null;
};

export type RegisterForMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type RegisterForMeetingMutation = {
  registerForMeeting: {
    meeting: { id: string; registrationCount: number } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
  };
};

export type UnregisterFromMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type UnregisterFromMeetingMutation = {
  unregisterFromMeeting: {
    meeting: { id: string; registrationCount: number } | null;
    userErrors: Array<{ code: string; field: string | null; message: string }>;
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

export const CommunitiesFindPeopleDocument = new TypedDocumentString(
  `
    query CommunitiesFindPeople($search: String!) {
  people(first: 10, filter: {search: $search}) {
    edges {
      node {
        id
        fullName
        organization {
          id
          name
        }
      }
    }
  }
}
    `,
  { hash: "sha256:93590e3651a6bfa2229ddaef8b67c5083f535e6e9d5ad2c8f1ea0624827027a7" },
) as unknown as TypedDocumentString<
  CommunitiesFindPeopleQuery,
  CommunitiesFindPeopleQueryVariables
>;
export const AddMembershipDocument = new TypedDocumentString(
  `
    mutation AddMembership($input: AddMembershipInput!) {
  addMembership(input: $input) {
    membership {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:4c26161450aaff4eea77872998201d6d9f17132358297db6e2f34fa9415d9ead" },
) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const PublishAnnouncementDocument = new TypedDocumentString(
  `
    mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
  publishAnnouncement(input: $input) {
    announcement {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:f83f94d5f84f092a1bc999c042ec27fc428d9021e1a1ee27185212b88d44028b" },
) as unknown as TypedDocumentString<
  PublishAnnouncementMutation,
  PublishAnnouncementMutationVariables
>;
export const CreateCommunityDocument = new TypedDocumentString(
  `
    mutation CreateCommunity($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    community {
      id
      slug
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:aa742651e6b1614516cccdb196b914ad417fccb67ee7f33bef2faf7fc997a70b" },
) as unknown as TypedDocumentString<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const UpdateCommunityDocument = new TypedDocumentString(
  `
    mutation UpdateCommunity($id: ID!, $version: Int!, $input: UpdateCommunityInput!) {
  updateCommunity(id: $id, version: $version, input: $input) {
    community {
      id
      slug
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:a2bcaee5e2ffd5307cce8c612f870a0478cceac96672cc30de5714b40d772220" },
) as unknown as TypedDocumentString<UpdateCommunityMutation, UpdateCommunityMutationVariables>;
export const CommunityDetailDocument = new TypedDocumentString(
  `
    query CommunityDetail($slug: String!) {
  community(slug: $slug) {
    id
    version
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
      version
      kind
      status
      title
      description
      organization {
        name
      }
      goalActions {
        id
        code
        title
        plan {
          year
        }
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
  { hash: "sha256:de6f096f468e4bf455c760e27eb98c073a9c1d275e7aa9b74a93a828b2235a6f" },
) as unknown as TypedDocumentString<CommunityDetailQuery, CommunityDetailQueryVariables>;
export const CreateContributionDocument = new TypedDocumentString(
  `
    mutation CreateContribution($input: CreateContributionInput!) {
  createContribution(input: $input) {
    contribution {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:fe769ca6ab9839cc22344c9eefa1174506138fb6fa2e3f496a2796116fad8685" },
) as unknown as TypedDocumentString<
  CreateContributionMutation,
  CreateContributionMutationVariables
>;
export const SetContributionStatusDocument = new TypedDocumentString(
  `
    mutation SetContributionStatus($id: ID!, $version: Int!, $status: ContributionStatus!) {
  setContributionStatus(id: $id, version: $version, status: $status) {
    contribution {
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
    `,
  { hash: "sha256:806be3f66ebb9185baba92b4f792c6e2d3e1d75796a37ceb69a6bc798a70e404" },
) as unknown as TypedDocumentString<
  SetContributionStatusMutation,
  SetContributionStatusMutationVariables
>;
export const PendingJoinRequestsDocument = new TypedDocumentString(
  `
    query PendingJoinRequests($communityId: ID!) {
  joinRequests(communityId: $communityId, status: PENDING) {
    id
    motivation
    createdAt
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
    `,
  { hash: "sha256:fc0187c1caf57c361b33dc44f67b5d5fc0ea9c61a08054a4fcae08be373bbe62" },
) as unknown as TypedDocumentString<PendingJoinRequestsQuery, PendingJoinRequestsQueryVariables>;
export const ApproveJoinRequestDocument = new TypedDocumentString(
  `
    mutation ApproveJoinRequest($id: ID!) {
  approveJoinRequest(id: $id) {
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
  { hash: "sha256:f4cdd80bed545d830a1ac04fcc8e68e491449b296a23dea7838c6b2f63f72177" },
) as unknown as TypedDocumentString<
  ApproveJoinRequestMutation,
  ApproveJoinRequestMutationVariables
>;
export const RejectJoinRequestDocument = new TypedDocumentString(
  `
    mutation RejectJoinRequest($id: ID!, $reason: String!) {
  rejectJoinRequest(id: $id, reason: $reason) {
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
  { hash: "sha256:c2c494805c7701bd68f77a15d782b274c966d4b5852020763a96ec1a509529f5" },
) as unknown as TypedDocumentString<RejectJoinRequestMutation, RejectJoinRequestMutationVariables>;
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
export const WithdrawJoinRequestDocument = new TypedDocumentString(
  `
    mutation WithdrawJoinRequest($id: ID!) {
  withdrawJoinRequest(id: $id) {
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
  { hash: "sha256:087666e09d4047001799958acdfddc7e9f8db4678a66ddc872ac5afd35dfbf2d" },
) as unknown as TypedDocumentString<
  WithdrawJoinRequestMutation,
  WithdrawJoinRequestMutationVariables
>;
export const EndMembershipDocument = new TypedDocumentString(
  `
    mutation EndMembership($id: ID!) {
  endMembership(id: $id) {
    membership {
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
    `,
  { hash: "sha256:fab7c718254cbc7a7f459243920e055b7addea40bfa668b085a57487a8feafe4" },
) as unknown as TypedDocumentString<EndMembershipMutation, EndMembershipMutationVariables>;
export const CommunityViewerDocument = new TypedDocumentString(
  `
    query CommunityViewer($communityId: ID!) {
  community(id: $communityId) {
    id
    viewerCan {
      manage
      organize
      requestToJoin
      contribute
      registerForMeetings
    }
  }
  me {
    id
    fullName
    organization {
      id
      name
    }
    memberships {
      id
      role
      community {
        id
      }
    }
  }
  myJoinRequests {
    id
    status
    community {
      id
    }
  }
}
    `,
  { hash: "sha256:2d23f001c3c0b4e372ee2b4096904b418bf40c34c9bc3db2f5b6006f40ffc469" },
) as unknown as TypedDocumentString<CommunityViewerQuery, CommunityViewerQueryVariables>;
export const CommunitiesListDocument = new TypedDocumentString(
  `
    query CommunitiesList {
  me {
    id
    systemRoles
  }
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
  { hash: "sha256:75b65bbf37da83f8ea5bdc1e9c79c9cc831a0fbb43af0fa4832c90d687c50d5c" },
) as unknown as TypedDocumentString<CommunitiesListQuery, CommunitiesListQueryVariables>;
export const SetMeetingAttendanceDocument = new TypedDocumentString(
  `
    mutation SetMeetingAttendance($meetingId: ID!, $attendees: [AttendeeInput!]!) {
  setMeetingAttendance(meetingId: $meetingId, attendees: $attendees) {
    meeting {
      id
      attendanceCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:63290553c385b7ae762b9709b384b9f88fb0c2465973e654949a3fa43f1f3a5c" },
) as unknown as TypedDocumentString<
  SetMeetingAttendanceMutation,
  SetMeetingAttendanceMutationVariables
>;
export const CreateMeetingDocument = new TypedDocumentString(
  `
    mutation CreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    meeting {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:dd9b7b632ab4534b71db2d943a1fef2012de3704cddc3bd8de595348b8948b16" },
) as unknown as TypedDocumentString<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(
  `
    mutation UpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    meeting {
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
    `,
  { hash: "sha256:6388cda81922dfecdc4d7aac8dacd0671950c097ebbcb99f94f60da27b64e78c" },
) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const MeetingDetailDocument = new TypedDocumentString(
  `
    query MeetingDetail($id: ID!) {
  meeting(id: $id) {
    id
    version
    kind
    mode
    title
    startsAt
    endsAt
    location
    link
    agenda
    minutes
    registrationCount
    attendanceCount
    community {
      id
      slug
      name
      nameEn
      memberships {
        id
        person {
          id
          fullName
        }
        organization {
          id
          name
        }
      }
      contributions {
        id
        kind
        title
        meeting {
          id
        }
        organization {
          name
        }
      }
    }
    registrations {
      registeredAt
      person {
        id
        fullName
      }
    }
    attendance {
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
    `,
  { hash: "sha256:99831e195647be6b81a4fa3b016743eb06c85d9412e89250faa25fde4697ebdd" },
) as unknown as TypedDocumentString<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const RegisterForMeetingDocument = new TypedDocumentString(
  `
    mutation RegisterForMeeting($meetingId: ID!) {
  registerForMeeting(meetingId: $meetingId) {
    meeting {
      id
      registrationCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:681d0bb2bb8e52ee4019a7f531647712a58052c52f26b0b0043a3b398b645af8" },
) as unknown as TypedDocumentString<
  RegisterForMeetingMutation,
  RegisterForMeetingMutationVariables
>;
export const UnregisterFromMeetingDocument = new TypedDocumentString(
  `
    mutation UnregisterFromMeeting($meetingId: ID!) {
  unregisterFromMeeting(meetingId: $meetingId) {
    meeting {
      id
      registrationCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `,
  { hash: "sha256:02f024c7f90ec72370be6f9824dcebdd770c6d6ee327efb279a4f35f1faeaeb7" },
) as unknown as TypedDocumentString<
  UnregisterFromMeetingMutation,
  UnregisterFromMeetingMutationVariables
>;
