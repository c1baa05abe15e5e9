import { useQuery } from "@comtem/client";
import { Section, useLabels, useMessages, type Messages } from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";

const DraftResources = graphql(`
  query DraftResources {
    me {
      id
    }
    searchResources(filter: { status: BOZZA }, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          kind
        }
      }
    }
  }
`);

const messages: Messages<"title"> = {
  it: { title: "Bozze da completare e pubblicare ({count})" },
  en: { title: "Drafts to complete and publish ({count})" },
};

/** The drafts the viewer may publish: their own, and their communities' for co-coordinators. */
export function Drafts(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const state = useQuery(DraftResources);
  const result = state.data?.searchResources;
  if (!state.data?.me || !result?.totalCount) return null;
  return (
    <Section title={t.title.replace("{count}", String(result.totalCount))} id="drafts">
      <ul data-testid="drafts">
        {result.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`${props.basePath}/risorse/${node.id}`}>{node.title}</Link>{" "}
            <span className="text-muted small">({label("ResourceKind", node.kind)})</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
