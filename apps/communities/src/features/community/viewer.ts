import { useQuery } from "@comtem/client";
import { graphql } from "../../gql";

const CommunityViewer = graphql(`
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
`);

/** Who is looking at a community page, and what that lets them do there. */
export interface CommunityViewer {
  signedIn: boolean;
  personId: string | null;
  organization: { id: string; name: string } | null;
  /** The viewer's active membership in this community. */
  membership: { id: string; role: string } | null;
  pendingRequestId: string | null;
  /** Review join requests, set a contribution's outcome (community.manage). */
  canManage: boolean;
  /** Schedule and edit meetings, record attendance, post announcements (community.organize). */
  canOrganize: boolean;
  canRequestToJoin: boolean;
  /** Submit proposals and needs. */
  canContribute: boolean;
  canRegisterForMeetings: boolean;
}

/**
 * The viewer of one community. What they may do comes from `Community.viewerCan`, computed by
 * the same policy that guards the mutations (the server still enforces it on every call).
 */
export function useCommunityViewer(communityId: string | undefined): {
  viewer: CommunityViewer;
  loading: boolean;
  refetch: () => void;
} {
  const state = useQuery(
    CommunityViewer,
    { communityId: communityId ?? "" },
    { skip: !communityId },
  );
  const me = state.data?.me ?? null;
  const membership = me?.memberships?.find((m) => m.community.id === communityId) ?? null;
  const pending = state.data?.myJoinRequests.find(
    (r) => r.community.id === communityId && r.status === "PENDING",
  );
  const can = state.data?.community?.viewerCan;
  return {
    loading: state.loading,
    refetch: state.refetch,
    viewer: {
      signedIn: Boolean(me),
      personId: me?.id ?? null,
      organization: me?.organization ?? null,
      membership: membership ? { id: membership.id, role: membership.role } : null,
      pendingRequestId: pending?.id ?? null,
      canManage: can?.manage ?? false,
      canOrganize: can?.organize ?? false,
      canRequestToJoin: can?.requestToJoin ?? false,
      canContribute: can?.contribute ?? false,
      canRegisterForMeetings: can?.registerForMeetings ?? false,
    },
  };
}
