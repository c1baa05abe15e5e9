import { useQuery } from "@comtem/client";
import { EmptyState, Page, QueryView, useLocale, useMessages, type Messages } from "@comtem/ui";
import { Link, Navigate } from "react-router";
import { graphql } from "../gql";
import { useShell } from "../shell-context";

const MyCommunitiesQuery = graphql(`
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
`);

const messages: Messages<"title" | "none"> = {
  it: { title: "Le mie comunità", none: "Non fai ancora parte di alcuna comunità." },
  en: { title: "My communities", none: "You are not a member of any community yet." },
};

export function MyCommunitiesList() {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { registry } = useShell();
  const state = useQuery(MyCommunitiesQuery);
  const communitiesSlice = registry?.slices.some((s) => s.name === "communities");
  return (
    <QueryView state={state}>
      {(data) =>
        data.myCommunities.edges.length === 0 ? (
          <EmptyState title={t.none} />
        ) : (
          <ul className="list-unstyled" data-testid="my-communities">
            {data.myCommunities.edges.map(({ node }) => {
              const name = locale === "en" ? node.nameEn : node.name;
              return (
                <li key={node.id} className="mb-2">
                  {communitiesSlice ? <Link to={`/communities/${node.slug}`}>{name}</Link> : name}
                </li>
              );
            })}
          </ul>
        )
      }
    </QueryView>
  );
}

export function MyCommunitiesPage() {
  const t = useMessages(messages);
  const { session } = useShell();
  if (!session) return <Navigate to="/accedi" replace />;
  return (
    <Page title={t.title}>
      <MyCommunitiesList />
    </Page>
  );
}
