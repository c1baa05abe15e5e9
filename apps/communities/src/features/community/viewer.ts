import { useQuery } from "@comtem/client";
import { graphql } from "../../gql";

const CommunityViewer = graphql(`
  query CommunityViewer {
    me {
      id
      fullName
      systemRoles
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
  /** Schedule meetings, record attendance, post announcements, review requests, set statuses. */
  canManage: boolean;
  /** Submit proposals and needs, register for meetings. */
  canContribute: boolean;
}

/**
 * The viewer of one community. The one place the slice decides what to show; the server
 * enforces the same rules on every mutation.
 */
export function useCommunityViewer(communityId: string | undefined): {
  viewer: CommunityViewer;
  loading: boolean;
  refetch: () => void;
} {
  const state = useQuery(CommunityViewer, undefined, { skip: !communityId });
  const me = state.data?.me ?? null;
  const membership = me?.memberships.find((m) => m.community.id === communityId) ?? null;
  const pending = state.data?.myJoinRequests.find(
    (r) => r.community.id === communityId && r.status === "PENDING",
  );
  const isAdmin = me?.systemRoles.includes("ADMIN") ?? false;
  return {
    loading: state.loading,
    refetch: state.refetch,
    viewer: {
      signedIn: Boolean(me),
      personId: me?.id ?? null,
      organization: me?.organization ?? null,
      membership: membership ? { id: membership.id, role: membership.role } : null,
      pendingRequestId: pending?.id ?? null,
      canManage: isAdmin || membership?.role === "CO_COORDINATORE",
      canContribute: Boolean(membership),
    },
  };
}
