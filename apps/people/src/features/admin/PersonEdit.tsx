import { useQuery } from "@comtem/client";
import { QueryView, format, useMessages, type Messages } from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import { ProfileForm } from "../profile/ProfileForm";
import { AdminPage } from "./AdminLayout";

const AdminPerson = graphql(`
  query AdminPerson($id: ID!) {
    person(id: $id) {
      id
      version
      givenName
      familyName
      fullName
      publicRole
      bio
      skills
      availableToHelp
      email
      phone
      organization {
        id
        name
      }
    }
  }
`);

const messages: Messages<"title" | "lead" | "notFound" | "back" | "email"> = {
  it: {
    title: "Profilo di {name}",
    lead: "Come amministratore puoi correggere il profilo di chiunque; la persona vede le modifiche al prossimo accesso.",
    notFound: "Persona non trovata.",
    back: "Torna a Persone ed enti",
    email: "E-mail (non modificabile qui): {email}",
  },
  en: {
    title: "Profile of {name}",
    lead: "As an admin you can correct anyone's profile; the person sees the changes next time.",
    notFound: "Person not found.",
    back: "Back to People and bodies",
    email: "E-mail (not editable here): {email}",
  },
};

/** `/amministrazione/persone/:id`: an admin edits someone's profile (`updateProfile`). */
export function PersonEdit(props: { basePath: string }) {
  const t = useMessages(messages);
  const { id = "" } = useParams();
  const state = useQuery(AdminPerson, { id });
  return (
    <QueryView state={state} lines={8}>
      {({ person }) =>
        !person ? (
          <AdminPage basePath={props.basePath} title={t.notFound}>
            <Link to={props.basePath}>{t.back}</Link>
          </AdminPage>
        ) : (
          <AdminPage
            basePath={props.basePath}
            title={format(t.title, { name: person.fullName })}
            lead={t.lead}
          >
            <p className="d-flex flex-wrap gap-3">
              <Link to={props.basePath}>{t.back}</Link>
              <Link to={`${props.basePath}/enti/${person.organization.id}`}>
                {person.organization.name}
              </Link>
            </p>
            {person.email ? <p>{format(t.email, { email: person.email })}</p> : null}
            <ProfileForm other profile={person} onSaved={state.refetch} onReload={state.refetch} />
          </AdminPage>
        )
      }
    </QueryView>
  );
}
