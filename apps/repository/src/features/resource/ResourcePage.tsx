import { useQuery } from "@comtem/client";
import {
  Badge,
  EmptyState,
  Page,
  QueryView,
  Section,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  useReferenceText,
  type Messages,
} from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import { ResourceActions } from "./ResourceActions";
import { SupportOffer } from "./SupportOffer";

const ResourceDetail = graphql(`
  query ResourceDetail($id: ID!) {
    me {
      id
    }
    resource(id: $id) {
      id
      version
      title
      summary
      body
      kind
      status
      featured
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
      community {
        slug
        name
        nameEn
      }
      goalAction {
        code
        title
        plan {
          year
        }
      }
      viewerCan {
        edit
        publish
        archive
        feature
        offerSupport
      }
      supportOffers {
        id
        active
        person {
          id
        }
      }
      revisions {
        version
        change
        editedAt
        status
        editedBy {
          fullName
        }
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

const messages: Messages<
  | "notFound"
  | "back"
  | "links"
  | "help"
  | "noHelp"
  | "license"
  | "by"
  | "featured"
  | "community"
  | "deliverableOf"
  | "revisions"
  | "revision"
> = {
  it: {
    notFound: "Risorsa non trovata.",
    back: "Torna alla ricerca",
    links: "Collegamenti",
    help: "Chi può aiutare",
    noHelp: "Nessuno si è ancora offerto di aiutare su questa risorsa.",
    license: "Licenza",
    by: "Condivisa da",
    featured: "In evidenza",
    community: "Comunità",
    deliverableOf: "Prodotto dell'azione-obiettivo",
    revisions: "Versioni",
    revision: "Versione {version}: {change} — {who}, {when}",
  },
  en: {
    notFound: "Resource not found.",
    back: "Back to search",
    links: "Links",
    help: "Who can help",
    noHelp: "Nobody has offered help on this resource yet.",
    license: "License",
    by: "Shared by",
    featured: "Featured",
    community: "Community",
    deliverableOf: "Deliverable of the goal-action",
    revisions: "Versions",
    revision: "Version {version}: {change} — {who}, {when}",
  },
};

/** The revision's `change` (a code of the API) as people read it. */
const CHANGES: Record<string, Record<"it" | "en", string>> = {
  created: { it: "creata", en: "created" },
  imported: { it: "importata da publiccode.yml", en: "imported from publiccode.yml" },
  updated: { it: "modificata", en: "edited" },
  published: { it: "pubblicata", en: "published" },
  archived: { it: "archiviata", en: "archived" },
  featured: { it: "messa in evidenza", en: "featured" },
  unfeatured: { it: "tolta dall'evidenza", en: "no longer featured" },
};

export function ResourcePage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const shown = useReferenceText();
  const { id = "" } = useParams();
  const state = useQuery(ResourceDetail, { id });
  return (
    <QueryView state={state} lines={8}>
      {({ me, resource, whoCanHelp }) =>
        !resource ? (
          <Page title={t.notFound} />
        ) : (
          <Page title={resource.title} lead={resource.summary}>
            <p>
              <Link to={props.basePath}>{t.back}</Link>
            </p>
            <p data-testid="resource-badges">
              <Badge
                color={resource.status === "PUBBLICATA" ? "success" : "warning"}
                className="me-2"
              >
                {label("ResourceStatus", resource.status)}
              </Badge>
              {resource.featured ? (
                <Badge color="info" className="me-2">
                  {t.featured}
                </Badge>
              ) : null}
              <Badge color="primary" className="me-2">
                {label("ResourceKind", resource.kind)}
              </Badge>
              {resource.topics.map((topic) => (
                <Badge key={topic.slug} color="secondary" className="me-1">
                  {locale === "en" ? topic.labelEn : topic.labelIt}
                </Badge>
              ))}
            </p>
            <ResourceActions
              basePath={props.basePath}
              resource={resource}
              onChange={state.refetch}
            />
            {resource.organization ? (
              <p>
                {t.by} {resource.organization.name} · {resource.year}
                {resource.license ? ` · ${t.license}: ${resource.license}` : ""}
              </p>
            ) : null}
            {resource.community ? (
              <p>
                {t.community}:{" "}
                <Link to={`/communities/${resource.community.slug}`}>
                  {locale === "en" ? resource.community.nameEn : resource.community.name}
                </Link>
              </p>
            ) : null}
            {resource.goalAction ? (
              <p data-testid="deliverable-of">
                {t.deliverableOf}: <strong>{resource.goalAction.code}</strong>{" "}
                {resource.goalAction.title} ({resource.goalAction.plan.year})
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
              <SupportOffer
                resourceId={resource.id}
                canOffer={resource.viewerCan.offerSupport}
                myOfferId={
                  resource.supportOffers.find((o) => o.active && o.person?.id === me?.id)?.id ??
                  null
                }
                onChange={state.refetch}
              />
              {whoCanHelp.length === 0 ? (
                <EmptyState title={t.noHelp} />
              ) : (
                <ul>
                  {whoCanHelp.map((h, i) => (
                    <li key={h.person?.id ?? i}>
                      {h.person ? `${h.person.fullName} — ${h.person.publicRole}` : shown(null)}
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
            {resource.revisions.length ? (
              <Section title={t.revisions} id="revisions">
                <ol reversed>
                  {resource.revisions.map((r) => (
                    <li key={r.version}>
                      {t.revision
                        .replace("{version}", String(r.version))
                        .replace("{change}", CHANGES[r.change]?.[locale] ?? r.change)
                        .replace("{who}", r.editedBy?.fullName ?? "—")
                        .replace("{when}", formatDate(r.editedAt, locale, true))}{" "}
                      <Badge color="light" className="text-dark border">
                        {label("ResourceStatus", r.status)}
                      </Badge>
                    </li>
                  ))}
                </ol>
              </Section>
            ) : null}
          </Page>
        )
      }
    </QueryView>
  );
}
