import { useQuery } from "@comtem/client";
import {
  EmptyState,
  QueryView,
  Section,
  formatDate,
  formatNumber,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";

const YearAtAGlanceQuery = graphql(`
  query ShellYearAtAGlance($year: Int!, $from: DateTime!) {
    communities(first: 1) {
      totalCount
    }
    systemPlan(year: $year) {
      year
      communitiesWithPlan
      goalActions
      workingGroupsStartedByMonth {
        count
      }
    }
    meetings(first: 5, filter: { kind: PLENARIA, from: $from }) {
      edges {
        node {
          id
          title
          startsAt
          mode
          location
        }
      }
    }
    searchResources(first: 5) {
      edges {
        node {
          id
          title
          kind
          organization {
            name
          }
        }
      }
    }
  }
`);

const messages: Messages<
  | "figures"
  | "communities"
  | "plans"
  | "goalActions"
  | "groups"
  | "plenaries"
  | "noPlenaries"
  | "solutions"
  | "noSolutions"
> = {
  it: {
    figures: "Il {year} in cifre",
    communities: "comunità tematiche",
    plans: "Piani di Attività",
    goalActions: "azioni-obiettivo",
    groups: "gruppi di lavoro avviati",
    plenaries: "Prossime plenarie",
    noPlenaries: "Nessuna plenaria in programma.",
    solutions: "Soluzioni condivise di recente",
    noSolutions: "Nessuna soluzione condivisa.",
  },
  en: {
    figures: "{year} in figures",
    communities: "thematic communities",
    plans: "Activity Plans",
    goalActions: "goal-actions",
    groups: "working groups started",
    plenaries: "Next plenary meetings",
    noPlenaries: "No plenary meeting scheduled.",
    solutions: "Recently shared solutions",
    noSolutions: "No shared solutions.",
  },
};

/** The anonymous home: the year's figures, upcoming plenaries, recently shared solutions. */
export function YearAtAGlance(props: { slices: Set<string> }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const year = new Date().getFullYear();
  // Rounded to the hour: the variables (and so the request) stay the same within a visit.
  const from = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
  const state = useQuery(YearAtAGlanceQuery, { year, from });
  return (
    <QueryView state={state} lines={6}>
      {(data) => {
        const groups = data.systemPlan.workingGroupsStartedByMonth.reduce((n, m) => n + m.count, 0);
        const figures = [
          [data.communities.totalCount, t.communities],
          [data.systemPlan.communitiesWithPlan, t.plans],
          [data.systemPlan.goalActions, t.goalActions],
          [groups, t.groups],
        ] as const;
        return (
          <>
            <Section title={t.figures.replace("{year}", String(year))} id="figures">
              <dl className="row text-center" data-testid="year-figures">
                {figures.map(([value, text]) => (
                  <div className="col-6 col-md-3 mb-3" key={text}>
                    <dt className="visually-hidden">{text}</dt>
                    <dd className="mb-0">
                      <span className="d-block display-6 fw-bold text-primary">
                        {formatNumber(value, locale)}
                      </span>
                      <span aria-hidden="true">{text}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            </Section>
            <Section title={t.plenaries} id="plenaries">
              {data.meetings.edges.length === 0 ? (
                <EmptyState title={t.noPlenaries} />
              ) : (
                <ul>
                  {data.meetings.edges.map(({ node }) => (
                    <li key={node.id}>
                      {formatDate(node.startsAt, locale, true)} — {node.title}{" "}
                      <span className="small text-muted">
                        ({label("MeetingMode", node.mode)}
                        {node.location ? `, ${node.location}` : ""})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t.solutions} id="solutions">
              {data.searchResources.edges.length === 0 ? (
                <EmptyState title={t.noSolutions} />
              ) : (
                <ul>
                  {data.searchResources.edges.map(({ node }) => (
                    <li key={node.id}>
                      {props.slices.has("repository") ? (
                        <Link to={`/repository/risorse/${node.id}`}>{node.title}</Link>
                      ) : (
                        node.title
                      )}{" "}
                      <span className="small text-muted">
                        ({label("ResourceKind", node.kind)}
                        {node.organization ? `, ${node.organization.name}` : ""})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}
