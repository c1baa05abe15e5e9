import { useQuery } from "@comtem/client";
import {
  Badge,
  EmptyState,
  Page,
  QueryView,
  Section,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";

const ResourceDetail = graphql(`
  query ResourceDetail($id: ID!) {
    resource(id: $id) {
      id
      title
      summary
      body
      kind
      license
      year
      topics {
        slug
        labelIt
        labelEn
      }
      links {
        url
        title
      }
      organization {
        id
        name
      }
    }
    whoCanHelp(resourceId: $id, first: 10) {
      person {
        id
        fullName
        publicRole
      }
      offers {
        id
        availability
        contact
      }
    }
  }
`);

const messages: Messages<"notFound" | "back" | "links" | "help" | "noHelp" | "license" | "by"> = {
  it: {
    notFound: "Risorsa non trovata.",
    back: "Torna alla ricerca",
    links: "Collegamenti",
    help: "Chi può aiutare",
    noHelp: "Nessuno si è ancora offerto di aiutare su questa risorsa.",
    license: "Licenza",
    by: "Condivisa da",
  },
  en: {
    notFound: "Resource not found.",
    back: "Back to search",
    links: "Links",
    help: "Who can help",
    noHelp: "Nobody has offered help on this resource yet.",
    license: "License",
    by: "Shared by",
  },
};

export function ResourcePage(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { id = "" } = useParams();
  const state = useQuery(ResourceDetail, { id });
  return (
    <QueryView state={state} lines={8}>
      {({ resource, whoCanHelp }) =>
        !resource ? (
          <Page title={t.notFound} />
        ) : (
          <Page title={resource.title} lead={resource.summary}>
            <p>
              <Link to={props.basePath}>{t.back}</Link>
            </p>
            <p>
              <Badge color="primary" className="me-2">
                {resource.kind}
              </Badge>
              {resource.topics.map((topic) => (
                <Badge key={topic.slug} color="secondary" className="me-1">
                  {locale === "en" ? topic.labelEn : topic.labelIt}
                </Badge>
              ))}
            </p>
            {resource.organization ? (
              <p>
                {t.by} {resource.organization.name} · {resource.year}
                {resource.license ? ` · ${t.license}: ${resource.license}` : ""}
              </p>
            ) : null}
            {/* The body is shown as text: the API's bodyHtml is never injected. */}
            <div style={{ whiteSpace: "pre-line" }}>{resource.body}</div>
            {resource.links.length ? (
              <Section title={t.links}>
                <ul>
                  {resource.links
                    .filter((l) => /^https?:\/\//.test(l.url))
                    .map((l) => (
                      <li key={l.url}>
                        <a href={l.url} rel="noopener noreferrer">
                          {l.title ?? l.url}
                        </a>
                      </li>
                    ))}
                </ul>
              </Section>
            ) : null}
            <Section title={t.help} id="who-can-help">
              {whoCanHelp.length === 0 ? (
                <EmptyState title={t.noHelp} />
              ) : (
                <ul>
                  {whoCanHelp.map((h) => (
                    <li key={h.person.id}>
                      {h.person.fullName} — {h.person.publicRole}
                      {h.offers.map((o) => (
                        <span key={o.id} className="d-block small text-muted">
                          {[o.availability, o.contact].filter(Boolean).join(" · ")}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </Page>
        )
      }
    </QueryView>
  );
}
