import { useQuery } from "@comtem/client";
import {
  LoadingSkeleton,
  Page,
  QueryView,
  useLocale,
  useMessages,
  useReferenceText,
  type Messages,
} from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { usePlanYear, YearNav } from "../dashboard/year";
import { Gantt } from "./Gantt";

const Cronoprogramma = graphql(`
  query Cronoprogramma($year: Int!) {
    cronoprogramma(year: $year) {
      id
      code
      title
      status
      progress
      timeline {
        plannedStart
        plannedEnd
      }
      plan {
        community {
          slug
          name
        }
      }
    }
  }
`);

const messages: Messages<"title" | "lead" | "back"> = {
  it: {
    title: "Cronoprogramma {year}",
    lead: "Le azioni obiettivo di tutte le comunità nel corso dell'anno.",
    back: "Torna al cruscotto",
  },
  en: {
    title: "Timeline {year}",
    lead: "Every community's goal actions across the year.",
    back: "Back to the dashboard",
  },
};

export function GanttPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const shown = useReferenceText();
  const { year, years } = usePlanYear();
  const state = useQuery(Cronoprogramma, { year: year ?? 0 }, { skip: year === null });
  if (year === null) return <LoadingSkeleton lines={8} />;
  return (
    <Page title={t.title.replace("{year}", String(year))} lead={t.lead}>
      <YearNav year={year} years={years} path={`${props.basePath}/cronoprogramma`} />
      <p>
        <Link to={props.basePath}>{t.back}</Link>
      </p>
      <QueryView state={state} lines={10}>
        {(data) => (
          <Gantt
            year={year}
            locale={locale}
            rows={data.cronoprogramma.map((g) => ({
              id: g.id,
              label: `${g.code} — ${g.title}`,
              group: shown(g.plan.community?.name),
              start: g.timeline.plannedStart,
              end: g.timeline.plannedEnd,
              progress: g.progress,
            }))}
          />
        )}
      </QueryView>
    </Page>
  );
}
