import { useQuery } from "@comtem/client";
import {
  Badge,
  Disclosure,
  Page,
  QueryView,
  Section,
  useLabels,
  useMessages,
  useReferenceText,
  type Messages,
} from "@comtem/ui";
import { useState } from "react";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { ProfileForm } from "./ProfileForm";

const MyProfile = graphql(`
  query MyProfile {
    me {
      id
      version
      givenName
      familyName
      fullName
      publicRole
      bio
      skills
      availableToHelp
      systemRoles
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
  | "noSkills"
  | "helper"
  | "notHelper"
  | "communities"
  | "noCommunities"
  | "bio"
  | "edit"
  | "saved"
  | "admin"
  | "adminLink"
> = {
  it: {
    title: "Il mio profilo",
    anonymous: "Accedi per vedere e modificare il tuo profilo.",
    organization: "Ente",
    email: "E-mail",
    phone: "Telefono",
    skills: "Competenze",
    noSkills: "Nessuna competenza indicata",
    helper: "Disponibile ad aiutare altri enti",
    notHelper: "Non indicata la disponibilità ad aiutare altri enti",
    communities: "Le mie comunità",
    noCommunities: "Non partecipi ancora a nessuna comunità.",
    bio: "Presentazione",
    edit: "Modifica il profilo",
    saved: "Profilo aggiornato.",
    admin: "Fai parte del coordinamento operativo (amministratori).",
    adminLink: "Vai all'amministrazione",
  },
  en: {
    title: "My profile",
    anonymous: "Log in to see and edit your profile.",
    organization: "Body",
    email: "E-mail",
    phone: "Phone",
    skills: "Skills",
    noSkills: "No skills given",
    helper: "Available to help other bodies",
    notHelper: "Availability to help other bodies not given",
    communities: "My communities",
    noCommunities: "You do not take part in any community yet.",
    bio: "About me",
    edit: "Edit the profile",
    saved: "Profile updated.",
    admin: "You are part of the operational coordination (admins).",
    adminLink: "Go to administration",
  },
};

export function ProfilePage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const shown = useReferenceText();
  const state = useQuery(MyProfile);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
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
              <dd className="col-sm-9" data-testid="profile-phone">
                {me.phone ?? "—"}
              </dd>
              <dt className="col-sm-3">{t.skills}</dt>
              <dd className="col-sm-9" data-testid="profile-skills">
                {me.skills.length
                  ? me.skills.map((s) => (
                      <Badge key={s} color="secondary" className="me-1">
                        {s}
                      </Badge>
                    ))
                  : t.noSkills}
                <span className="d-block small mt-1">
                  {me.availableToHelp ? t.helper : t.notHelper}
                </span>
              </dd>
            </dl>
            {me.systemRoles.includes("ADMIN") ? (
              <p>
                {t.admin} <Link to={`${props.basePath}/amministrazione`}>{t.adminLink}</Link>
              </p>
            ) : null}
            <div role="status" className={notice ? "alert alert-success" : "visually-hidden"}>
              {notice}
            </div>
            <Disclosure
              id="edit-profile"
              label={t.edit}
              open={editing}
              onOpenChange={(open) => {
                setEditing(open);
                if (open) setNotice(null);
              }}
            >
              <ProfileForm
                profile={me}
                onSaved={() => {
                  setEditing(false);
                  setNotice(t.saved);
                  state.refetch();
                }}
                onCancel={() => setEditing(false)}
                onReload={state.refetch}
              />
            </Disclosure>
            <Section title={t.bio}>
              {me.bio ? (
                <p style={{ whiteSpace: "pre-line" }} data-testid="profile-bio">
                  {me.bio}
                </p>
              ) : (
                <p className="text-muted">—</p>
              )}
            </Section>
            <Section title={t.communities}>
              {/* Null when the communities subgraph did not answer (ADR 0005). */}
              {me.memberships === null ? (
                <p className="text-muted">{shown(null)}</p>
              ) : me.memberships.length ? (
                <ul>
                  {me.memberships.map((m) => (
                    <li key={m.id}>
                      {m.community.name} —{" "}
                      <span className="text-muted">{label("MembershipRole", m.role)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t.noCommunities}</p>
              )}
            </Section>
          </Page>
        )
      }
    </QueryView>
  );
}
