import { useLabels, useMessages, type Messages } from "@comtem/ui";
import type { Plan } from "../plan/query";

const STATUSES = ["DA_AVVIARE", "AVVIATA", "IN_CORSO", "COMPLETATA", "SOSPESA"] as const;

const messages: Messages<"label"> = {
  it: { label: "Quadro delle azioni per stato" },
  en: { label: "Actions by status" },
};

/** The PdA board: the plan's goal-actions in columns by status. */
export function PlanBoard(props: { plan: Pick<Plan, "goalActions"> }) {
  const t = useMessages(messages);
  const label = useLabels();
  return (
    <div className="row g-3 mb-5" data-testid="plan-board" role="group" aria-label={t.label}>
      {STATUSES.map((status) => {
        const actions = props.plan.goalActions.filter((g) => g.status === status);
        const name = label("GoalActionStatus", status);
        return (
          <section className="col-12 col-md-6 col-xl" key={status} aria-label={name}>
            <h3 className="h6 text-uppercase">
              {name} ({actions.length})
            </h3>
            {actions.map((g) => (
              <div key={g.id} className="card card-bg mb-2 p-2">
                <p className="small mb-1 fw-semibold">{g.code}</p>
                <p className="mb-1">{g.title}</p>
                <p className="small text-muted mb-1">{g.deliverable.title}</p>
                <div
                  className="progress"
                  role="progressbar"
                  aria-label={g.code}
                  aria-valuenow={g.progress}
                  aria-valuemin={0}
                  aria-valuemax={100}
                >
                  <div className="progress-bar" style={{ width: `${g.progress}%` }} />
                </div>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
