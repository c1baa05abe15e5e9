import { EmptyState, Section, useMessages, useReferenceText, type Messages } from "@comtem/ui";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Membership = NonNullable<CommunityDetailQuery["community"]>["memberships"][number];
const ROLES = ["CO_COORDINATORE", "REFERENTE_REGIONE", "REFERENTE_LEPIDA", "PARTECIPANTE"] as const;

const messages: Messages<(typeof ROLES)[number] | "none" | "namesUnavailable"> = {
  it: {
    namesUnavailable:
      "I nomi e gli enti dei partecipanti non sono disponibili in questo momento: riprova più tardi.",
    CO_COORDINATORE: "Co-coordinatori",
    REFERENTE_REGIONE: "Referente Regione",
    REFERENTE_LEPIDA: "Referente Lepida",
    PARTECIPANTE: "Partecipanti",
    none: "Nessun partecipante.",
  },
  en: {
    namesUnavailable: "Members' names and bodies are unavailable right now: try again later.",
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
  // The people subgraph did not answer (ADR 0005): one sentence and the counts per role, rather
  // than a list of "non disponibile".
  const namesUnavailable = props.memberships.every((m) => !m.person && !m.organization);
  return (
    <div className="row">
      {namesUnavailable ? (
        <p className="col-12 text-muted" role="status">
          {t.namesUnavailable}
        </p>
      ) : null}
      {ROLES.map((role) => {
        const members = props.memberships.filter((m) => m.role === role);
        if (members.length === 0) return null;
        return (
          <div className="col-12 col-md-6" key={role}>
            <Section title={`${t[role]} (${members.length})`} level={3}>
              {namesUnavailable ? null : (
                <ul data-testid={`members-${role}`}>
                  {members.map((m) => (
                    <li key={m.id}>
                      {shown(m.person?.fullName)} —{" "}
                      <span className="text-muted">{shown(m.organization?.name)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </div>
        );
      })}
    </div>
  );
}
