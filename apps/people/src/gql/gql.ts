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
    "\n  query PendingAccessRequests {\n    accessRequests(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          message\n          createdAt\n          issuer\n          fiscalCode\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingAccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($id: ID!, $personId: ID) {\n    approveAccessRequest(id: $id, personId: $personId) {\n      accessRequest {\n        id\n        status\n        person {\n          id\n          fullName\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ApproveAccessRequestDocument,
    "\n  mutation RejectAccessRequest($id: ID!, $reason: String!) {\n    rejectAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RejectAccessRequestDocument,
    "\n  query AdminApiKeys {\n    apiKeys {\n      id\n      name\n      scope\n      prefix\n      createdAt\n      expiresAt\n      revokedAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IssueApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation NominatePerson($input: NominatePersonInput!) {\n    nominatePerson(input: $input) {\n      nomination {\n        id\n        nominatedOn\n        actReference\n        organization {\n          id\n          name\n        }\n      }\n      person {\n        id\n        fullName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.NominatePersonDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      organization {\n        id\n        name\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query AdminOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 100, filter: { search: $search, kind: $kind }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          ipaCode\n          province\n          adheredOn\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      name\n      kind\n      ipaCode\n      istatCode\n      province\n      adheredOn\n      website\n      union {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminOrganizationDocument,
    "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      email\n      phone\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminPersonDocument,
    "\n  query OrganizationChoices($search: String, $kind: OrganizationKind) {\n    organizations(first: 30, filter: { search: $search, kind: $kind }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n": typeof types.OrganizationChoicesDocument,
    "\n  query PersonChoices($search: String) {\n    people(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonChoicesDocument,
    "\n  query AdminActiveSlices {\n    uiSlices {\n      id\n      name\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminActiveSlicesDocument,
    "\n  query AdminSliceVersions($name: String!) {\n    uiSliceVersions(name: $name) {\n      id\n      name\n      remoteName\n      manifestUrl\n      exposedModule\n      version\n      enabled\n      active\n      registeredAt\n      community {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminSliceVersionsDocument,
    "\n  mutation SetUiSliceEnabled($name: String!, $enabled: Boolean!) {\n    setUiSliceEnabled(name: $name, enabled: $enabled) {\n      uiSlice {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetUiSliceEnabledDocument,
    "\n  mutation ActivateUiSliceVersion($name: String!, $version: String!) {\n    activateUiSliceVersion(name: $name, version: $version) {\n      uiSlice {\n        id\n        version\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ActivateUiSliceVersionDocument,
    "\n  mutation AdminRegisterUiSlice($input: RegisterUiSliceInput!) {\n    registerUiSlice(input: $input) {\n      uiSlice {\n        id\n        name\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AdminRegisterUiSliceDocument,
    "\n  query PeopleViewer {\n    me {\n      id\n      systemRoles\n    }\n  }\n": typeof types.PeopleViewerDocument,
    "\n  query PeopleDirectory($filter: PersonFilter) {\n    people(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n          skills\n          availableToHelp\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      ipaCode\n      province\n      website\n      adheredOn\n      union {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n    people(first: 100, filter: { organizationId: $id }) {\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  mutation UpdateMyProfile($version: Int!, $input: UpdateProfileInput!) {\n    updateMyProfile(version: $version, input: $input) {\n      person {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation UpdatePersonProfile($personId: ID!, $version: Int!, $input: UpdateProfileInput!) {\n    updateProfile(personId: $personId, version: $version, input: $input) {\n      person {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdatePersonProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      version\n      givenName\n      familyName\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      systemRoles\n      email\n      phone\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
};
const documents: Documents = {
    "\n  query PendingAccessRequests {\n    accessRequests(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          message\n          createdAt\n          issuer\n          fiscalCode\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PendingAccessRequestsDocument,
    "\n  mutation ApproveAccessRequest($id: ID!, $personId: ID) {\n    approveAccessRequest(id: $id, personId: $personId) {\n      accessRequest {\n        id\n        status\n        person {\n          id\n          fullName\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ApproveAccessRequestDocument,
    "\n  mutation RejectAccessRequest($id: ID!, $reason: String!) {\n    rejectAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RejectAccessRequestDocument,
    "\n  query AdminApiKeys {\n    apiKeys {\n      id\n      name\n      scope\n      prefix\n      createdAt\n      expiresAt\n      revokedAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IssueApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation NominatePerson($input: NominatePersonInput!) {\n    nominatePerson(input: $input) {\n      nomination {\n        id\n        nominatedOn\n        actReference\n        organization {\n          id\n          name\n        }\n      }\n      person {\n        id\n        fullName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.NominatePersonDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      organization {\n        id\n        name\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query AdminOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 100, filter: { search: $search, kind: $kind }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          ipaCode\n          province\n          adheredOn\n        }\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      name\n      kind\n      ipaCode\n      istatCode\n      province\n      adheredOn\n      website\n      union {\n        id\n        name\n      }\n    }\n  }\n": types.AdminOrganizationDocument,
    "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      email\n      phone\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AdminPersonDocument,
    "\n  query OrganizationChoices($search: String, $kind: OrganizationKind) {\n    organizations(first: 30, filter: { search: $search, kind: $kind }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n": types.OrganizationChoicesDocument,
    "\n  query PersonChoices($search: String) {\n    people(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PersonChoicesDocument,
    "\n  query AdminActiveSlices {\n    uiSlices {\n      id\n      name\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminActiveSlicesDocument,
    "\n  query AdminSliceVersions($name: String!) {\n    uiSliceVersions(name: $name) {\n      id\n      name\n      remoteName\n      manifestUrl\n      exposedModule\n      version\n      enabled\n      active\n      registeredAt\n      community {\n        id\n        name\n      }\n    }\n  }\n": types.AdminSliceVersionsDocument,
    "\n  mutation SetUiSliceEnabled($name: String!, $enabled: Boolean!) {\n    setUiSliceEnabled(name: $name, enabled: $enabled) {\n      uiSlice {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetUiSliceEnabledDocument,
    "\n  mutation ActivateUiSliceVersion($name: String!, $version: String!) {\n    activateUiSliceVersion(name: $name, version: $version) {\n      uiSlice {\n        id\n        version\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ActivateUiSliceVersionDocument,
    "\n  mutation AdminRegisterUiSlice($input: RegisterUiSliceInput!) {\n    registerUiSlice(input: $input) {\n      uiSlice {\n        id\n        name\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AdminRegisterUiSliceDocument,
    "\n  query PeopleViewer {\n    me {\n      id\n      systemRoles\n    }\n  }\n": types.PeopleViewerDocument,
    "\n  query PeopleDirectory($filter: PersonFilter) {\n    people(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n          skills\n          availableToHelp\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      ipaCode\n      province\n      website\n      adheredOn\n      union {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n    people(first: 100, filter: { organizationId: $id }) {\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n        }\n      }\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  mutation UpdateMyProfile($version: Int!, $input: UpdateProfileInput!) {\n    updateMyProfile(version: $version, input: $input) {\n      person {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation UpdatePersonProfile($personId: ID!, $version: Int!, $input: UpdateProfileInput!) {\n    updateProfile(personId: $personId, version: $version, input: $input) {\n      person {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdatePersonProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      version\n      givenName\n      familyName\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      systemRoles\n      email\n      phone\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingAccessRequests {\n    accessRequests(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          message\n          createdAt\n          issuer\n          fiscalCode\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingAccessRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccessRequest($id: ID!, $personId: ID) {\n    approveAccessRequest(id: $id, personId: $personId) {\n      accessRequest {\n        id\n        status\n        person {\n          id\n          fullName\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveAccessRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAccessRequest($id: ID!, $reason: String!) {\n    rejectAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        rejectionReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RejectAccessRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys {\n    apiKeys {\n      id\n      name\n      scope\n      prefix\n      createdAt\n      expiresAt\n      revokedAt\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').IssueApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominatePerson($input: NominatePersonInput!) {\n    nominatePerson(input: $input) {\n      nomination {\n        id\n        nominatedOn\n        actReference\n        organization {\n          id\n          name\n        }\n      }\n      person {\n        id\n        fullName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').NominatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      organization {\n        id\n        name\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 100, filter: { search: $search, kind: $kind }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          ipaCode\n          province\n          adheredOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      name\n      kind\n      ipaCode\n      istatCode\n      province\n      adheredOn\n      website\n      union {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      email\n      phone\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChoices($search: String, $kind: OrganizationKind) {\n    organizations(first: 30, filter: { search: $search, kind: $kind }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonChoices($search: String) {\n    people(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminActiveSlices {\n    uiSlices {\n      id\n      name\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminActiveSlicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSliceVersions($name: String!) {\n    uiSliceVersions(name: $name) {\n      id\n      name\n      remoteName\n      manifestUrl\n      exposedModule\n      version\n      enabled\n      active\n      registeredAt\n      community {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSliceVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUiSliceEnabled($name: String!, $enabled: Boolean!) {\n    setUiSliceEnabled(name: $name, enabled: $enabled) {\n      uiSlice {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SetUiSliceEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateUiSliceVersion($name: String!, $version: String!) {\n    activateUiSliceVersion(name: $name, version: $version) {\n      uiSlice {\n        id\n        version\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ActivateUiSliceVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterUiSlice($input: RegisterUiSliceInput!) {\n    registerUiSlice(input: $input) {\n      uiSlice {\n        id\n        name\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRegisterUiSliceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleViewer {\n    me {\n      id\n      systemRoles\n    }\n  }\n"): typeof import('./graphql').PeopleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($filter: PersonFilter) {\n    people(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n          skills\n          availableToHelp\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      ipaCode\n      province\n      website\n      adheredOn\n      union {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n    people(first: 100, filter: { organizationId: $id }) {\n      edges {\n        node {\n          id\n          fullName\n          publicRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($version: Int!, $input: UpdateProfileInput!) {\n    updateMyProfile(version: $version, input: $input) {\n      person {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonProfile($personId: ID!, $version: Int!, $input: UpdateProfileInput!) {\n    updateProfile(personId: $personId, version: $version, input: $input) {\n      person {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdatePersonProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      version\n      givenName\n      familyName\n      fullName\n      publicRole\n      bio\n      skills\n      availableToHelp\n      systemRoles\n      email\n      phone\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
