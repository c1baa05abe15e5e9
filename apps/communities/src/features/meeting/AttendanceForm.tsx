import { useMutation } from "@comtem/client";
import {
  Alert,
  Button,
  CheckboxField,
  SubmissionFeedback,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";

const SetMeetingAttendance = graphql(`
  mutation SetMeetingAttendance($meetingId: ID!, $attendees: [AttendeeInput!]!) {
    setMeetingAttendance(meetingId: $meetingId, attendees: $attendees) {
      meeting {
        id
        attendanceCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<"legend" | "hint" | "registered" | "save" | "saved" | "unavailable"> = {
  it: {
    legend: "Chi era presente",
    hint: "Sono già selezionati gli iscritti: correggi secondo le presenze effettive.",
    registered: "iscritto",
    save: "Salva le presenze",
    saved: "Presenze registrate.",
    unavailable:
      "I nomi dei partecipanti non sono disponibili in questo momento: le presenze si potranno registrare più tardi.",
  },
  en: {
    legend: "Who attended",
    hint: "Registered people are selected already: correct to match who actually attended.",
    registered: "registered",
    save: "Save attendance",
    saved: "Attendance recorded.",
    unavailable:
      "The participants' names are unavailable right now: attendance can be recorded later.",
  },
};

interface Member {
  id: string;
  /** Null when the people subgraph did not answer (ADR 0005). */
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string } | null;
}

type KnownMember = Member & { person: NonNullable<Member["person"]> } & {
  organization: NonNullable<Member["organization"]>;
};

const known = (m: Member): m is KnownMember => m.person !== null && m.organization !== null;

/** Attendance of a meeting (replaces the list), chosen among the community's members. */
export function AttendanceForm(props: {
  meetingId: string;
  members: Member[];
  registeredIds: string[];
  attendeeIds: string[];
  onSaved: () => void;
}) {
  const t = useMessages(messages);
  const [save] = useMutation(SetMeetingAttendance);
  const s = useSubmission();
  const [present, setPresent] = useState<Set<string>>(
    () => new Set(props.attendeeIds.length ? props.attendeeIds : props.registeredIds),
  );
  // A person may be a member through one organization only once; keep the first membership.
  const members = props.members.filter(known);
  const people = [...new Map(members.map((m) => [m.person.id, m])).values()].sort((a, b) =>
    a.person.fullName.localeCompare(b.person.fullName),
  );
  // Saving replaces the whole list: with someone unnamed it would drop them, so wait.
  if (members.length < props.members.length) return <Alert color="warning">{t.unavailable}</Alert>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const attendees = people
      .filter((m) => present.has(m.person.id))
      .map((m) => ({ personId: m.person.id, organizationId: m.organization.id }));
    const done = await s.submit(() => save({ meetingId: props.meetingId, attendees }), {
      userErrors: (d) => d.setMeetingAttendance.userErrors,
      success: t.saved,
    });
    if (done) props.onSaved();
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h6">{t.legend}</legend>
        <p className="small">{t.hint}</p>
        {people.map((m) => (
          <CheckboxField
            key={m.person.id}
            id={`attendee-${m.person.id}`}
            label={`${m.person.fullName} — ${m.organization.name}${
              props.registeredIds.includes(m.person.id) ? ` (${t.registered})` : ""
            }`}
            checked={present.has(m.person.id)}
            onChange={(checked) =>
              setPresent((current) => {
                const next = new Set(current);
                if (checked) next.add(m.person.id);
                else next.delete(m.person.id);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.save}
      </Button>
    </form>
  );
}
