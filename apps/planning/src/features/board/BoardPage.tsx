import { useQuery } from "@comtem/client";
import {
  Badge,
  EmptyState,
  Page,
  QueryView,
  Section,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";

const PlanBoard = graphql(`
  query PlanBoard($slug: String!) {
    community(slug: $slug) {
      id
      name
      nameEn
      plans {
        id
        year
        status
        approvedOn
        goalActions {
          id
          code
          title
          status
          progress
          needsWorkingGroup
          deliverable {
            title
            kind
            status
          }
          workingGroup {
            id
            name
            status
            startedOn
            members {
              role
              person {
                id
                fullName
              }
            }
          }
        }
      }
    }
  }
`);

const STATUSES = ["DA_AVVIARE", "AVVIATA", "IN_CORSO", "COMPLETATA", "SOSPESA"] as const;

const messages: Messages<
  | (typeof STATUSES)[number]
  | "title"
  | "none"
  | "groups"
  | "noGroups"
  | "back"
  | "notFound"
  | "plan"
> = {
  it: {
    DA_AVVIARE: "Da avviare",
    AVVIATA: "Avviata",
    IN_CORSO: "In corso",
    COMPLETATA: "Completata",
    SOSPESA: "Sospesa",
    title: "Piano delle attività — {name}",
    none: "Questa comunità non ha ancora un piano delle attività.",
    groups: "Gruppi di lavoro",
    noGroups: "Nessun gruppo di lavoro.",
    back: "Torna al cruscotto",
    notFound: "Comunità non trovata.",
    plan: "Piano {year} — stato {status}",
  },
  en: {
    DA_AVVIARE: "To start",
    AVVIATA: "Started",
    IN_CORSO: "In progress",
    COMPLETATA: "Completed",
    SOSPESA: "Suspended",
    title: "Activity plan — {name}",
    none: "This community has no activity plan yet.",
    groups: "Working groups",
    noGroups: "No working groups.",
    back: "Back to the dashboard",
    notFound: "Community not found.",
    plan: "Plan {year} — status {status}",
  },
};

/** The PdA board: the plan's goal actions in columns by status, then the working groups. */
export function BoardPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { slug = "" } = useParams();
  const state = useQuery(PlanBoard, { slug });
  return (
    <QueryView state={state} lines={8}>
      {({ community }) => {
        if (!community) return <Page title={t.notFound} />;
        const plan = [...community.plans].sort((a, b) => b.year - a.year)[0];
        const name = locale === "en" ? community.nameEn : community.name;
        const groups =
          plan?.goalActions.flatMap((g) => (g.workingGroup ? [g.workingGroup] : [])) ?? [];
        return (
          <Page title={t.title.replace("{name}", name)}>
            <p>
              <Link to={props.basePath}>{t.back}</Link>
            </p>
            {!plan ? (
              <EmptyState title={t.none} />
            ) : (
              <>
                <p className="lead">
                  {t.plan.replace("{year}", String(plan.year)).replace("{status}", plan.status)}
                </p>
                <div className="row g-3 mb-5" data-testid="plan-board">
                  {STATUSES.map((status) => {
                    const actions = plan.goalActions.filter((g) => g.status === status);
                    return (
                      <section
                        className="col-12 col-md-6 col-xl"
                        key={status}
                        aria-label={t[status]}
                      >
                        <h2 className="h6 text-uppercase">
                          {t[status]} ({actions.length})
                        </h2>
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
                <Section title={t.groups} id="groups">
                  {groups.length === 0 ? (
                    <EmptyState title={t.noGroups} />
                  ) : (
                    <ul className="list-unstyled">
                      {groups.map((wg) => (
                        <li key={wg.id} className="mb-3">
                          <strong>{wg.name}</strong> <Badge color="secondary">{wg.status}</Badge>
                          <span className="d-block small">
                            {wg.members.map((m) => m.person.fullName).join(", ")}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </Section>
              </>
            )}
          </Page>
        );
      }}
    </QueryView>
  );
}
