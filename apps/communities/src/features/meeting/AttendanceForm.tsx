import { useMutation } from "@comtem/client";
import {
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

const messages: Messages<"legend" | "hint" | "registered" | "save" | "saved"> = {
  it: {
    legend: "Chi era presente",
    hint: "Sono già selezionati gli iscritti: correggi secondo le presenze effettive.",
    registered: "iscritto",
    save: "Salva le presenze",
    saved: "Presenze registrate.",
  },
  en: {
    legend: "Who attended",
    hint: "Registered people are selected already: correct to match who actually attended.",
    registered: "registered",
    save: "Save attendance",
    saved: "Attendance recorded.",
  },
};

interface Member {
  id: string;
  person: { id: string; fullName: string };
  organization: { id: string; name: string };
}

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
  const people = [...new Map(props.members.map((m) => [m.person.id, m])).values()].sort((a, b) =>
    a.person.fullName.localeCompare(b.person.fullName),
  );
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
