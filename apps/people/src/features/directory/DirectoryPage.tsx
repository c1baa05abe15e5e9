import { useQuery } from "@comtem/client";
import {
  Button,
  DataTable,
  Page,
  QueryView,
  TextField,
  format,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { useViewer } from "../common/viewer";

const Directory = graphql(`
  query PeopleDirectory($filter: PersonFilter) {
    people(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          fullName
          publicRole
          skills
          availableToHelp
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "lead"
  | "search"
  | "skill"
  | "helpers"
  | "apply"
  | "caption"
  | "name"
  | "role"
  | "organization"
  | "skills"
  | "none"
  | "total"
  | "profile"
  | "admin"
  | "actions"
  | "edit"
  | "editShort"
> = {
  it: {
    title: "Persone ed enti",
    lead: "Chi partecipa al Sistema ComTem e per quale ente.",
    search: "Cerca per nome",
    skill: "Competenza",
    helpers: "Solo chi è disponibile ad aiutare",
    apply: "Filtra",
    caption: "Elenco delle persone",
    name: "Nome",
    role: "Ruolo",
    organization: "Ente",
    skills: "Competenze",
    none: "Nessuna persona corrisponde ai filtri.",
    total: "{count} persone",
    profile: "Il mio profilo",
    admin: "Amministrazione",
    actions: "Azioni",
    edit: "Modifica il profilo di {name}",
    editShort: "Modifica",
  },
  en: {
    title: "People and bodies",
    lead: "Who takes part in the ComTem system, and for which body.",
    search: "Search by name",
    skill: "Skill",
    helpers: "Only people available to help",
    apply: "Filter",
    caption: "People",
    name: "Name",
    role: "Role",
    organization: "Body",
    skills: "Skills",
    none: "Nobody matches the filters.",
    total: "{count} people",
    profile: "My profile",
    admin: "Administration",
    actions: "Actions",
    edit: "Edit the profile of {name}",
    editShort: "Edit",
  },
};

export function DirectoryPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const viewer = useViewer();
  const [search, setSearch] = useState("");
  const [skill, setSkill] = useState("");
  const [helpers, setHelpers] = useState(false);
  const [filter, setFilter] = useState<{
    search?: string;
    skill?: string;
    availableToHelp?: boolean;
  }>({});
  const state = useQuery(Directory, { filter });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(skill.trim() ? { skill: skill.trim() } : {}),
      ...(helpers ? { availableToHelp: true } : {}),
    });
  };
  return (
    <Page
      title={t.title}
      lead={t.lead}
      actions={
        <div className="d-flex gap-3">
          {viewer.personId ? <Link to={`${props.basePath}/profilo`}>{t.profile}</Link> : null}
          {viewer.isAdmin ? (
            <Link to={`${props.basePath}/amministrazione`} data-testid="admin-link">
              {t.admin}
            </Link>
          ) : null}
        </div>
      }
    >
      <form onSubmit={apply} className="row g-3 align-items-end mb-3" role="search">
        <div className="col-12 col-md-4">
          <TextField
            id="people-search"
            label={t.search}
            type="search"
            value={search}
            onChange={setSearch}
          />
        </div>
        <div className="col-12 col-md-3">
          <TextField id="people-skill" label={t.skill} value={skill} onChange={setSkill} />
        </div>
        <div className="col-12 col-md-3 mb-4">
          <div className="form-check">
            <input
              id="people-helpers"
              className="form-check-input"
              type="checkbox"
              checked={helpers}
              onChange={(e) => setHelpers(e.target.checked)}
            />
            <label className="form-check-label" htmlFor="people-helpers">
              {t.helpers}
            </label>
          </div>
        </div>
        <div className="col-12 col-md-2 mb-4">
          <Button color="primary" type="submit">
            {t.apply}
          </Button>
        </div>
      </form>
      <QueryView state={state} lines={8}>
        {(data) => (
          <>
            <p aria-live="polite">{t.total.replace("{count}", String(data.people.totalCount))}</p>
            <DataTable
              caption={t.caption}
              rows={data.people.edges.map((e) => e.node)}
              rowKey={(p) => p.id}
              empty={t.none}
              pageSize={15}
              columns={[
                { key: "name", header: t.name, value: (p) => p.fullName },
                { key: "role", header: t.role, value: (p) => p.publicRole },
                {
                  key: "organization",
                  header: t.organization,
                  render: (p) => (
                    <Link to={`${props.basePath}/enti/${p.organization.id}`}>
                      {p.organization.name}
                    </Link>
                  ),
                },
                { key: "skills", header: t.skills, value: (p) => p.skills.join(", ") },
                ...(viewer.isAdmin
                  ? [
                      {
                        key: "actions",
                        header: t.actions,
                        render: (p: { id: string; fullName: string }) => (
                          <Link
                            to={`${props.basePath}/amministrazione/persone/${p.id}`}
                            aria-label={format(t.edit, { name: p.fullName })}
                          >
                            {t.editShort}
                          </Link>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </>
        )}
      </QueryView>
    </Page>
  );
}
