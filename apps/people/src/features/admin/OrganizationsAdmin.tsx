import { useQuery } from "@comtem/client";
import {
  DataTable,
  Disclosure,
  QueryView,
  Section,
  SelectField,
  TextField,
  enumOptions,
  format,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import type { OrganizationKind } from "../../gql/graphql";
import { AdminPage } from "./AdminLayout";
import { OrganizationForm } from "./OrganizationForm";

const AdminOrganizations = graphql(`
  query AdminOrganizations($search: String, $kind: OrganizationKind) {
    organizations(first: 100, filter: { search: $search, kind: $kind }) {
      totalCount
      edges {
        node {
          id
          name
          kind
          ipaCode
          province
          adheredOn
        }
      }
    }
  }
`);

const AdminOrganization = graphql(`
  query AdminOrganization($id: ID!) {
    organization(id: $id) {
      id
      version
      name
      kind
      ipaCode
      istatCode
      province
      adheredOn
      website
      union {
        id
        name
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "lead"
  | "create"
  | "created"
  | "search"
  | "kind"
  | "allKinds"
  | "caption"
  | "name"
  | "ipa"
  | "province"
  | "adhered"
  | "actions"
  | "edit"
  | "editOf"
  | "total"
  | "none"
  | "editTitle"
  | "notFound"
  | "back"
  | "page"
> = {
  it: {
    title: "Enti",
    lead: "Gli enti che partecipano al Sistema ComTem o che gli sono noti.",
    create: "Registra un nuovo ente",
    created: "Ente «{name}» registrato.",
    search: "Cerca per denominazione",
    kind: "Tipo di ente",
    allKinds: "Tutti i tipi",
    caption: "Elenco degli enti",
    name: "Denominazione",
    ipa: "Codice IPA",
    province: "Provincia",
    adhered: "Adesione",
    actions: "Azioni",
    edit: "Modifica",
    editOf: "Modifica {name}",
    total: "{count} enti",
    none: "Nessun ente corrisponde alla ricerca.",
    editTitle: "Modifica: {name}",
    notFound: "Ente non trovato.",
    back: "Torna all'elenco degli enti",
    page: "Pagina pubblica dell'ente",
  },
  en: {
    title: "Bodies",
    lead: "The bodies that take part in the ComTem system or are known to it.",
    create: "Register a new body",
    created: "Body “{name}” registered.",
    search: "Search by name",
    kind: "Kind of body",
    allKinds: "All kinds",
    caption: "Bodies",
    name: "Name",
    ipa: "IPA code",
    province: "Province",
    adhered: "Joined",
    actions: "Actions",
    edit: "Edit",
    editOf: "Edit {name}",
    total: "{count} bodies",
    none: "No body matches the search.",
    editTitle: "Edit: {name}",
    notFound: "Body not found.",
    back: "Back to the list of bodies",
    page: "The body's public page",
  },
};

/** `/amministrazione/enti`: the bodies, searchable, and a form to register a new one. */
export function OrganizationsAdmin(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState("");
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<{ id: string; name: string } | null>(null);
  const state = useQuery(AdminOrganizations, {
    search: search.trim() || null,
    kind: (kind || null) as OrganizationKind | null,
  });
  const base = `${props.basePath}/amministrazione/enti`;
  return (
    <AdminPage basePath={props.basePath} title={t.title} lead={t.lead}>
      <div role="status" className={notice ? "alert alert-success" : "visually-hidden"}>
        {notice ? (
          <>
            {format(t.created, { name: notice.name })}{" "}
            <Link to={`${base}/${notice.id}`}>{t.edit}</Link>
          </>
        ) : null}
      </div>
      <Disclosure
        id="create-organization"
        label={t.create}
        variant="primary"
        open={creating}
        onOpenChange={(open) => {
          setCreating(open);
          if (open) setNotice(null);
        }}
      >
        <OrganizationForm
          onSaved={(organization) => {
            setCreating(false);
            setNotice(organization);
            state.refetch();
          }}
          onCancel={() => setCreating(false)}
        />
      </Disclosure>
      <Section title={t.caption}>
        <div className="row" role="search">
          <div className="col-md-6">
            <TextField
              id="admin-org-search"
              label={t.search}
              type="search"
              value={search}
              onChange={setSearch}
            />
          </div>
          <div className="col-md-6">
            <SelectField
              id="admin-org-kind"
              label={t.kind}
              value={kind}
              onChange={setKind}
              options={[
                { value: "", label: t.allKinds },
                ...enumOptions("OrganizationKind", locale),
              ]}
            />
          </div>
        </div>
        <QueryView state={state} lines={8}>
          {({ organizations }) => (
            <>
              <p aria-live="polite">{format(t.total, { count: organizations.totalCount })}</p>
              <DataTable
                caption={t.caption}
                rows={organizations.edges.map((e) => e.node)}
                rowKey={(o) => o.id}
                empty={t.none}
                pageSize={20}
                columns={[
                  {
                    key: "name",
                    header: t.name,
                    render: (o) => <Link to={`${props.basePath}/enti/${o.id}`}>{o.name}</Link>,
                  },
                  { key: "kind", header: t.kind, value: (o) => label("OrganizationKind", o.kind) },
                  { key: "ipa", header: t.ipa, value: (o) => o.ipaCode ?? "—" },
                  { key: "province", header: t.province, value: (o) => o.province ?? "—" },
                  {
                    key: "adhered",
                    header: t.adhered,
                    value: (o) => (o.adheredOn ? formatDate(o.adheredOn, locale) : "—"),
                  },
                  {
                    key: "actions",
                    header: t.actions,
                    render: (o) => (
                      <Link to={`${base}/${o.id}`} aria-label={format(t.editOf, { name: o.name })}>
                        {t.edit}
                      </Link>
                    ),
                  },
                ]}
              />
            </>
          )}
        </QueryView>
      </Section>
    </AdminPage>
  );
}

/** `/amministrazione/enti/:id`: edit a body, with its version (a stale one is a conflict). */
export function OrganizationEdit(props: { basePath: string }) {
  const t = useMessages(messages);
  const { id = "" } = useParams();
  const state = useQuery(AdminOrganization, { id });
  const back = `${props.basePath}/amministrazione/enti`;
  return (
    <QueryView state={state} lines={8}>
      {({ organization }) =>
        !organization ? (
          <AdminPage basePath={props.basePath} title={t.notFound}>
            <Link to={back}>{t.back}</Link>
          </AdminPage>
        ) : (
          <AdminPage
            basePath={props.basePath}
            title={format(t.editTitle, { name: organization.name })}
          >
            <p className="d-flex flex-wrap gap-3">
              <Link to={back}>{t.back}</Link>
              <Link to={`${props.basePath}/enti/${organization.id}`}>{t.page}</Link>
            </p>
            <OrganizationForm
              organization={organization}
              onSaved={state.refetch}
              onReload={state.refetch}
            />
          </AdminPage>
        )
      }
    </QueryView>
  );
}
