import { useQuery } from "@comtem/client";
import {
  DataTable,
  Page,
  QueryView,
  Section,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import { useViewer } from "../common/viewer";

const OrganizationDetail = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      ipaCode
      province
      website
      adheredOn
      union {
        id
        name
      }
      members {
        id
        name
      }
    }
    people(first: 100, filter: { organizationId: $id }) {
      edges {
        node {
          id
          fullName
          publicRole
        }
      }
    }
  }
`);

const messages: Messages<
  | "notFound"
  | "kind"
  | "ipa"
  | "province"
  | "website"
  | "adhered"
  | "union"
  | "members"
  | "people"
  | "caption"
  | "name"
  | "role"
  | "back"
  | "edit"
  | "none"
> = {
  it: {
    notFound: "Ente non trovato.",
    kind: "Tipo",
    ipa: "Codice IPA",
    province: "Provincia",
    website: "Sito web",
    adhered: "Adesione",
    union: "Unione",
    members: "Enti aderenti",
    people: "Persone",
    caption: "Persone dell'ente",
    name: "Nome",
    role: "Ruolo",
    back: "Torna all'elenco",
    edit: "Modifica l'ente",
    none: "Nessuna persona registrata per questo ente.",
  },
  en: {
    notFound: "Body not found.",
    kind: "Kind",
    ipa: "IPA code",
    province: "Province",
    website: "Website",
    adhered: "Joined",
    union: "Union",
    members: "Member bodies",
    people: "People",
    caption: "The body's people",
    name: "Name",
    role: "Role",
    back: "Back to the list",
    edit: "Edit the body",
    none: "No one is registered for this body.",
  },
};

export function OrganizationPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const viewer = useViewer();
  const { id = "" } = useParams();
  const state = useQuery(OrganizationDetail, { id });
  return (
    <QueryView state={state} lines={6}>
      {({ organization, people }) =>
        !organization ? (
          <Page title={t.notFound} />
        ) : (
          <Page
            title={organization.name}
            actions={
              viewer.isAdmin ? (
                <Link
                  className="btn btn-outline-primary btn-sm"
                  to={`${props.basePath}/amministrazione/enti/${organization.id}`}
                >
                  {t.edit}
                </Link>
              ) : undefined
            }
          >
            <p>
              <Link to={props.basePath}>{t.back}</Link>
            </p>
            <dl className="row">
              <dt className="col-sm-3">{t.kind}</dt>
              <dd className="col-sm-9">{label("OrganizationKind", organization.kind)}</dd>
              <dt className="col-sm-3">{t.ipa}</dt>
              <dd className="col-sm-9">{organization.ipaCode ?? "—"}</dd>
              <dt className="col-sm-3">{t.province}</dt>
              <dd className="col-sm-9">{organization.province ?? "—"}</dd>
              <dt className="col-sm-3">{t.adhered}</dt>
              <dd className="col-sm-9">
                {organization.adheredOn ? formatDate(organization.adheredOn, locale) : "—"}
              </dd>
              <dt className="col-sm-3">{t.website}</dt>
              <dd className="col-sm-9">
                {organization.website && /^https?:\/\//.test(organization.website) ? (
                  <a href={organization.website} rel="noopener noreferrer">
                    {organization.website}
                  </a>
                ) : (
                  "—"
                )}
              </dd>
              {organization.union ? (
                <>
                  <dt className="col-sm-3">{t.union}</dt>
                  <dd className="col-sm-9">
                    <Link to={`${props.basePath}/enti/${organization.union.id}`}>
                      {organization.union.name}
                    </Link>
                  </dd>
                </>
              ) : null}
            </dl>
            {organization.members.length ? (
              <Section title={t.members}>
                <ul>
                  {organization.members.map((m) => (
                    <li key={m.id}>
                      <Link to={`${props.basePath}/enti/${m.id}`}>{m.name}</Link>
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}
            <Section title={t.people}>
              <DataTable
                caption={t.caption}
                rows={people.edges.map((e) => e.node)}
                rowKey={(p) => p.id}
                empty={t.none}
                columns={[
                  { key: "name", header: t.name, value: (p) => p.fullName },
                  { key: "role", header: t.role, value: (p) => p.publicRole },
                ]}
              />
            </Section>
          </Page>
        )
      }
    </QueryView>
  );
}
