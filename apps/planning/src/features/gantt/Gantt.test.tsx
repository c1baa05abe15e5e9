import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Gantt, monthSpan } from "./Gantt";

describe("Gantt", () => {
  it("maps planned dates to month columns, clamped to the year", () => {
    expect(monthSpan(2020, "2020-03-01", "2020-06-30")).toEqual([2, 5]);
    expect(monthSpan(2020, "2019-11-01", "2021-02-01")).toEqual([0, 11]);
    expect(monthSpan(2020, "2021-01-01", "2021-02-01")).toBeNull();
    expect(monthSpan(2020, null, "2020-02-01")).toBeNull();
  });

  it("renders one row per action with its dates as text", () => {
    const html = renderToStaticMarkup(
      <Gantt
        year={2020}
        locale="it"
        rows={[
          {
            id: "1",
            label: "CD-2020-01 — Survey <competenze>",
            group: "Competenze digitali",
            start: "2020-03-01",
            end: "2020-06-30",
            progress: 50,
          },
        ]}
      />,
    );
    expect(html).toContain("CD-2020-01 — Survey &lt;competenze&gt;");
    expect(html).toContain("grid-column:4 / 8");
  });
});
