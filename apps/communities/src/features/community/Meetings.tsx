import { DataTable, formatDate, useLocale, useMessages, type Messages } from "@comtem/ui";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Meeting = NonNullable<CommunityDetailQuery["community"]>["meetings"][number];

const messages: Messages<
  | "caption"
  | "title"
  | "when"
  | "mode"
  | "where"
  | "calendar"
  | "none"
  | "REMOTO"
  | "PRESENZA"
  | "IBRIDO"
> = {
  it: {
    caption: "Incontri della comunità",
    title: "Incontro",
    when: "Quando",
    mode: "Modalità",
    where: "Dove",
    calendar: "Aggiungi gli incontri al tuo calendario (iCalendar)",
    none: "Nessun incontro in calendario.",
    REMOTO: "Da remoto",
    PRESENZA: "In presenza",
    IBRIDO: "Ibrido",
  },
  en: {
    caption: "The community's meetings",
    title: "Meeting",
    when: "When",
    mode: "Mode",
    where: "Where",
    calendar: "Add the meetings to your calendar (iCalendar)",
    none: "No meetings scheduled.",
    REMOTO: "Remote",
    PRESENZA: "In person",
    IBRIDO: "Hybrid",
  },
};

export function Meetings(props: { meetings: Meeting[]; calendarFeedUrl: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const rows = [...props.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <>
      <p>
        <a
          href={props.calendarFeedUrl}
          className="btn btn-outline-primary btn-sm"
          data-testid="calendar-feed"
        >
          {t.calendar}
        </a>
      </p>
      <DataTable
        caption={t.caption}
        rows={rows}
        rowKey={(m) => m.id}
        empty={t.none}
        pageSize={8}
        columns={[
          { key: "title", header: t.title, value: (m) => m.title },
          { key: "when", header: t.when, value: (m) => formatDate(m.startsAt, locale, true) },
          { key: "mode", header: t.mode, value: (m) => t[m.mode] },
          { key: "where", header: t.where, value: (m) => m.location ?? "—" },
        ]}
      />
    </>
  );
}
