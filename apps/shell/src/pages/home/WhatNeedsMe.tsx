import { useQuery } from "@comtem/client";
import {
  Badge,
  EmptyState,
  QueryView,
  Section,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link } from "react-router";
import { graphql } from "../../gql";

// 20 communities cover anyone (there are about ten), and keep the query's cost well under the
// gateway's limit: each community brings its meetings and announcements (ADR 0008).
const WhatNeedsMeQuery = graphql(`
  query ShellWhatNeedsMe($year: Int!) {
    me {
      id
    }
    myCommunities(first: 20) {
      edges {
        node {
          id
          slug
          name
          nameEn
          calendarFeedUrl
          viewerCan {
            manage
          }
          meetings {
            id
            title
            kind
            startsAt
          }
          announcements {
            id
            title
            publishedAt
          }
        }
      }
    }
    cronoprogramma(year: $year) {
      id
      code
      title
      status
      progress
      timeline {
        plannedEnd
      }
      referents {
        id
      }
      plan {
        community {
          slug
        }
      }
    }
  }
`);

const PendingRequests = graphql(`
  query ShellPendingJoinRequests($communityId: ID!) {
    joinRequests(communityId: $communityId, status: PENDING) {
      id
    }
  }
`);

const messages: Messages<
  | "needsMe"
  | "requests"
  | "request"
  | "review"
  | "meetings"
  | "noMeetings"
  | "calendar"
  | "late"
  | "lateItem"
  | "dueItem"
  | "noGoalActions"
  | "announcements"
  | "noAnnouncements"
> = {
  it: {
    needsMe: "Cosa richiede la tua attenzione",
    requests: "{count} richieste di partecipazione da esaminare in {community}",
    request: "1 richiesta di partecipazione da esaminare in {community}",
    review: "Esamina",
    meetings: "I tuoi prossimi incontri",
    noMeetings: "Nessun incontro in programma nelle tue comunità.",
    calendar: "calendario",
    late: "Le tue azioni-obiettivo in ritardo o in scadenza",
    lateItem: "in ritardo: scadenza {date}",
    dueItem: "scade il {date}",
    noGoalActions: "Nessuna azione-obiettivo di cui sei referente è in ritardo o in scadenza.",
    announcements: "Nuove comunicazioni nelle tue comunità",
    noAnnouncements: "Nessuna comunicazione negli ultimi 30 giorni.",
  },
  en: {
    needsMe: "What needs your attention",
    requests: "{count} requests to take part to review in {community}",
    request: "1 request to take part to review in {community}",
    review: "Review",
    meetings: "Your next meetings",
    noMeetings: "No meetings scheduled in your communities.",
    calendar: "calendar",
    late: "Your goal-actions that are late or due",
    lateItem: "late: due {date}",
    dueItem: "due {date}",
    noGoalActions: "None of the goal-actions you are referent of is late or due.",
    announcements: "New announcements in your communities",
    noAnnouncements: "No announcements in the last 30 days.",
  },
};

const DAY = 86_400_000;

function RequestsToReview(props: { community: { id: string; slug: string; name: string } }) {
  const t = useMessages(messages);
  const state = useQuery(PendingRequests, { communityId: props.community.id });
  const count = state.data?.joinRequests.length ?? 0;
  if (!count) return null;
  return (
    <li className="mb-2" data-testid="requests-to-review">
      {(count === 1 ? t.request : t.requests)
        .replace("{count}", String(count))
        .replace("{community}", props.community.name)}
      {" — "}
      <Link to={`/communities/${props.community.slug}#join-requests-title`}>{t.review}</Link>
    </li>
  );
}

/** The signed-in home: requests to review, next meetings, late goal-actions, news. */
export function WhatNeedsMe(props: { communitiesSlice: boolean }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const now = Date.now();
  const state = useQuery(WhatNeedsMeQuery, { year: new Date().getFullYear() });
  return (
    <QueryView state={state} lines={6}>
      {(data) => {
        const communities = data.myCommunities.edges.map((e) => e.node);
        const name = (c: { name: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.name);
        const link = (path: string, text: string) =>
          props.communitiesSlice ? <Link to={path}>{text}</Link> : text;
        const meetings = communities
          .flatMap((c) => c.meetings.map((m) => ({ ...m, community: c })))
          .filter((m) => Date.parse(m.startsAt) >= now)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
          .slice(0, 5);
        const mine = data.cronoprogramma
          .filter((g) => g.referents.some((r) => r?.id === data.me?.id))
          .filter((g) => g.status !== "COMPLETATA" && g.timeline.plannedEnd)
          .map((g) => ({ ...g, end: Date.parse(g.timeline.plannedEnd!) }))
          .filter((g) => g.end < now + 30 * DAY)
          .sort((a, b) => a.end - b.end);
        const news = communities
          .flatMap((c) => c.announcements.map((a) => ({ ...a, community: c })))
          .filter((a) => Date.parse(a.publishedAt) >= now - 30 * DAY)
          .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
          .slice(0, 5);
        return (
          <>
            <Section title={t.needsMe} id="needs-me">
              <ul className="list-unstyled">
                {communities
                  .filter((c) => c.viewerCan.manage)
                  .map((c) => (
                    <RequestsToReview
                      key={c.id}
                      community={{ id: c.id, slug: c.slug, name: name(c) }}
                    />
                  ))}
              </ul>
              <h3 className="h5">{t.late}</h3>
              {mine.length === 0 ? (
                <EmptyState title={t.noGoalActions} />
              ) : (
                <ul data-testid="my-goal-actions">
                  {mine.map((g) => (
                    <li key={g.id}>
                      <strong>{g.code}</strong>{" "}
                      {g.plan.community ? (
                        <Link to={`/planning/comunita/${g.plan.community.slug}`}>{g.title}</Link>
                      ) : (
                        g.title
                      )}{" "}
                      <Badge color={g.end < now ? "danger" : "warning"} className="ms-1">
                        {(g.end < now ? t.lateItem : t.dueItem).replace(
                          "{date}",
                          formatDate(g.timeline.plannedEnd!, locale),
                        )}
                      </Badge>{" "}
                      <span className="small text-muted">
                        {label("GoalActionStatus", g.status)} · {g.progress}%
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t.meetings} id="my-meetings">
              {meetings.length === 0 ? (
                <EmptyState title={t.noMeetings} />
              ) : (
                <ul data-testid="my-meetings">
                  {meetings.map((m) => (
                    <li key={m.id} className="mb-1">
                      {formatDate(m.startsAt, locale, true)} —{" "}
                      {link(`/communities/${m.community.slug}/incontri/${m.id}`, m.title)}{" "}
                      <span className="small text-muted">
                        ({label("MeetingKind", m.kind)}, {name(m.community)} ·{" "}
                        <a href={m.community.calendarFeedUrl}>{t.calendar}</a>)
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t.announcements} id="my-news">
              {news.length === 0 ? (
                <EmptyState title={t.noAnnouncements} />
              ) : (
                <ul data-testid="my-news">
                  {news.map((a) => (
                    <li key={a.id}>
                      {formatDate(a.publishedAt, locale)} — {a.title}{" "}
                      <span className="small text-muted">
                        (
                        {link(
                          `/communities/${a.community.slug}#announcements-title`,
                          name(a.community),
                        )}
                        )
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </>
        );
      }}
    </QueryView>
  );
}
