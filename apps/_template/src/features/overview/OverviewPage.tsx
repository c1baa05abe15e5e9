import { useQuery } from "@comtem/client";
import { DataTable, Page, QueryView, useMessages, type Messages } from "@comtem/ui";
import { graphql } from "../../gql";
import type { CommunitiesOverviewQuery } from "../../gql/graphql";

// GraphQL documents live next to the component that uses them; `pnpm codegen` types them.
const CommunitiesOverview = graphql(`
  query CommunitiesOverview {
    communities(first: 50) {
      totalCount
      edges {
        node {
          id
          slug
          name
          kind
        }
      }
    }
  }
`);

const messages: Messages<"title" | "lead" | "caption" | "name" | "kind"> = {
  it: {
    title: "slice-template",
    lead: "Una nuova sezione di ComTem: parti da qui.",
    caption: "Comunità tematiche",
    name: "Nome",
    kind: "Tipo",
  },
  en: {
    title: "slice-template",
    lead: "A new ComTem section: start here.",
    caption: "Thematic communities",
    name: "Name",
    kind: "Kind",
  },
};

type Row = CommunitiesOverviewQuery["communities"]["edges"][number]["node"];

/** Presentational part: data in, markup out (what the unit test renders). */
export function CommunitiesTable(props: { rows: Row[] }) {
  const t = useMessages(messages);
  return (
    <DataTable
      caption={t.caption}
      rows={props.rows}
      rowKey={(r) => r.id}
      columns={[
        { key: "name", header: t.name, value: (r) => r.name },
        { key: "kind", header: t.kind, value: (r) => r.kind },
      ]}
    />
  );
}

export function OverviewPage() {
  const t = useMessages(messages);
  const state = useQuery(CommunitiesOverview);
  return (
    <Page title={t.title} lead={t.lead}>
      <QueryView state={state}>
        {(data) => <CommunitiesTable rows={data.communities.edges.map((e) => e.node)} />}
      </QueryView>
    </Page>
  );
}
