import type { Locale } from "@comtem/ui";

export interface GanttRow {
  id: string;
  label: string;
  group: string;
  start: string | null | undefined;
  end: string | null | undefined;
  progress: number;
}

/** Month index (0-11) of an ISO date within the year, clamped; null when outside or missing. */
export function monthSpan(
  year: number,
  start?: string | null,
  end?: string | null,
): [number, number] | null {
  if (!start || !end) return null;
  const toMonth = (iso: string) => {
    const [y, m] = iso.split("-").map(Number) as [number, number];
    if (y < year) return 0;
    if (y > year) return 11;
    return m - 1;
  };
  if (Number(end.slice(0, 4)) < year || Number(start.slice(0, 4)) > year) return null;
  return [toMonth(start), toMonth(end)];
}

/**
 * The cronoprogramma as a Gantt view in a CSS grid: one row per goal action, twelve month
 * columns; the bar spans the planned months. Dates are also given as text for assistive tech.
 */
export function Gantt(props: { year: number; rows: GanttRow[]; locale: Locale }) {
  const months = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(props.locale === "en" ? "en-GB" : "it-IT", { month: "short" }).format(
      new Date(Date.UTC(props.year, i, 15)),
    ),
  );
  const grid = {
    display: "grid",
    gridTemplateColumns: "minmax(12rem, 2fr) repeat(12, minmax(2rem, 1fr))",
    gap: "2px",
  } as const;
  return (
    <div className="overflow-auto" data-testid="gantt">
      <div style={grid} className="fw-semibold small border-bottom pb-1">
        <span>{props.locale === "en" ? "Action" : "Azione"}</span>
        {months.map((m) => (
          <span key={m} className="text-center">
            {m}
          </span>
        ))}
      </div>
      <div>
        {props.rows.map((row) => {
          const span = monthSpan(props.year, row.start, row.end);
          return (
            <div key={row.id} style={grid} className="align-items-center py-1 border-bottom">
              <span className="small" data-testid="gantt-row">
                {row.label}
                <span className="d-block text-muted">
                  {row.group} · {row.start ?? "?"} → {row.end ?? "?"} · {row.progress}%
                </span>
              </span>
              {span ? (
                <span
                  aria-hidden="true"
                  className="bg-primary rounded"
                  style={{
                    gridColumn: `${span[0] + 2} / ${span[1] + 3}`,
                    height: "1rem",
                    opacity: 0.4 + row.progress / 170,
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
