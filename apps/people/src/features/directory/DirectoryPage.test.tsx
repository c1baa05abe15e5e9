import { ClientProvider, createClient } from "@comtem/client";
import { LocaleProvider } from "@comtem/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { DirectoryPage } from "./DirectoryPage";

describe("people directory", () => {
  it("renders its filters, labelled, in English on request", () => {
    const html = renderToStaticMarkup(
      <LocaleProvider locale="en" setLocale={() => undefined}>
        <ClientProvider client={createClient({ url: "http://gateway.invalid/graphql" })}>
          <MemoryRouter>
            <DirectoryPage basePath="/people" />
          </MemoryRouter>
        </ClientProvider>
      </LocaleProvider>,
    );
    expect(html).toContain('<label for="people-search"');
    expect(html).toContain("Search by name");
    expect(html).toContain('role="search"');
  });
});
