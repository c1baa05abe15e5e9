import { useMutation } from "@comtem/client";
import { Button, SubmissionFeedback, useMessages, useSubmission, type Messages } from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";

const PublishResource = graphql(`
  mutation PublishResource($id: ID!, $version: Int!) {
    publishResource(id: $id, version: $version) {
      resource {
        id
        status
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ArchiveResource = graphql(`
  mutation ArchiveResource($id: ID!, $version: Int!) {
    archiveResource(id: $id, version: $version) {
      resource {
        id
        status
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SetResourceFeatured = graphql(`
  mutation SetResourceFeatured($id: ID!, $version: Int!, $featured: Boolean!) {
    setResourceFeatured(id: $id, version: $version, featured: $featured) {
      resource {
        id
        featured
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<
  | "incompleteSummary"
  | "incompleteTopics"
  | "incompleteOrganization"
  | "edit"
  | "publish"
  | "published"
  | "archive"
  | "archived"
  | "feature"
  | "featured"
  | "unfeature"
  | "unfeatured"
> = {
  it: {
    incompleteSummary: "Per pubblicare, scrivi una sintesi (Modifica).",
    incompleteTopics: "Per pubblicare, scegli almeno un tema (Modifica).",
    incompleteOrganization: "Per pubblicare, indica l'ente che la condivide (Modifica).",
    edit: "Modifica",
    publish: "Pubblica",
    published: "Risorsa pubblicata: ora è visibile a tutti.",
    archive: "Archivia",
    archived: "Risorsa archiviata.",
    feature: "Metti in evidenza",
    featured: "Risorsa messa in evidenza.",
    unfeature: "Togli dall'evidenza",
    unfeatured: "Risorsa tolta dall'evidenza.",
  },
  en: {
    incompleteSummary: "To publish, write a summary (Edit).",
    incompleteTopics: "To publish, choose at least one topic (Edit).",
    incompleteOrganization: "To publish, say which organization shares it (Edit).",
    edit: "Edit",
    publish: "Publish",
    published: "Resource published: everyone can see it now.",
    archive: "Archive",
    archived: "Resource archived.",
    feature: "Feature",
    featured: "Resource featured.",
    unfeature: "Stop featuring",
    unfeatured: "Resource no longer featured.",
  },
};

interface Props {
  basePath: string;
  resource: {
    id: string;
    version: number;
    featured: boolean;
    viewerCan: { edit: boolean; publish: boolean; archive: boolean; feature: boolean };
  };
  onChange: () => void;
}

/** What the viewer may do with a resource: exactly the `viewerCan` the server computed. */
export function ResourceActions(props: Props) {
  const t = useMessages(messages);
  const { resource: r } = props;
  const [publish] = useMutation(PublishResource);
  const [archive] = useMutation(ArchiveResource);
  const [feature] = useMutation(SetResourceFeatured);
  const s = useSubmission();
  const can = r.viewerCan;
  if (!can.edit && !can.publish && !can.archive && !can.feature) return null;
  return (
    <div className="mb-4" data-testid="resource-actions">
      <SubmissionFeedback submission={s} onReload={props.onChange} listFieldErrors />
      <div className="d-flex flex-wrap gap-2">
        {can.edit ? (
          <Link
            className="btn btn-outline-primary btn-sm"
            to={`${props.basePath}/risorse/${r.id}/modifica`}
          >
            {t.edit}
          </Link>
        ) : null}
        {can.publish ? (
          <Button
            color="primary"
            size="sm"
            disabled={s.submitting}
            onClick={async () => {
              if (
                await s.submit(() => publish({ id: r.id, version: r.version }), {
                  // What is missing, in the user's language (the server's messages are English).
                  userErrors: (d) =>
                    d.publishResource.userErrors.map((u) => {
                      const known = {
                        summary: t.incompleteSummary,
                        topics: t.incompleteTopics,
                        organizationId: t.incompleteOrganization,
                      }[u.field ?? ""];
                      return u.code === "INCOMPLETE" && known ? { ...u, message: known } : u;
                    }),
                  success: t.published,
                })
              )
                props.onChange();
            }}
          >
            {t.publish}
          </Button>
        ) : null}
        {can.feature ? (
          <Button
            color="secondary"
            outline
            size="sm"
            disabled={s.submitting}
            onClick={async () => {
              if (
                await s.submit(
                  () => feature({ id: r.id, version: r.version, featured: !r.featured }),
                  {
                    userErrors: (d) => d.setResourceFeatured.userErrors,
                    success: r.featured ? t.unfeatured : t.featured,
                  },
                )
              )
                props.onChange();
            }}
          >
            {r.featured ? t.unfeature : t.feature}
          </Button>
        ) : null}
        {can.archive ? (
          <Button
            color="danger"
            outline
            size="sm"
            disabled={s.submitting}
            onClick={async () => {
              if (
                await s.submit(() => archive({ id: r.id, version: r.version }), {
                  userErrors: (d) => d.archiveResource.userErrors,
                  success: t.archived,
                })
              )
                props.onChange();
            }}
          >
            {t.archive}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
