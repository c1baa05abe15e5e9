import { useQuery } from "@comtem/client";
import { useMessages, type Messages } from "@comtem/ui";
import { Link, useSearchParams } from "react-router";
import { graphql } from "../../gql";

const PlanYears = graphql(`
  query PlanYears {
    activityPlans(first: 100) {
      edges {
        node {
          year
        }
      }
    }
  }
`);

const messages: Messages<"years"> = { it: { years: "Anno" }, en: { years: "Year" } };

/**
 * The year a system view shows: `?anno=` when given, else the most recent year that has plans
 * (up to next year), else the current year. `years` are the years with plans, newest first.
 */
export function usePlanYear(): { year: number | null; years: number[] } {
  const [params] = useSearchParams();
  const state = useQuery(PlanYears);
  const current = new Date().getFullYear();
  const years = [
    ...new Set(
      state.data?.activityPlans.edges.map((e) => e.node.year).filter((y) => y <= current + 1),
    ),
  ].sort((a, b) => b - a);
  const asked = Number(params.get("anno"));
  if (Number.isInteger(asked) && asked >= 2000 && asked <= 2100) return { year: asked, years };
  if (!state.data && !state.error) return { year: null, years };
  return { year: years[0] ?? current, years };
}

/** Links to the other years with plans (the current one marked, not a link). */
export function YearNav(props: { year: number; years: number[]; path: string }) {
  const t = useMessages(messages);
  if (props.years.length < 2) return null;
  return (
    <nav aria-label={t.years} className="mb-3">
      <ul className="list-inline mb-0">
        <li className="list-inline-item fw-semibold">{t.years}:</li>
        {props.years.map((y) => (
          <li className="list-inline-item" key={y}>
            {y === props.year ? (
              <span aria-current="page" className="fw-bold">
                {y}
              </span>
            ) : (
              <Link to={`${props.path}?anno=${y}`}>{y}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
