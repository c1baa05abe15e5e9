import { LocaleProvider } from "@comtem/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommunitiesTable } from "./OverviewPage";

describe("slice-template overview", () => {
  it("renders the communities as text", () => {
    const html = renderToStaticMarkup(
      <LocaleProvider locale="it" setLocale={() => undefined}>
        <CommunitiesTable
          rows={[{ id: "1", slug: "x", name: "Competenze <digitali>", kind: "TRASVERSALE" }]}
        />
      </LocaleProvider>,
    );
    expect(html).toContain("Competenze &lt;digitali&gt;");
    expect(html).toContain("Comunità tematiche");
  });
});
