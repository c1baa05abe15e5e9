import { useMutation, useQuery } from "@comtem/client";
import {
  Badge,
  Button,
  Disclosure,
  EmptyState,
  Page,
  QueryView,
  Section,
  SubmissionFeedback,
  formatDate,
  useLabels,
  useLocale,
  useMessages,
  useReferenceText,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { graphql } from "../../gql";
import { ContributionForm } from "../community/ContributionForm";
import { useCommunityViewer } from "../community/viewer";
import { AttendanceForm } from "./AttendanceForm";
import { MeetingForm } from "./MeetingForm";

const MeetingDetail = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      version
      kind
      mode
      title
      startsAt
      endsAt
      location
      link
      agenda
      minutes
      registrationCount
      attendanceCount
      community {
        id
        slug
        name
        nameEn
        memberships {
          id
          person {
            id
            fullName
          }
          organization {
            id
            name
          }
        }
        contributions {
          id
          kind
          title
          meeting {
            id
          }
          organization {
            name
          }
        }
      }
      registrations {
        registeredAt
        person {
          id
          fullName
        }
      }
      attendance {
        person {
          id
          fullName
        }
        organization {
          id
          name
        }
      }
    }
  }
`);

const RegisterForMeeting = graphql(`
  mutation RegisterForMeeting($meetingId: ID!) {
    registerForMeeting(meetingId: $meetingId) {
      meeting {
        id
        registrationCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UnregisterFromMeeting = graphql(`
  mutation UnregisterFromMeeting($meetingId: ID!) {
    unregisterFromMeeting(meetingId: $meetingId) {
      meeting {
        id
        registrationCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<
  | "notFound"
  | "back"
  | "when"
  | "where"
  | "link"
  | "agenda"
  | "minutes"
  | "noMinutes"
  | "registrations"
  | "noRegistrations"
  | "register"
  | "registered"
  | "unregister"
  | "youAreRegistered"
  | "unregistered"
  | "attendance"
  | "noAttendance"
  | "recordAttendance"
  | "edit"
  | "contributions"
  | "noContributions"
  | "submitContribution"
> = {
  it: {
    notFound: "Incontro non trovato.",
    back: "Torna alla comunità",
    when: "Quando",
    where: "Dove",
    link: "Collegamento",
    agenda: "Ordine del giorno",
    minutes: "Verbale",
    noMinutes: "Il verbale non è ancora disponibile.",
    registrations: "Iscritti ({count})",
    noRegistrations: "Nessun iscritto.",
    register: "Iscriviti all'incontro",
    registered: "Iscrizione registrata.",
    unregister: "Annulla l'iscrizione",
    youAreRegistered: "Sei iscritto a questo incontro.",
    unregistered: "Iscrizione annullata.",
    attendance: "Presenze ({count})",
    noAttendance: "Le presenze non sono ancora state registrate.",
    recordAttendance: "Registra le presenze",
    edit: "Modifica l'incontro e il verbale",
    contributions: "Proposte ed esigenze presentate in questo incontro",
    noContributions: "Nessuna proposta o esigenza presentata in questo incontro.",
    submitContribution: "Presenta una proposta o un'esigenza",
  },
  en: {
    notFound: "Meeting not found.",
    back: "Back to the community",
    when: "When",
    where: "Where",
    link: "Link",
    agenda: "Agenda",
    minutes: "Minutes",
    noMinutes: "The minutes are not available yet.",
    registrations: "Registered ({count})",
    noRegistrations: "Nobody has registered.",
    register: "Register for the meeting",
    registered: "You are registered.",
    unregister: "Cancel my registration",
    youAreRegistered: "You are registered for this meeting.",
    unregistered: "Registration cancelled.",
    attendance: "Attendance ({count})",
    noAttendance: "Attendance has not been recorded yet.",
    recordAttendance: "Record attendance",
    edit: "Edit the meeting and its minutes",
    contributions: "Proposals and needs raised at this meeting",
    noContributions: "No proposals or needs raised at this meeting.",
    submitContribution: "Submit a proposal or a need",
  },
};

/** One meeting: details, registration, the needs raised there, attendance and minutes. */
export function MeetingPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const shown = useReferenceText();
  const { locale } = useLocale();
  const { meetingId = "" } = useParams();
  const state = useQuery(MeetingDetail, { id: meetingId });
  const communityId = state.data?.meeting?.community?.id;
  const { viewer } = useCommunityViewer(communityId);
  const [registerFor] = useMutation(RegisterForMeeting);
  const [unregisterFrom] = useMutation(UnregisterFromMeeting);
  const s = useSubmission();
  const [open, setOpen] = useState<"edit" | "attendance" | "contribution" | null>(null);
  const toggle = (name: typeof open) => (isOpen: boolean) => setOpen(isOpen ? name : null);

  return (
    <QueryView state={state} lines={8}>
      {({ meeting }) => {
        if (!meeting) {
          return (
            <Page title={t.notFound}>
              <Link to={props.basePath}>{t.back}</Link>
            </Page>
          );
        }
        const community = meeting.community;
        const registered = meeting.registrations.some((r) => r.person?.id === viewer.personId);
        const raisedHere =
          community?.contributions.filter((c) => c.meeting?.id === meeting.id) ?? [];
        return (
          <Page title={meeting.title} lead={label("MeetingKind", meeting.kind)}>
            {community ? (
              <p>
                <Link to={`${props.basePath}/${community.slug}`}>
                  {t.back}: {locale === "en" ? community.nameEn : community.name}
                </Link>
              </p>
            ) : null}
            <dl className="row">
              <dt className="col-sm-3">{t.when}</dt>
              <dd className="col-sm-9">
                {formatDate(meeting.startsAt, locale, true)} –{" "}
                {formatDate(meeting.endsAt, locale, true)}
              </dd>
              <dt className="col-sm-3">{t.where}</dt>
              <dd className="col-sm-9">
                <Badge color="secondary" className="me-2">
                  {label("MeetingMode", meeting.mode)}
                </Badge>
                {meeting.location ?? ""}
              </dd>
              {meeting.link ? (
                <>
                  <dt className="col-sm-3">{t.link}</dt>
                  <dd className="col-sm-9">
                    {/* Only https links are stored (checked by the server). */}
                    <a href={meeting.link} rel="noopener noreferrer" target="_blank">
                      {meeting.link}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
            {viewer.canRegisterForMeetings || registered ? (
              <div className="mb-4" data-testid="registration">
                {registered ? <p>{t.youAreRegistered}</p> : null}
                <SubmissionFeedback submission={s} />
                <Button
                  color={registered ? "secondary" : "primary"}
                  outline={registered}
                  disabled={s.submitting}
                  onClick={async () => {
                    const done = registered
                      ? await s.submit(() => unregisterFrom({ meetingId: meeting.id }), {
                          userErrors: (d) => d.unregisterFromMeeting.userErrors,
                          success: t.unregistered,
                        })
                      : await s.submit(() => registerFor({ meetingId: meeting.id }), {
                          userErrors: (d) => d.registerForMeeting.userErrors,
                          success: t.registered,
                        });
                    if (done) state.refetch();
                  }}
                >
                  {registered ? t.unregister : t.register}
                </Button>
              </div>
            ) : null}
            {viewer.canOrganize && community ? (
              <Disclosure
                id="edit-meeting"
                label={t.edit}
                open={open === "edit"}
                onOpenChange={toggle("edit")}
              >
                <MeetingForm
                  key={meeting.id}
                  communityId={community.id}
                  meeting={meeting}
                  onSaved={() => state.refetch()}
                  onReload={state.refetch}
                />
              </Disclosure>
            ) : null}
            <Section title={t.agenda} id="agenda">
              {meeting.agenda ? (
                <p style={{ whiteSpace: "pre-line" }}>{meeting.agenda}</p>
              ) : (
                <EmptyState />
              )}
            </Section>
            {community ? (
              <Section title={t.contributions} id="meeting-contributions">
                {viewer.canContribute ? (
                  <Disclosure
                    id="meeting-contribution"
                    label={t.submitContribution}
                    variant="primary"
                    open={open === "contribution"}
                    onOpenChange={toggle("contribution")}
                  >
                    <ContributionForm
                      communityId={community.id}
                      meetingId={meeting.id}
                      organization={viewer.organization}
                      onSaved={() => state.refetch()}
                    />
                  </Disclosure>
                ) : null}
                {raisedHere.length === 0 ? (
                  <EmptyState title={t.noContributions} />
                ) : (
                  <ul data-testid="meeting-contributions">
                    {raisedHere.map((c) => (
                      <li key={c.id}>
                        <Badge color="light" className="me-2 text-dark border">
                          {label("ContributionKind", c.kind)}
                        </Badge>
                        {c.title} —{" "}
                        <span className="text-muted">{shown(c.organization?.name)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            ) : null}
            <Section
              title={t.registrations.replace("{count}", String(meeting.registrationCount))}
              id="registrations"
            >
              {meeting.registrations.length === 0 ? (
                <EmptyState title={t.noRegistrations} />
              ) : (
                <ul data-testid="registrations">
                  {meeting.registrations.map((r, i) => (
                    <li key={r.person?.id ?? i}>{shown(r.person?.fullName)}</li>
                  ))}
                </ul>
              )}
            </Section>
            <Section
              title={t.attendance.replace("{count}", String(meeting.attendanceCount))}
              id="attendance"
            >
              {viewer.canOrganize && community ? (
                <Disclosure
                  id="record-attendance"
                  label={t.recordAttendance}
                  open={open === "attendance"}
                  onOpenChange={toggle("attendance")}
                >
                  <AttendanceForm
                    meetingId={meeting.id}
                    members={community.memberships}
                    registeredIds={meeting.registrations.flatMap((r) => r.person?.id ?? [])}
                    attendeeIds={meeting.attendance.flatMap((a) => a.person?.id ?? [])}
                    onSaved={() => state.refetch()}
                  />
                </Disclosure>
              ) : null}
              {meeting.attendance.length === 0 ? (
                <EmptyState title={t.noAttendance} />
              ) : (
                <ul data-testid="attendance">
                  {meeting.attendance.map((a, i) => (
                    <li key={a.person?.id ?? i}>
                      {shown(a.person?.fullName)} —{" "}
                      <span className="text-muted">{shown(a.organization?.name)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t.minutes} id="minutes">
              {meeting.minutes ? (
                <p style={{ whiteSpace: "pre-line" }}>{meeting.minutes}</p>
              ) : (
                <EmptyState title={t.noMinutes} />
              )}
            </Section>
          </Page>
        );
      }}
    </QueryView>
  );
}
