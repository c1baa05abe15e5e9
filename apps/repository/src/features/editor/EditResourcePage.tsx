import { useQuery } from "@comtem/client";
import { Page, QueryView, useMessages, type Messages } from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import { ResourceForm } from "./ResourceForm";

const ResourceForEdit = graphql(`
  query ResourceForEdit($id: ID!) {
    resource(id: $id) {
      id
      version
      title
      kind
      summary
      body
      tags
      year
      license
      topics {
        slug
      }
      links {
        url
        title
      }
      community {
        id
      }
      goalAction {
        id
      }
      viewerCan {
        edit
      }
    }
  }
`);

const messages: Messages<"title" | "back" | "notAllowed"> = {
  it: {
    title: "Modifica: {title}",
    back: "Torna alla risorsa",
    notAllowed: "Non puoi modificare questa risorsa.",
  },
  en: {
    title: "Edit: {title}",
    back: "Back to the resource",
    notAllowed: "You cannot edit this resource.",
  },
};

export function EditResourcePage(props: { basePath: string }) {
  const t = useMessages(messages);
  const { id = "" } = useParams();
  const state = useQuery(ResourceForEdit, { id });
  const back = `${props.basePath}/risorse/${id}`;
  return (
    <QueryView state={state} lines={8}>
      {({ resource }) =>
        !resource?.viewerCan.edit ? (
          <Page title={t.notAllowed}>
            <Link to={back}>{t.back}</Link>
          </Page>
        ) : (
          <Page title={t.title.replace("{title}", resource.title)}>
            <p>
              <Link to={back}>{t.back}</Link>
            </p>
            {/* Keyed by id, not version: a reload after a conflict keeps what was typed. */}
            <ResourceForm
              key={resource.id}
              resource={resource}
              onSaved={() => state.refetch()}
              onReload={state.refetch}
            />
          </Page>
        )
      }
    </QueryView>
  );
}
