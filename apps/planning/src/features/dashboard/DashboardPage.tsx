import { useQuery } from "@comtem/client";
import {
  DataTable,
  formatNumber,
  LoadingSkeleton,
  Page,
  useLabels,
  QueryView,
  Section,
  useLocale,
  useMessages,
  useReferenceText,
  type Messages,
} from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { usePlanYear, YearNav } from "./year";
import { BarChart } from "./BarChart";

const SystemDashboard = graphql(`
  query SystemDashboard($year: Int!) {
    systemPlan(year: $year) {
      year
      communitiesWithPlan
      goalActions
      goalActionsNeedingWorkingGroup
      workingGroupsStartedByMonth {
        month
        count
      }
      deliverablesByKindAndStatus {
        kind
        status
        count
      }
    }
    activityPlans(first: 50, filter: { year: $year }) {
      edges {
        node {
          id
          status
          community {
            slug
            name
            nameEn
          }
        }
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "lead"
  | "figures"
  | "communities"
  | "actions"
  | "needingWg"
  | "wgByMonth"
  | "wgChart"
  | "deliverables"
  | "kind"
  | "status"
  | "count"
  | "boards"
  | "gantt"
> = {
  it: {
    title: "Piani delle attività {year}",
    lead: "Il cruscotto del Sistema ComTem: piani, azioni, gruppi di lavoro e prodotti dell'anno.",
    figures: "I numeri dell'anno",
    communities: "Comunità con un piano",
    actions: "Azioni obiettivo",
    needingWg: "Azioni che richiedono un gruppo di lavoro",
    wgByMonth: "Gruppi di lavoro avviati per mese",
    wgChart: "Gruppi di lavoro avviati in ciascun mese",
    deliverables: "Prodotti per tipo e stato",
    kind: "Tipo",
    status: "Stato",
    count: "Numero",
    boards: "Piani delle comunità",
    gantt: "Vedi il cronoprogramma {year}",
  },
  en: {
    title: "Activity plans {year}",
    lead: "The ComTem system dashboard: the year's plans, actions, working groups and deliverables.",
    figures: "The year in figures",
    communities: "Communities with a plan",
    actions: "Goal actions",
    needingWg: "Actions needing a working group",
    wgByMonth: "Working groups started per month",
    wgChart: "Working groups started in each month",
    deliverables: "Deliverables by kind and status",
    kind: "Kind",
    status: "Status",
    count: "Count",
    boards: "The communities' plans",
    gantt: "See the {year} timeline",
  },
};

export function DashboardPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const shown = useReferenceText();
  const { year, years } = usePlanYear();
  const state = useQuery(SystemDashboard, { year: year ?? 0 }, { skip: year === null });
  if (year === null) return <LoadingSkeleton lines={8} />;
  const month = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "it-IT", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return (
    <Page title={t.title.replace("{year}", String(year))} lead={t.lead}>
      <YearNav year={year} years={years} path={props.basePath} />
      <p>
        <Link to={`${props.basePath}/cronoprogramma?anno=${year}`}>
          {t.gantt.replace("{year}", String(year))}
        </Link>
      </p>
      <QueryView state={state} lines={8}>
        {({ systemPlan, activityPlans }) => (
          <>
            <Section title={t.figures} id="figures">
              <div className="row g-3" data-testid="system-figures">
                {[
                  [t.communities, systemPlan.communitiesWithPlan],
                  [t.actions, systemPlan.goalActions],
                  [t.needingWg, systemPlan.goalActionsNeedingWorkingGroup],
                ].map(([label, value]) => (
                  <div className="col-12 col-md-4" key={String(label)}>
                    <div className="card card-bg p-3 h-100">
                      <p className="display-6 fw-bold mb-0">
                        {formatNumber(Number(value), locale)}
                      </p>
                      <p className="mb-0">{label}</p>
                    </div>
                  </div>
                ))}
              </div>
            </Section>
            <Section title={t.wgByMonth} id="wg-by-month">
              <BarChart
                label={t.wgChart}
                data={systemPlan.workingGroupsStartedByMonth.map((m) => ({
                  // "2021-11" → "nov 2021" / "Nov 2021"
                  label: month.format(new Date(`${m.month}-01T00:00:00Z`)),
                  value: m.count,
                }))}
              />
            </Section>
            <Section title={t.deliverables} id="deliverables">
              <DataTable
                caption={t.deliverables}
                rows={systemPlan.deliverablesByKindAndStatus}
                rowKey={(d) => `${d.kind}-${d.status}`}
                columns={[
                  { key: "kind", header: t.kind, value: (d) => label("DeliverableKind", d.kind) },
                  {
                    key: "status",
                    header: t.status,
                    value: (d) => label("DeliverableStatus", d.status),
                  },
                  { key: "count", header: t.count, value: (d) => d.count },
                ]}
              />
            </Section>
            <Section title={t.boards} id="boards">
              <ul>
                {activityPlans.edges.map(({ node }) => (
                  <li key={node.id}>
                    {node.community ? (
                      <Link to={`${props.basePath}/comunita/${node.community.slug}`}>
                        {locale === "en" ? node.community.nameEn : node.community.name}
                      </Link>
                    ) : (
                      shown(null)
                    )}{" "}
                    <span className="text-muted">({label("PlanStatus", node.status)})</span>
                  </li>
                ))}
              </ul>
            </Section>
          </>
        )}
      </QueryView>
    </Page>
  );
}
