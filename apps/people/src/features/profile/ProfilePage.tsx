import { useQuery } from "@comtem/client";
import { Badge, Page, QueryView, Section, useMessages, type Messages } from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";

const MyProfile = graphql(`
  query MyProfile {
    me {
      id
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
      memberships {
        id
        role
        community {
          id
          name
        }
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "anonymous"
  | "organization"
  | "email"
  | "phone"
  | "skills"
  | "helper"
  | "communities"
  | "bio"
> = {
  it: {
    title: "Il mio profilo",
    anonymous: "Accedi per vedere il tuo profilo.",
    organization: "Ente",
    email: "E-mail",
    phone: "Telefono",
    skills: "Competenze",
    helper: "Disponibile ad aiutare altri enti",
    communities: "Le mie comunità",
    bio: "Presentazione",
  },
  en: {
    title: "My profile",
    anonymous: "Log in to see your profile.",
    organization: "Body",
    email: "E-mail",
    phone: "Phone",
    skills: "Skills",
    helper: "Available to help other bodies",
    communities: "My communities",
    bio: "About me",
  },
};

export function ProfilePage(props: { basePath: string }) {
  const t = useMessages(messages);
  const state = useQuery(MyProfile);
  return (
    <QueryView state={state} lines={6}>
      {({ me }) =>
        !me ? (
          <Page title={t.title}>
            <p>{t.anonymous}</p>
          </Page>
        ) : (
          <Page title={me.fullName} lead={me.publicRole}>
            <dl className="row" data-testid="my-profile">
              <dt className="col-sm-3">{t.organization}</dt>
              <dd className="col-sm-9">
                <Link to={`${props.basePath}/enti/${me.organization.id}`}>
                  {me.organization.name}
                </Link>
              </dd>
              <dt className="col-sm-3">{t.email}</dt>
              <dd className="col-sm-9">{me.email ?? "—"}</dd>
              <dt className="col-sm-3">{t.phone}</dt>
              <dd className="col-sm-9">{me.phone ?? "—"}</dd>
              <dt className="col-sm-3">{t.skills}</dt>
              <dd className="col-sm-9">
                {me.skills.map((s) => (
                  <Badge key={s} color="secondary" className="me-1">
                    {s}
                  </Badge>
                ))}
                {me.availableToHelp ? <span className="d-block small mt-1">{t.helper}</span> : null}
              </dd>
            </dl>
            {me.bio ? (
              <Section title={t.bio}>
                <p style={{ whiteSpace: "pre-line" }}>{me.bio}</p>
              </Section>
            ) : null}
            <Section title={t.communities}>
              <ul>
                {me.memberships.map((m) => (
                  <li key={m.id}>
                    {m.community.name} — <span className="text-muted">{m.role}</span>
                  </li>
                ))}
              </ul>
            </Section>
          </Page>
        )
      }
    </QueryView>
  );
}
