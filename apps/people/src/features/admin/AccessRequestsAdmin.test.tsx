import { ClientProvider, createClient } from "@comtem/client";
import { LocaleProvider, type Locale } from "@comtem/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { AdminRoutes } from "./AdminRoutes";

const render = (locale: Locale, path: string) =>
  renderToStaticMarkup(
    <LocaleProvider locale={locale} setLocale={() => undefined}>
      <ClientProvider client={createClient({ url: "http://gateway.invalid/graphql" })}>
        <MemoryRouter initialEntries={[path]}>
          <AdminRoutes basePath="/persone" sliceName="people" />
        </MemoryRouter>
      </ClientProvider>
    </LocaleProvider>,
  );

describe("access requests admin page", () => {
  it("is reached from the admin sections, in Italian and English", () => {
    const home = render("it", "/");
    expect(home).toContain('href="/persone/amministrazione/richieste"');
    expect(home).toContain("Richieste di accesso");
    expect(render("it", "/richieste")).toContain("<h1");
    expect(render("it", "/richieste")).toContain("Richieste di accesso");
    expect(render("en", "/richieste")).toContain("Access requests");
    expect(render("en", "/richieste")).toContain("Pending requests, oldest first");
  });
});
