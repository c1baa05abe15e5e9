import { EmptyState, Section, useMessages, useReferenceText, type Messages } from "@comtem/ui";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Membership = NonNullable<CommunityDetailQuery["community"]>["memberships"][number];
const ROLES = ["CO_COORDINATORE", "REFERENTE_REGIONE", "REFERENTE_LEPIDA", "PARTECIPANTE"] as const;

const messages: Messages<(typeof ROLES)[number] | "none"> = {
  it: {
    CO_COORDINATORE: "Co-coordinatori",
    REFERENTE_REGIONE: "Referente Regione",
    REFERENTE_LEPIDA: "Referente Lepida",
    PARTECIPANTE: "Partecipanti",
    none: "Nessun partecipante.",
  },
  en: {
    CO_COORDINATORE: "Co-coordinators",
    REFERENTE_REGIONE: "Region's referent",
    REFERENTE_LEPIDA: "Lepida's referent",
    PARTECIPANTE: "Participants",
    none: "No members.",
  },
};

export function MembersByRole(props: { memberships: Membership[] }) {
  const t = useMessages(messages);
  const shown = useReferenceText();
  if (props.memberships.length === 0) return <EmptyState title={t.none} />;
  return (
    <div className="row">
      {ROLES.map((role) => {
        const members = props.memberships.filter((m) => m.role === role);
        if (members.length === 0) return null;
        return (
          <div className="col-12 col-md-6" key={role}>
            <Section title={`${t[role]} (${members.length})`} level={3}>
              <ul data-testid={`members-${role}`}>
                {members.map((m) => (
                  <li key={m.id}>
                    {shown(m.person?.fullName)} —{" "}
                    <span className="text-muted">{shown(m.organization?.name)}</span>
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        );
      })}
    </div>
  );
}
