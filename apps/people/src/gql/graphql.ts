/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a request to be added stands. PENDING: waiting for an administrator. APPROVED: a person was created or chosen and the identity linked. REJECTED: refused, with a reason (the caller may ask again). */
export type AccessRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** READ: queries only. READ_WRITE: mutations too (still as the user of the token). */
export type ApiKeyScope =
  | 'READ'
  | 'READ_WRITE';

export type CreateOrganizationInput = {
  /** yyyy-mm-dd */
  adheredOn?: string | null | undefined;
  ipaCode?: string | null | undefined;
  istatCode?: string | null | undefined;
  kind: OrganizationKind;
  name: string;
  province?: string | null | undefined;
  /** The Unione this Comune belongs to. */
  unionId?: string | number | null | undefined;
  website?: string | null | undefined;
};

export type IssueApiKeyInput = {
  /** Expiry instant (ISO 8601). */
  expiresAt?: string | null | undefined;
  name: string;
  organizationId: string | number;
  scope: ApiKeyScope;
};

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

/** A person not yet known to ComTem. */
export type NewPersonInput = {
  email: string;
  familyName: string;
  /** Fiscal code, e.g. RSSMRA80A01H501U (a SPID TINIT- prefix is accepted): the person's first sign-in with an identity provider that gives this fiscal code links itself to them (NOMINATION). Unique; seen only by the person and admins. */
  fiscalCode?: string | null | undefined;
  givenName: string;
  publicRole: string;
};

/** Give either personId (someone already known) or newPerson. */
export type NominatePersonInput = {
  /** Reference of the act, e.g. 'Decreto del Sindaco n. 12/2020'. */
  actReference: string;
  newPerson?: NewPersonInput | null | undefined;
  /** Date of the act, yyyy-mm-dd. */
  nominatedOn: string;
  organizationId: string | number;
  personId?: string | number | null | undefined;
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

export type RegisterUiSliceInput = {
  /** Null: platform-wide (admins only). */
  communityId?: string | number | null | undefined;
  /** Default true. */
  enabled?: boolean | null | undefined;
  exposedModule: string;
  /** Absolute URL of the remote's mf-manifest.json. */
  manifestUrl: string;
  name: string;
  remoteName: string;
  version: string;
};

/** System-wide roles. ADMIN: Lepida's operational coordination of ComTem. */
export type SystemRole =
  | 'ADMIN';

/** Fields to change; omitted fields keep their value, null clears. */
export type UpdateOrganizationInput = {
  /** yyyy-mm-dd */
  adheredOn?: string | null | undefined;
  ipaCode?: string | null | undefined;
  istatCode?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  name?: string | null | undefined;
  province?: string | null | undefined;
  unionId?: string | number | null | undefined;
  website?: string | null | undefined;
};

/** Profile fields; omitted fields keep their value. */
export type UpdateProfileInput = {
  availableToHelp?: boolean | null | undefined;
  bio?: string | null | undefined;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  phone?: string | null | undefined;
  publicRole?: string | null | undefined;
  skills?: Array<string> | null | undefined;
};

export type PendingAccessRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingAccessRequestsQuery = { accessRequests: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, email: string, message: string | null, createdAt: string, issuer: string, fiscalCode: string | null, organization: { id: string, name: string } | null } }> } };

export type ApproveAccessRequestMutationVariables = Exact<{
  id: string | number;
  personId?: string | number | null | undefined;
}>;


export type ApproveAccessRequestMutation = { approveAccessRequest: { accessRequest: { id: string, status: AccessRequestStatus, person: { id: string, fullName: string } | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type RejectAccessRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectAccessRequestMutation = { rejectAccessRequest: { accessRequest: { id: string, status: AccessRequestStatus, rejectionReason: string | null } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type AdminApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiKeysQuery = { apiKeys: Array<{ id: string, name: string, scope: ApiKeyScope, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, organization: { id: string, name: string } }> };

export type IssueApiKeyMutationVariables = Exact<{
  input: IssueApiKeyInput;
}>;


export type IssueApiKeyMutation = { issueApiKey: { secret: string | null, apiKey: { id: string, name: string, prefix: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type NominatePersonMutationVariables = Exact<{
  input: NominatePersonInput;
}>;


export type NominatePersonMutation = { nominatePerson: { nomination: { id: string, nominatedOn: string, actReference: string, organization: { id: string, name: string } } | null, person: { id: string, fullName: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { organization: { id: string, name: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type AdminOrganizationsQueryVariables = Exact<{
  search?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
}>;


export type AdminOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, ipaCode: string | null, province: string | null, adheredOn: string | null } }> } };

export type AdminOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrganizationQuery = { organization: { id: string, version: number, name: string, kind: OrganizationKind, ipaCode: string | null, istatCode: string | null, province: string | null, adheredOn: string | null, website: string | null, union: { id: string, name: string } | null } | null };

export type AdminPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPersonQuery = { person: { id: string, version: number, givenName: string, familyName: string, fullName: string, publicRole: string, bio: string | null, skills: Array<string>, availableToHelp: boolean, email: string | null, phone: string | null, organization: { id: string, name: string } } | null };

export type OrganizationChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
}>;


export type OrganizationChoicesQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, province: string | null } }> } };

export type PersonChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PersonChoicesQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, organization: { id: string, name: string } } }> } };

