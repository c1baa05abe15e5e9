import { useQuery } from "@comtem/client";
import {
  Disclosure,
  Page,
  QueryView,
  Section,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { graphql } from "../../gql";
import { MeetingForm } from "../meeting/MeetingForm";
import { AddMemberForm } from "./AddMemberForm";
import { AnnouncementForm } from "./AnnouncementForm";
import { Announcements } from "./Announcements";
import { ContributionForm } from "./ContributionForm";
import { CommunityForm } from "./CommunityForm";
import { Contributions } from "./Contributions";
import { Declaratoria } from "./Declaratoria";
import { JoinRequestsReview } from "./JoinRequestsReview";
import { JoinSection } from "./JoinSection";
import { Meetings } from "./Meetings";
import { MembersByRole } from "./MembersByRole";
import { useCommunityViewer } from "./viewer";

const CommunityDetail = graphql(`
  query CommunityDetail($slug: String!) {
    community(slug: $slug) {
      id
      version
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
        version
        kind
        status
        title
        description
        organization {
          name
        }
        goalActions {
          id
          code
          title
          plan {
            year
          }
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
  | "requests"
  | "meetings"
  | "schedule"
  | "contributions"
  | "submitContribution"
  | "announcements"
  | "publish"
  | "notFound"
  | "back"
  | "plan"
  | "edit"
  | "addMember"
> = {
  it: {
    declaratoria: "Declaratoria",
    members: "Partecipanti per ruolo",
    join: "Partecipa",
    requests: "Richieste di partecipazione",
    meetings: "Incontri",
    schedule: "Pianifica un incontro",
    contributions: "Proposte ed esigenze",
    submitContribution: "Presenta una proposta o un'esigenza",
    announcements: "Comunicazioni",
    publish: "Scrivi una comunicazione",
    notFound: "Comunità non trovata.",
    back: "Tutte le comunità",
    plan: "Piano di Attività della comunità",
    edit: "Modifica nome e declaratoria",
    addMember: "Aggiungi una persona",
  },
  en: {
    declaratoria: "Declaratoria",
    members: "Members by role",
    join: "Take part",
    requests: "Requests to take part",
    meetings: "Meetings",
    schedule: "Schedule a meeting",
    contributions: "Proposals and needs",
    submitContribution: "Submit a proposal or a need",
    announcements: "Announcements",
    publish: "Write an announcement",
    notFound: "Community not found.",
    back: "All communities",
    plan: "The community's Activity Plan",
    edit: "Edit name and declaratoria",
    addMember: "Add a person",
  },
};

type Panel = "meeting" | "contribution" | "announcement" | "edit" | "member" | null;

export function CommunityPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { slug = "" } = useParams();
  const state = useQuery(CommunityDetail, { slug });
  const community = state.data?.community;
  const { viewer, refetch: refetchViewer } = useCommunityViewer(community?.id);
  const [open, setOpen] = useState<Panel>(null);
  const toggle = (panel: Panel) => (isOpen: boolean) => setOpen(isOpen ? panel : null);
  const reload = () => {
    state.refetch();
    refetchViewer();
  };
  return (
    <QueryView state={state} lines={8}>
      {({ community }) =>
        !community ? (
          <Page title={t.notFound}>
            <Link to={props.basePath}>{t.back}</Link>
          </Page>
        ) : (
          <Page
            title={locale === "en" ? community.nameEn : community.name}
            lead={label("CommunityKind", community.kind)}
          >
            <p className="d-flex flex-wrap gap-3">
              <Link to={props.basePath}>{t.back}</Link>
              {/* The plan lives in the planning slice, mounted beside this one by the shell. */}
              <Link to={`/planning/comunita/${community.slug}`}>{t.plan}</Link>
            </p>
            <Section title={t.join} id="join">
              <JoinSection communityId={community.id} viewer={viewer} onChange={reload} />
            </Section>
            {viewer.canManage ? (
              <Section title={t.requests} id="join-requests">
                <JoinRequestsReview communityId={community.id} onDecided={reload} />
              </Section>
            ) : null}
            <Section title={t.declaratoria} id="declaratoria">
              {viewer.canManage ? (
                <Disclosure
                  id="edit-community"
                  label={t.edit}
                  open={open === "edit"}
                  onOpenChange={toggle("edit")}
                >
                  <CommunityForm
                    key={community.id}
                    community={community}
                    onSaved={state.refetch}
                    onReload={state.refetch}
                  />
                </Disclosure>
              ) : null}
              <Declaratoria declaratoria={community.declaratoria} />
            </Section>
            <Section title={t.members} id="members">
              {viewer.canManage ? (
                <Disclosure
                  id="add-member"
                  label={t.addMember}
                  open={open === "member"}
                  onOpenChange={toggle("member")}
                >
                  <AddMemberForm communityId={community.id} onSaved={reload} />
                </Disclosure>
              ) : null}
              <MembersByRole memberships={community.memberships} />
            </Section>
            <Section title={t.meetings} id="meetings">
              {viewer.canOrganize ? (
                <Disclosure
                  id="schedule-meeting"
                  label={t.schedule}
                  variant="primary"
                  open={open === "meeting"}
                  onOpenChange={toggle("meeting")}
                >
                  <MeetingForm
                    communityId={community.id}
                    onSaved={(id) => navigate(`${props.basePath}/${community.slug}/incontri/${id}`)}
                  />
                </Disclosure>
              ) : null}
              <Meetings
                meetings={community.meetings}
                calendarFeedUrl={community.calendarFeedUrl}
                meetingPath={`${props.basePath}/${community.slug}/incontri`}
              />
            </Section>
            <Section title={t.contributions} id="contributions">
              {viewer.canContribute ? (
                <Disclosure
                  id="submit-contribution"
                  label={t.submitContribution}
                  variant="primary"
                  open={open === "contribution"}
                  onOpenChange={toggle("contribution")}
                >
                  <ContributionForm
                    communityId={community.id}
                    organization={viewer.organization}
                    onSaved={state.refetch}
                  />
                </Disclosure>
              ) : null}
              <Contributions
                contributions={community.contributions}
                canManage={viewer.canManage}
                onChange={state.refetch}
              />
            </Section>
            <Section title={t.announcements} id="announcements">
              {viewer.canOrganize ? (
                <Disclosure
                  id="publish-announcement"
                  label={t.publish}
                  variant="primary"
                  open={open === "announcement"}
                  onOpenChange={toggle("announcement")}
                >
                  <AnnouncementForm communityId={community.id} onSaved={state.refetch} />
                </Disclosure>
              ) : null}
              <Announcements announcements={community.announcements} />
            </Section>
          </Page>
        )
      }
    </QueryView>
  );
}
