import {
  DataTable,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link } from "react-router";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Meeting = NonNullable<CommunityDetailQuery["community"]>["meetings"][number];

const messages: Messages<
  "caption" | "title" | "kind" | "when" | "mode" | "where" | "calendar" | "none"
> = {
  it: {
    caption: "Incontri della comunità",
    title: "Incontro",
    kind: "Tipo",
    when: "Quando",
    mode: "Modalità",
    where: "Dove",
    calendar: "Aggiungi gli incontri al tuo calendario (iCalendar)",
    none: "Nessun incontro in calendario.",
  },
  en: {
    caption: "The community's meetings",
    title: "Meeting",
    kind: "Kind",
    when: "When",
    mode: "Mode",
    where: "Where",
    calendar: "Add the meetings to your calendar (iCalendar)",
    none: "No meetings scheduled.",
  },
};

export function Meetings(props: {
  meetings: Meeting[];
  calendarFeedUrl: string;
  /** Where a meeting's own page is: `${meetingPath}/${id}`. */
  meetingPath: string;
}) {
  const t = useMessages(messages);
  const label = useLabels();
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
          {
            key: "title",
            header: t.title,
            value: (m) => m.title,
            render: (m) => <Link to={`${props.meetingPath}/${m.id}`}>{m.title}</Link>,
          },
          { key: "kind", header: t.kind, value: (m) => label("MeetingKind", m.kind) },
          { key: "when", header: t.when, value: (m) => formatDate(m.startsAt, locale, true) },
          { key: "mode", header: t.mode, value: (m) => label("MeetingMode", m.mode) },
          { key: "where", header: t.where, value: (m) => m.location ?? "—" },
        ]}
      />
    </>
  );
}
