/* eslint-disable */
import * as types from "./graphql";

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
  "\n  query CommunitiesFindPeople($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesFindPeopleDocument;
  "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AddMembershipDocument;
  "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PublishAnnouncementDocument;
  "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      community {\n        id\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateCommunityDocument;
  "\n  mutation UpdateCommunity($id: ID!, $version: Int!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, version: $version, input: $input) {\n      community {\n        id\n        slug\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateCommunityDocument;
  "\n  query CommunityDetail($slug: String!) {\n    community(slug: $slug) {\n      id\n      version\n      slug\n      name\n      nameEn\n      kind\n      activeFrom\n      calendarFeedUrl\n      declaratoria {\n        themes\n        mission\n        perimeter\n        longTermObjectives\n        expectedResults\n        participantProfile\n      }\n      memberships {\n        id\n        role\n        since\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n      meetings {\n        id\n        kind\n        mode\n        title\n        startsAt\n        endsAt\n        location\n      }\n      contributions {\n        id\n        version\n        kind\n        status\n        title\n        description\n        organization {\n          name\n        }\n        goalActions {\n          id\n          code\n          title\n          plan {\n            year\n          }\n        }\n      }\n      announcements {\n        id\n        title\n        body\n        publishedAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.CommunityDetailDocument;
  "\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      contribution {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateContributionDocument;
  "\n  mutation SetContributionStatus($id: ID!, $version: Int!, $status: ContributionStatus!) {\n    setContributionStatus(id: $id, version: $version, status: $status) {\n      contribution {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetContributionStatusDocument;
  "\n  query PendingJoinRequests($communityId: ID!) {\n    joinRequests(communityId: $communityId, status: PENDING) {\n      id\n      motivation\n      createdAt\n      person {\n        id\n        fullName\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PendingJoinRequestsDocument;
  "\n  mutation ApproveJoinRequest($id: ID!) {\n    approveJoinRequest(id: $id) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ApproveJoinRequestDocument;
  "\n  mutation RejectJoinRequest($id: ID!, $reason: String!) {\n    rejectJoinRequest(id: $id, reason: $reason) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RejectJoinRequestDocument;
  "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RequestToJoinDocument;
  "\n  mutation WithdrawJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.WithdrawJoinRequestDocument;
  "\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      membership {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EndMembershipDocument;
  "\n  query CommunityViewer($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      viewerCan {\n        manage\n        organize\n        requestToJoin\n        contribute\n        registerForMeetings\n      }\n    }\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n        }\n      }\n    }\n    myJoinRequests {\n      id\n      status\n      community {\n        id\n      }\n    }\n  }\n": typeof types.CommunityViewerDocument;
  "\n  query CommunitiesList {\n    me {\n      id\n      systemRoles\n    }\n    communities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          kind\n          declaratoria {\n            mission\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesListDocument;
  "\n  mutation SetMeetingAttendance($meetingId: ID!, $attendees: [AttendeeInput!]!) {\n    setMeetingAttendance(meetingId: $meetingId, attendees: $attendees) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetMeetingAttendanceDocument;
  "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateMeetingDocument;
  "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      meeting {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateMeetingDocument;
  "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      kind\n      mode\n      title\n      startsAt\n      endsAt\n      location\n      link\n      agenda\n      minutes\n      registrationCount\n      attendanceCount\n      community {\n        id\n        slug\n        name\n        nameEn\n        memberships {\n          id\n          person {\n            id\n            fullName\n          }\n          organization {\n            id\n            name\n          }\n        }\n        contributions {\n          id\n          kind\n          title\n          meeting {\n            id\n          }\n          organization {\n            name\n          }\n        }\n      }\n      registrations {\n        registeredAt\n        person {\n          id\n          fullName\n        }\n      }\n      attendance {\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetingDetailDocument;
  "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      meeting {\n        id\n        registrationCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RegisterForMeetingDocument;
  "\n  mutation UnregisterFromMeeting($meetingId: ID!) {\n    unregisterFromMeeting(meetingId: $meetingId) {\n      meeting {\n        id\n        registrationCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UnregisterFromMeetingDocument;
};
const documents: Documents = {
  "\n  query CommunitiesFindPeople($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":
    types.CommunitiesFindPeopleDocument,
  "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.AddMembershipDocument,
  "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.PublishAnnouncementDocument,
  "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      community {\n        id\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.CreateCommunityDocument,
  "\n  mutation UpdateCommunity($id: ID!, $version: Int!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, version: $version, input: $input) {\n      community {\n        id\n        slug\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.UpdateCommunityDocument,
  "\n  query CommunityDetail($slug: String!) {\n    community(slug: $slug) {\n      id\n      version\n      slug\n      name\n      nameEn\n      kind\n      activeFrom\n      calendarFeedUrl\n      declaratoria {\n        themes\n        mission\n        perimeter\n        longTermObjectives\n        expectedResults\n        participantProfile\n      }\n      memberships {\n        id\n        role\n        since\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n      meetings {\n        id\n        kind\n        mode\n        title\n        startsAt\n        endsAt\n        location\n      }\n      contributions {\n        id\n        version\n        kind\n        status\n        title\n        description\n        organization {\n          name\n        }\n        goalActions {\n          id\n          code\n          title\n          plan {\n            year\n          }\n        }\n      }\n      announcements {\n        id\n        title\n        body\n        publishedAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n":
    types.CommunityDetailDocument,
  "\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      contribution {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.CreateContributionDocument,
  "\n  mutation SetContributionStatus($id: ID!, $version: Int!, $status: ContributionStatus!) {\n    setContributionStatus(id: $id, version: $version, status: $status) {\n      contribution {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.SetContributionStatusDocument,
  "\n  query PendingJoinRequests($communityId: ID!) {\n    joinRequests(communityId: $communityId, status: PENDING) {\n      id\n      motivation\n      createdAt\n      person {\n        id\n        fullName\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n":
    types.PendingJoinRequestsDocument,
  "\n  mutation ApproveJoinRequest($id: ID!) {\n    approveJoinRequest(id: $id) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.ApproveJoinRequestDocument,
  "\n  mutation RejectJoinRequest($id: ID!, $reason: String!) {\n    rejectJoinRequest(id: $id, reason: $reason) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.RejectJoinRequestDocument,
  "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.RequestToJoinDocument,
  "\n  mutation WithdrawJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.WithdrawJoinRequestDocument,
  "\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      membership {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.EndMembershipDocument,
  "\n  query CommunityViewer($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      viewerCan {\n        manage\n        organize\n        requestToJoin\n        contribute\n        registerForMeetings\n      }\n    }\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n        }\n      }\n    }\n    myJoinRequests {\n      id\n      status\n      community {\n        id\n      }\n    }\n  }\n":
    types.CommunityViewerDocument,
  "\n  query CommunitiesList {\n    me {\n      id\n      systemRoles\n    }\n    communities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          kind\n          declaratoria {\n            mission\n          }\n        }\n      }\n    }\n  }\n":
    types.CommunitiesListDocument,
  "\n  mutation SetMeetingAttendance($meetingId: ID!, $attendees: [AttendeeInput!]!) {\n    setMeetingAttendance(meetingId: $meetingId, attendees: $attendees) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.SetMeetingAttendanceDocument,
  "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.CreateMeetingDocument,
  "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      meeting {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.UpdateMeetingDocument,
  "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      kind\n      mode\n      title\n      startsAt\n      endsAt\n      location\n      link\n      agenda\n      minutes\n      registrationCount\n      attendanceCount\n      community {\n        id\n        slug\n        name\n        nameEn\n        memberships {\n          id\n          person {\n            id\n            fullName\n          }\n          organization {\n            id\n            name\n          }\n        }\n        contributions {\n          id\n          kind\n          title\n          meeting {\n            id\n          }\n          organization {\n            name\n          }\n        }\n      }\n      registrations {\n        registeredAt\n        person {\n          id\n          fullName\n        }\n      }\n      attendance {\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n":
    types.MeetingDetailDocument,
  "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      meeting {\n        id\n        registrationCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.RegisterForMeetingDocument,
  "\n  mutation UnregisterFromMeeting($meetingId: ID!) {\n    unregisterFromMeeting(meetingId: $meetingId) {\n      meeting {\n        id\n        registrationCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":
    types.UnregisterFromMeetingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunitiesFindPeople($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          fullName\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunitiesFindPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").AddMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").PublishAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      community {\n        id\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateCommunity($id: ID!, $version: Int!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, version: $version, input: $input) {\n      community {\n        id\n        slug\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunityDetail($slug: String!) {\n    community(slug: $slug) {\n      id\n      version\n      slug\n      name\n      nameEn\n      kind\n      activeFrom\n      calendarFeedUrl\n      declaratoria {\n        themes\n        mission\n        perimeter\n        longTermObjectives\n        expectedResults\n        participantProfile\n      }\n      memberships {\n        id\n        role\n        since\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n      meetings {\n        id\n        kind\n        mode\n        title\n        startsAt\n        endsAt\n        location\n      }\n      contributions {\n        id\n        version\n        kind\n        status\n        title\n        description\n        organization {\n          name\n        }\n        goalActions {\n          id\n          code\n          title\n          plan {\n            year\n          }\n        }\n      }\n      announcements {\n        id\n        title\n        body\n        publishedAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      contribution {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetContributionStatus($id: ID!, $version: Int!, $status: ContributionStatus!) {\n    setContributionStatus(id: $id, version: $version, status: $status) {\n      contribution {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SetContributionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PendingJoinRequests($communityId: ID!) {\n    joinRequests(communityId: $communityId, status: PENDING) {\n      id\n      motivation\n      createdAt\n      person {\n        id\n        fullName\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n",
): typeof import("./graphql").PendingJoinRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ApproveJoinRequest($id: ID!) {\n    approveJoinRequest(id: $id) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").ApproveJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RejectJoinRequest($id: ID!, $reason: String!) {\n    rejectJoinRequest(id: $id, reason: $reason) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RejectJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RequestToJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WithdrawJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id) {\n      joinRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").WithdrawJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation EndMembership($id: ID!) {\n    endMembership(id: $id) {\n      membership {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").EndMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunityViewer($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      viewerCan {\n        manage\n        organize\n        requestToJoin\n        contribute\n        registerForMeetings\n      }\n    }\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        community {\n          id\n        }\n      }\n    }\n    myJoinRequests {\n      id\n      status\n      community {\n        id\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunityViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CommunitiesList {\n    me {\n      id\n      systemRoles\n    }\n    communities(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          nameEn\n          kind\n          declaratoria {\n            mission\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CommunitiesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SetMeetingAttendance($meetingId: ID!, $attendees: [AttendeeInput!]!) {\n    setMeetingAttendance(meetingId: $meetingId, attendees: $attendees) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").SetMeetingAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").CreateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      meeting {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UpdateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      kind\n      mode\n      title\n      startsAt\n      endsAt\n      location\n      link\n      agenda\n      minutes\n      registrationCount\n      attendanceCount\n      community {\n        id\n        slug\n        name\n        nameEn\n        memberships {\n          id\n          person {\n            id\n            fullName\n          }\n          organization {\n            id\n            name\n          }\n        }\n        contributions {\n          id\n          kind\n          title\n          meeting {\n            id\n          }\n          organization {\n            name\n          }\n        }\n      }\n      registrations {\n        registeredAt\n        person {\n          id\n          fullName\n        }\n      }\n      attendance {\n        person {\n          id\n          fullName\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MeetingDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      meeting {\n        id\n        registrationCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").RegisterForMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation UnregisterFromMeeting($meetingId: ID!) {\n    unregisterFromMeeting(meetingId: $meetingId) {\n      meeting {\n        id\n        registrationCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n",
): typeof import("./graphql").UnregisterFromMeetingDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
