/**
 * A small bar chart in plain HTML/CSS (no chart library, no CDN): an accessible figure whose
 * numbers are also in the markup as text, so screen readers and print get them.
 */
export function BarChart(props: { label: string; data: { label: string; value: number }[] }) {
  const max = Math.max(1, ...props.data.map((d) => d.value));
  return (
    <figure data-testid="bar-chart">
      <figcaption className="visually-hidden">{props.label}</figcaption>
      <ul className="list-unstyled mb-0">
        {props.data.map((d) => (
          <li key={d.label} className="d-flex align-items-center gap-2 mb-1">
            <span style={{ width: "6rem" }} className="small">
              {d.label}
            </span>
            <span
              aria-hidden="true"
              className="bg-primary d-inline-block"
              style={{
                height: "1.25rem",
                width: `${(d.value / max) * 70}%`,
                minWidth: d.value ? "2px" : 0,
              }}
            />
            <span className="small fw-semibold">{d.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
