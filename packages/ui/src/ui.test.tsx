import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, EmptyState, LocaleProvider, TextField, format, formatDate } from "./index.js";

const inItalian = (node: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(
    createElement(LocaleProvider, { locale: "it", setLocale: () => undefined }, node),
  );

describe("UI kit", () => {
  it("renders user text as text, never as markup", () => {
    const html = inItalian(
      createElement(DataTable<{ id: string; name: string }>, {
        caption: "Persone",
        columns: [{ key: "name", header: "Nome", value: (r) => r.name }],
        rows: [{ id: "1", name: "<img src=x onerror=alert(1)>" }],
        rowKey: (r) => r.id,
      }),
    );
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    expect(html).toContain("<caption>Persone</caption>");
  });

  it("paginates and shows the position", () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: String(i), name: `n${i}` }));
    const html = inItalian(
      createElement(DataTable<{ id: string; name: string }>, {
        caption: "x",
        columns: [{ key: "name", header: "Nome", value: (r) => r.name }],
        rows,
        rowKey: (r) => r.id,
        pageSize: 10,
      }),
    );
    expect(html).toContain("Pagina 1 di 3");
    expect(html).toContain("n9");
    expect(html).not.toContain("n10<");
  });

  it("links a field to its validation message", () => {
    const html = inItalian(
      createElement(TextField, {
        id: "yaml",
        label: "YAML",
        value: "",
        onChange: () => undefined,
        error: "Obbligatorio",
      }),
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="yaml-error"');
    expect(html).toContain('id="yaml-error"');
  });

  it("speaks Italian by default and English on request", () => {
    expect(inItalian(createElement(EmptyState))).toContain("Nessun elemento");
    const en = renderToStaticMarkup(
      createElement(
        LocaleProvider,
        { locale: "en", setLocale: () => undefined },
        createElement(EmptyState),
      ),
    );
    expect(en).toContain("Nothing to show");
  });

  it("formats placeholders and dates", () => {
    expect(format("Pagina {page}", { page: 2 })).toBe("Pagina 2");
    expect(formatDate("2020-03-30", "it")).toMatch(/30 mar 2020/);
  });
});
