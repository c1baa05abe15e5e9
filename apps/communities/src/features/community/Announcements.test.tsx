import { LocaleProvider } from "@comtem/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Announcements } from "./Announcements";
import { MembersByRole } from "./MembersByRole";

const inItalian = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <LocaleProvider locale="it" setLocale={() => undefined}>
      {node}
    </LocaleProvider>,
  );

describe("community page parts", () => {
  it("renders announcement bodies as text, never as HTML", () => {
    const html = inItalian(
      <Announcements
        announcements={[
          {
            id: "a1",
            title: "Riunione <b>plenaria</b>",
            body: '<script>alert("x")</script>\nseconda riga',
            publishedAt: "2020-03-30T08:00:00.000Z",
            author: { fullName: "Anna Rossi" },
          },
        ]}
      />,
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Riunione &lt;b&gt;plenaria&lt;/b&gt;");
  });

  it("groups members by role", () => {
    const html = inItalian(
      <MembersByRole
        memberships={[
          {
            id: "m1",
            role: "CO_COORDINATORE",
            since: "2020-01-01",
            person: { id: "p1", fullName: "Anna Rossi" },
            organization: { id: "o1", name: "Comune di Bologna" },
          },
          {
            id: "m2",
            role: "PARTECIPANTE",
            since: "2020-01-01",
            person: { id: "p2", fullName: "Luca Bianchi" },
            organization: { id: "o2", name: "Comune di Parma" },
          },
        ]}
      />,
    );
    expect(html).toContain("Co-coordinatori (1)");
    expect(html).toContain("Partecipanti (1)");
  });

  it("reads a person or organization the people subgraph did not give as 'non disponibile'", () => {
    const html = inItalian(
      <>
        <MembersByRole
          memberships={[
            {
              id: "m1",
              role: "PARTECIPANTE",
              since: "2020-01-01",
              person: null,
              organization: { id: "o1", name: "Comune di Bologna" },
            },
          ]}
        />
        <Announcements
          announcements={[
            { id: "a1", title: "Kick-off", body: "", publishedAt: "2020-03-30", author: null },
          ]}
        />
      </>,
    );
    expect(html).toContain("Partecipanti (1)");
    expect(html).toContain("non disponibile — <span");
    expect(html).toContain("di non disponibile");
  });

  it("says once that names are unavailable when no member's person or body came, and keeps the counts", () => {
    const unknown = (id: string) => ({
      id,
      role: "PARTECIPANTE" as const,
      since: "2020-01-01",
      person: null,
      organization: null,
    });
    const html = inItalian(<MembersByRole memberships={[unknown("m1"), unknown("m2")]} />);
    expect(html).toContain("non sono disponibili in questo momento");
    expect(html).toContain("Partecipanti (2)");
    expect(html).not.toContain("non disponibile — ");
  });
});
