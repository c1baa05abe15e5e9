import { useQuery } from "@comtem/client";
import { graphql } from "../../gql";

const PeopleViewer = graphql(`
  query PeopleViewer {
    me {
      id
      systemRoles
    }
  }
`);

/**
 * Who is looking: signed in or not, and whether they are one of Lepida's admins (the
 * operational coordination). Only to choose what to show: the server checks every action.
 */
export function useViewer(): { loading: boolean; personId: string | null; isAdmin: boolean } {
  const state = useQuery(PeopleViewer);
  const me = state.data?.me;
  return {
    loading: state.loading && !state.data,
    personId: me?.id ?? null,
    isAdmin: me?.systemRoles.includes("ADMIN") ?? false,
  };
}