export type AdminActiveSlicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminActiveSlicesQuery = { uiSlices: Array<{ id: string, name: string }>, communities: { edges: Array<{ node: { id: string, name: string } }> } };

export type AdminSliceVersionsQueryVariables = Exact<{
  name: string;
}>;


export type AdminSliceVersionsQuery = { uiSliceVersions: Array<{ id: string, name: string, remoteName: string, manifestUrl: string, exposedModule: string, version: string, enabled: boolean, active: boolean, registeredAt: string, community: { id: string, name: string } | null }> };

export type SetUiSliceEnabledMutationVariables = Exact<{
  name: string;
  enabled: boolean;
}>;


export type SetUiSliceEnabledMutation = { setUiSliceEnabled: { uiSlice: { id: string, enabled: boolean } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type ActivateUiSliceVersionMutationVariables = Exact<{
  name: string;
  version: string;
}>;


export type ActivateUiSliceVersionMutation = { activateUiSliceVersion: { uiSlice: { id: string, version: string, active: boolean } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type AdminRegisterUiSliceMutationVariables = Exact<{
  input: RegisterUiSliceInput;
}>;


export type AdminRegisterUiSliceMutation = { registerUiSlice: { uiSlice: { id: string, name: string, version: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type PeopleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleViewerQuery = { me: { id: string, systemRoles: Array<SystemRole> } | null };

export type PeopleDirectoryQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
}>;


export type PeopleDirectoryQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, publicRole: string, skills: Array<string>, availableToHelp: boolean, organization: { id: string, name: string } } }> } };

export type OrganizationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationDetailQuery = { organization: { id: string, name: string, kind: OrganizationKind, ipaCode: string | null, province: string | null, website: string | null, adheredOn: string | null, union: { id: string, name: string } | null, members: Array<{ id: string, name: string }> } | null, people: { edges: Array<{ node: { id: string, fullName: string, publicRole: string } }> } };

export type UpdateMyProfileMutationVariables = Exact<{
  version: number;
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { person: { id: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdatePersonProfileMutationVariables = Exact<{
  personId: string | number;
  version: number;
  input: UpdateProfileInput;
}>;


export type UpdatePersonProfileMutation = { updateProfile: { person: { id: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, version: number, givenName: string, familyName: string, fullName: string, publicRole: string, bio: string | null, skills: Array<string>, availableToHelp: boolean, systemRoles: Array<SystemRole>, email: string | null, phone: string | null, organization: { id: string, name: string }, memberships: Array<{ id: string, role: MembershipRole, community: { id: string, name: string } }> | null } | null };

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

export const PendingAccessRequestsDocument = new TypedDocumentString(`
    query PendingAccessRequests {
  accessRequests(status: PENDING, first: 100) {
    totalCount
    edges {
      node {
        id
        fullName
        email
        message
        createdAt
        issuer
        fiscalCode
        organization {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:739737b086ec62d6b034aa2e813674b157c76751f65af6ce7f5dc838bdba7836"}) as unknown as TypedDocumentString<PendingAccessRequestsQuery, PendingAccessRequestsQueryVariables>;
export const ApproveAccessRequestDocument = new TypedDocumentString(`
    mutation ApproveAccessRequest($id: ID!, $personId: ID) {
  approveAccessRequest(id: $id, personId: $personId) {
    accessRequest {
      id
      status
      person {
        id
        fullName
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:c656f660e1a94d16eef71e0c6d0a335740de9b4288696cdde120d5478422c30b"}) as unknown as TypedDocumentString<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const RejectAccessRequestDocument = new TypedDocumentString(`
    mutation RejectAccessRequest($id: ID!, $reason: String!) {
  rejectAccessRequest(id: $id, reason: $reason) {
    accessRequest {
      id
      status
      rejectionReason
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:882247b53747307074fff92a47f98fd40033ff4885ad6e0a4c5f451bf4370e2c"}) as unknown as TypedDocumentString<RejectAccessRequestMutation, RejectAccessRequestMutationVariables>;
export const AdminApiKeysDocument = new TypedDocumentString(`
    query AdminApiKeys {
  apiKeys {
    id
    name
    scope
    prefix
    createdAt
    expiresAt
    revokedAt
    organization {
      id
      name
    }
  }
}
    `, {"hash":"sha256:24d2ba99715228d4e53cfbbee33d223e3abc14791cc479d1a42673c6a54e0c86"}) as unknown as TypedDocumentString<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const IssueApiKeyDocument = new TypedDocumentString(`
    mutation IssueApiKey($input: IssueApiKeyInput!) {
  issueApiKey(input: $input) {
    apiKey {
      id
      name
      prefix
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:7ca352123bf8bd57c1494a63e3711066acc4088bfb62e436a5565d82da6deacb"}) as unknown as TypedDocumentString<IssueApiKeyMutation, IssueApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `, {"hash":"sha256:c33b9c21076e9e331f7d8fa987f33c785a0e3f5fc987fc72cf21529cd18bd340"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const NominatePersonDocument = new TypedDocumentString(`
    mutation NominatePerson($input: NominatePersonInput!) {
  nominatePerson(input: $input) {
    nomination {
      id
      nominatedOn
      actReference
      organization {
        id
        name
      }
    }
    person {
      id
      fullName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:750cd81e5284537498d3183e98df660d70e5caee40e660f7ab201c282c99421a"}) as unknown as TypedDocumentString<NominatePersonMutation, NominatePersonMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:0f1444a9fb0e9148f09119f4dbb5e4a83c6603b5bd8c0b08b9a76a4e3d7d49de"}) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, version: $version, input: $input) {
    organization {
      id
      name
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:ea29b78462fb04634f6dcdd99380c8ea5c6c3bcd7945b56b861cb1f156acf64e"}) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const AdminOrganizationsDocument = new TypedDocumentString(`
    query AdminOrganizations($search: String, $kind: OrganizationKind) {
  organizations(first: 100, filter: {search: $search, kind: $kind}) {
    totalCount
    edges {
      node {
        id
        name
        kind
        ipaCode
        province
        adheredOn
      }
    }
  }
}
    `, {"hash":"sha256:0d154b9f25cb5ac5c56a348c919d26f9345b900216234e274c837923528039bd"}) as unknown as TypedDocumentString<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const AdminOrganizationDocument = new TypedDocumentString(`
    query AdminOrganization($id: ID!) {
  organization(id: $id) {
    id
    version
    name
    kind
    ipaCode
    istatCode
    province
    adheredOn
    website
    union {
      id
      name
    }
  }
}
    `, {"hash":"sha256:0b3ec56ced6f58cde3b3e1c5cac9d4d0fd82d3d3a7ad0068cb77eb59aa284e5b"}) as unknown as TypedDocumentString<AdminOrganizationQuery, AdminOrganizationQueryVariables>;
export const AdminPersonDocument = new TypedDocumentString(`
    query AdminPerson($id: ID!) {
  person(id: $id) {
    id
    version
    givenName
    familyName
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
  }
}
    `, {"hash":"sha256:96dd4859069b66b391cbe4aba5b04c3857e255503854992a3edce3d0bf18b619"}) as unknown as TypedDocumentString<AdminPersonQuery, AdminPersonQueryVariables>;
export const OrganizationChoicesDocument = new TypedDocumentString(`
    query OrganizationChoices($search: String, $kind: OrganizationKind) {
  organizations(first: 30, filter: {search: $search, kind: $kind}) {
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
    `, {"hash":"sha256:18c0845a1b63f56bc262a33cd4f5632ac4487a72356d37027083b1f53deb4233"}) as unknown as TypedDocumentString<OrganizationChoicesQuery, OrganizationChoicesQueryVariables>;
export const PersonChoicesDocument = new TypedDocumentString(`
    query PersonChoices($search: String) {
  people(first: 30, filter: {search: $search}) {
    totalCount
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
    `, {"hash":"sha256:8d6dfde3f14680477abf9bd1704a646e39f1e5f4d94e88a303ea800338503b1b"}) as unknown as TypedDocumentString<PersonChoicesQuery, PersonChoicesQueryVariables>;
export const AdminActiveSlicesDocument = new TypedDocumentString(`
    query AdminActiveSlices {
  uiSlices {
    id
    name
  }
  communities(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:b0a7c331d0775ca129759d0e2a27cedbdb958e0c6bd2dba28f6550e256a60975"}) as unknown as TypedDocumentString<AdminActiveSlicesQuery, AdminActiveSlicesQueryVariables>;
export const AdminSliceVersionsDocument = new TypedDocumentString(`
    query AdminSliceVersions($name: String!) {
  uiSliceVersions(name: $name) {
    id
    name
    remoteName
    manifestUrl
    exposedModule
    version
    enabled
    active
    registeredAt
    community {
      id
      name
    }
  }
}
    `, {"hash":"sha256:57a093c7997ffdd328214b78505fe07846a4bbf8666ab8a28645b4eedd8fba66"}) as unknown as TypedDocumentString<AdminSliceVersionsQuery, AdminSliceVersionsQueryVariables>;
export const SetUiSliceEnabledDocument = new TypedDocumentString(`
    mutation SetUiSliceEnabled($name: String!, $enabled: Boolean!) {
  setUiSliceEnabled(name: $name, enabled: $enabled) {
    uiSlice {
      id
      enabled
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:f74cfea3d0b6608e68c405ac77d6e62435a3e49050217fee63bb72fb03ab841f"}) as unknown as TypedDocumentString<SetUiSliceEnabledMutation, SetUiSliceEnabledMutationVariables>;
export const ActivateUiSliceVersionDocument = new TypedDocumentString(`
    mutation ActivateUiSliceVersion($name: String!, $version: String!) {
  activateUiSliceVersion(name: $name, version: $version) {
    uiSlice {
      id
      version
      active
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:4be042ffad24a45a28fa7e93a90ce856e6d85b10992bdbc4e824c850330276d0"}) as unknown as TypedDocumentString<ActivateUiSliceVersionMutation, ActivateUiSliceVersionMutationVariables>;
export const AdminRegisterUiSliceDocument = new TypedDocumentString(`
    mutation AdminRegisterUiSlice($input: RegisterUiSliceInput!) {
  registerUiSlice(input: $input) {
    uiSlice {
      id
      name
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:0149023b803d7536a8a0eb6d27f6140bb8bc0dc8f5c6d643980291fa070d235e"}) as unknown as TypedDocumentString<AdminRegisterUiSliceMutation, AdminRegisterUiSliceMutationVariables>;
export const PeopleViewerDocument = new TypedDocumentString(`
    query PeopleViewer {
  me {
    id
    systemRoles
  }
}
    `, {"hash":"sha256:453ce2be5f3a95bd4d3b22d49a5ff764061caf3280f5dee77c2bc8d0a114a44d"}) as unknown as TypedDocumentString<PeopleViewerQuery, PeopleViewerQueryVariables>;
export const PeopleDirectoryDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:08f33b664b91cb0dffd846ca4421e1403fc2350a171ebe797ddb1812f0cfc51c"}) as unknown as TypedDocumentString<PeopleDirectoryQuery, PeopleDirectoryQueryVariables>;
export const OrganizationDetailDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:2fc1ab28ce3d0be00afca6ab672257e45c7f44b67922a5ecb1d3acafac5591db"}) as unknown as TypedDocumentString<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($version: Int!, $input: UpdateProfileInput!) {
  updateMyProfile(version: $version, input: $input) {
    person {
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
    `, {"hash":"sha256:7403c551982063e3ff10dc6d6dadd47aaee3ddddb3399399db5ad2807a64c273"}) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const UpdatePersonProfileDocument = new TypedDocumentString(`
    mutation UpdatePersonProfile($personId: ID!, $version: Int!, $input: UpdateProfileInput!) {
  updateProfile(personId: $personId, version: $version, input: $input) {
    person {
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
    `, {"hash":"sha256:d3d7e957f1536d9d7229762836939587c06680d58b20a61d4bc337812ab52e08"}) as unknown as TypedDocumentString<UpdatePersonProfileMutation, UpdatePersonProfileMutationVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    id
    version
    givenName
    familyName
    fullName
    publicRole
    bio
    skills
    availableToHelp
    systemRoles
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
    `, {"hash":"sha256:880821152e4fb833df61f42bd90d0b890f004a5af1996badd597f6d2f5654936"}) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;