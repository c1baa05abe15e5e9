import { Badge, EmptyState, useMessages, type Messages } from "@comtem/ui";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Contribution = NonNullable<CommunityDetailQuery["community"]>["contributions"][number];

const messages: Messages<"PROPOSTA" | "ESIGENZA" | "APERTA" | "ACCOLTA" | "NON_ACCOLTA" | "none"> =
  {
    it: {
      PROPOSTA: "Proposta",
      ESIGENZA: "Esigenza",
      APERTA: "Aperta",
      ACCOLTA: "Accolta",
      NON_ACCOLTA: "Non accolta",
      none: "Nessuna proposta o esigenza.",
    },
    en: {
      PROPOSTA: "Proposal",
      ESIGENZA: "Need",
      APERTA: "Open",
      ACCOLTA: "Accepted",
      NON_ACCOLTA: "Not accepted",
      none: "No proposals or needs.",
    },
  };

export function Contributions(props: { contributions: Contribution[] }) {
  const t = useMessages(messages);
  if (props.contributions.length === 0) return <EmptyState title={t.none} />;
  return (
    <ul className="list-unstyled">
      {props.contributions.map((c) => (
        <li key={c.id} className="mb-3">
          <Badge color={c.kind === "PROPOSTA" ? "primary" : "warning"} className="me-2">
            {t[c.kind]}
          </Badge>
          <Badge color="secondary" className="me-2">
            {t[c.status]}
          </Badge>
          <strong>{c.title}</strong> — <span className="text-muted">{c.organization.name}</span>
          <p className="mb-0" style={{ whiteSpace: "pre-line" }}>
            {c.description}
          </p>
        </li>
      ))}
    </ul>
  );
}
