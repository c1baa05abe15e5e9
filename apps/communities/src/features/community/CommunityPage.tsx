import { useQuery } from "@comtem/client";
import { Page, QueryView, Section, useLocale, useMessages, type Messages } from "@comtem/ui";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import { Announcements } from "./Announcements";
import { Contributions } from "./Contributions";
import { Declaratoria } from "./Declaratoria";
import { JoinRequestForm } from "./JoinRequestForm";
import { Meetings } from "./Meetings";
import { MembersByRole } from "./MembersByRole";

const CommunityDetail = graphql(`
  query CommunityDetail($slug: String!) {
    community(slug: $slug) {
      id
      slug
      name
      nameEn
      kind
      activeFrom
      calendarFeedUrl
      declaratoria {
        themes
        mission
        perimeter
        longTermObjectives
        expectedResults
        participantProfile
      }
      memberships {
        id
        role
        since
        person {
          id
          fullName
        }
        organization {
          id
          name
        }
      }
      meetings {
        id
        kind
        mode
        title
        startsAt
        endsAt
        location
      }
      contributions {
        id
        kind
        status
        title
        description
        organization {
          name
        }
      }
      announcements {
        id
        title
        body
        publishedAt
        author {
          fullName
        }
      }
    }
  }
`);

const messages: Messages<
  | "declaratoria"
  | "members"
  | "join"
  | "meetings"
  | "contributions"
  | "announcements"
  | "notFound"
  | "back"
> = {
  it: {
    declaratoria: "Declaratoria",
    members: "Partecipanti per ruolo",
    join: "Partecipa",
    meetings: "Incontri",
    contributions: "Proposte ed esigenze",
    announcements: "Comunicazioni",
    notFound: "Comunità non trovata.",
    back: "Tutte le comunità",
  },
  en: {
    declaratoria: "Declaratoria",
    members: "Members by role",
    join: "Take part",
    meetings: "Meetings",
    contributions: "Proposals and needs",
    announcements: "Announcements",
    notFound: "Community not found.",
    back: "All communities",
  },
};

export function CommunityPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { slug = "" } = useParams();
  const state = useQuery(CommunityDetail, { slug });
  return (
    <QueryView state={state} lines={8}>
      {({ community }) =>
        !community ? (
          <Page title={t.notFound}>
            <Link to={props.basePath}>{t.back}</Link>
          </Page>
        ) : (
          <Page title={locale === "en" ? community.nameEn : community.name}>
            <p>
              <Link to={props.basePath}>{t.back}</Link>
            </p>
            <Section title={t.declaratoria} id="declaratoria">
              <Declaratoria declaratoria={community.declaratoria} />
            </Section>
            <Section title={t.members} id="members">
              <MembersByRole memberships={community.memberships} />
            </Section>
            <Section title={t.join} id="join">
              <JoinRequestForm communityId={community.id} />
            </Section>
            <Section title={t.meetings} id="meetings">
              <Meetings meetings={community.meetings} calendarFeedUrl={community.calendarFeedUrl} />
            </Section>
            <Section title={t.contributions} id="contributions">
              <Contributions contributions={community.contributions} />
            </Section>
            <Section title={t.announcements} id="announcements">
              <Announcements announcements={community.announcements} />
            </Section>
          </Page>
        )
      }
    </QueryView>
  );
}
