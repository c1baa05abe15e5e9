import {
  EmptyState,
  formatDate,
  useLocale,
  useMessages,
  useReferenceText,
  type Messages,
} from "@comtem/ui";
import type { CommunityDetailQuery } from "../../gql/graphql";

type Announcement = NonNullable<CommunityDetailQuery["community"]>["announcements"][number];

const messages: Messages<"none" | "by"> = {
  it: { none: "Nessuna comunicazione.", by: "di" },
  en: { none: "No announcements.", by: "by" },
};

/** Title and body are stored exactly as written and are never HTML: rendered as text. */
export function Announcements(props: { announcements: Announcement[] }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const shown = useReferenceText();
  if (props.announcements.length === 0) return <EmptyState title={t.none} />;
  return (
    <div>
      {props.announcements.map((a) => (
        <article key={a.id} className="mb-4" data-testid="announcement">
          <h3 className="h5 mb-1">{a.title}</h3>
          <p className="small text-muted mb-1">
            {formatDate(a.publishedAt, locale)} {t.by} {shown(a.author?.fullName)}
          </p>
          <p style={{ whiteSpace: "pre-line" }}>{a.body}</p>
        </article>
      ))}
    </div>
  );
}
