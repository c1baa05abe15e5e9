import { useMutation } from "@comtem/client";
import {
  Badge,
  EmptyState,
  SelectField,
  SubmissionFeedback,
  enumOptions,
  useLabels,
  useLocale,
  useMessages,
  useReferenceText,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { graphql } from "../../gql";
import type { CommunityDetailQuery, ContributionStatus } from "../../gql/graphql";

type Contribution = NonNullable<CommunityDetailQuery["community"]>["contributions"][number];

const SetContributionStatus = graphql(`
  mutation SetContributionStatus($id: ID!, $version: Int!, $status: ContributionStatus!) {
    setContributionStatus(id: $id, version: $version, status: $status) {
      contribution {
        id
        status
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<"none" | "status" | "fed" | "saved" | "plan"> = {
  it: {
    none: "Nessuna proposta o esigenza.",
    status: "Esito",
    fed: "Ne sono nate le azioni-obiettivo:",
    saved: "Esito aggiornato.",
    plan: "PdA {year}",
  },
  en: {
    none: "No proposals or needs.",
    status: "Outcome",
    fed: "Goal-actions that answer it:",
    saved: "Outcome updated.",
    plan: "Plan {year}",
  },
};

function StatusSelect(props: { contribution: Contribution; onSaved: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [save] = useMutation(SetContributionStatus);
  const s = useSubmission();
  const c = props.contribution;
  return (
    <div style={{ maxWidth: "16rem" }}>
      <SelectField
        id={`contribution-status-${c.id}`}
        label={t.status}
        labelDetail={c.title}
        value={c.status}
        onChange={async (status) => {
          const done = await s.submit(
            () => save({ id: c.id, version: c.version, status: status as ContributionStatus }),
            { userErrors: (d) => d.setContributionStatus.userErrors, success: t.saved },
          );
          if (done) props.onSaved();
        }}
        options={enumOptions("ContributionStatus", locale)}
      />
      <SubmissionFeedback submission={s} onReload={props.onSaved} />
    </div>
  );
}

/**
 * The proposals and needs of a community, each with its outcome and the goal-actions of the
 * plans that answer it; co-coordinators set the outcome here.
 */
export function Contributions(props: {
  contributions: Contribution[];
  canManage: boolean;
  onChange: () => void;
}) {
  const t = useMessages(messages);
  const label = useLabels();
  const shown = useReferenceText();
  if (props.contributions.length === 0) return <EmptyState title={t.none} />;
  return (
    <ul className="list-unstyled" data-testid="contributions">
      {props.contributions.map((c) => (
        <li key={c.id} className="mb-4 border-bottom pb-3">
          <Badge color={c.kind === "PROPOSTA" ? "primary" : "warning"} className="me-2">
            {label("ContributionKind", c.kind)}
          </Badge>
          <Badge color="secondary" className="me-2">
            {label("ContributionStatus", c.status)}
          </Badge>
          <strong>{c.title}</strong> —{" "}
          <span className="text-muted">{shown(c.organization?.name)}</span>
          <p className="mb-1" style={{ whiteSpace: "pre-line" }}>
            {c.description}
          </p>
          {c.goalActions?.length ? (
            <p className="small mb-1">
              {t.fed}{" "}
              {c.goalActions.map((g, i) => (
                <span key={g.id}>
                  {i ? ", " : ""}
                  <strong>{g.code}</strong> {g.title} (
                  {t.plan.replace("{year}", String(g.plan.year))})
                </span>
              ))}
            </p>
          ) : null}
          {props.canManage ? <StatusSelect contribution={c} onSaved={props.onChange} /> : null}
        </li>
      ))}
    </ul>
  );
}
