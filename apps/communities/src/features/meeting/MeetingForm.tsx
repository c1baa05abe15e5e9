import { useMutation } from "@comtem/client";
import {
  Button,
  SelectField,
  SubmissionFeedback,
  checker,
  TextField,
  enumOptions,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { MeetingKind, MeetingMode } from "../../gql/graphql";

const CreateMeeting = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UpdateMeeting = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      meeting {
        id
        version
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
  | "kind"
  | "mode"
  | "title"
  | "start"
  | "duration"
  | "durationHint"
  | "location"
  | "link"
  | "linkHint"
  | "agenda"
  | "minutes"
  | "minutesHint"
  | "create"
  | "save"
  | "created"
  | "saved"
  | "titleRequired"
  | "startRequired"
  | "durationRange"
  | "locationRequired"
  | "linkRequired"
> = {
  it: {
    kind: "Tipo di incontro",
    mode: "Modalità",
    title: "Titolo",
    start: "Data e ora di inizio (ora italiana)",
    duration: "Durata in minuti",
    durationHint: "Da 15 a 480 minuti.",
    location: "Luogo",
    link: "Collegamento alla riunione",
    linkHint: "Un indirizzo https (per esempio la stanza della videoconferenza).",
    agenda: "Ordine del giorno",
    minutes: "Verbale",
    minutesHint: "Il resoconto dell'incontro, da compilare dopo che si è svolto.",
    create: "Pianifica l'incontro",
    save: "Salva le modifiche",
    created: "Incontro pianificato.",
    saved: "Incontro aggiornato.",
    titleRequired: "Scrivi un titolo di almeno 3 caratteri.",
    startRequired: "Indica data e ora di inizio.",
    durationRange: "La durata deve essere tra 15 e 480 minuti.",
    locationRequired: "Per un incontro in presenza o ibrido indica il luogo.",
    linkRequired: "Per un incontro a distanza o ibrido indica il collegamento.",
  },
  en: {
    kind: "Kind of meeting",
    mode: "Mode",
    title: "Title",
    start: "Start date and time (Italian time)",
    duration: "Duration in minutes",
    durationHint: "From 15 to 480 minutes.",
    location: "Place",
    link: "Meeting link",
    linkHint: "An https address (for example the video conference room).",
    agenda: "Agenda",
    minutes: "Minutes",
    minutesHint: "The record of the meeting, written after it took place.",
    create: "Schedule the meeting",
    save: "Save changes",
    created: "Meeting scheduled.",
    saved: "Meeting updated.",
    titleRequired: "Write a title of at least 3 characters.",
    startRequired: "Give the start date and time.",
    durationRange: "The duration must be between 15 and 480 minutes.",
    locationRequired: "For an in-person or hybrid meeting give the place.",
    linkRequired: "For an online or hybrid meeting give the link.",
  },
};

export interface MeetingValues {
  id: string;
  /** The version last read: sent with the edit, a stale one is a conflict. */
  version: number;
  kind: MeetingKind;
  mode: MeetingMode;
  title: string;
  startsAt: string;
  endsAt: string;
  location?: string | null;
  link?: string | null;
  agenda?: string | null;
  minutes?: string | null;
}

/** An instant as the `datetime-local` value of its wall time in Rome. */
function romeWallTime(instant: string): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Rome",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(instant));
  return parts.replace(" ", "T");
}

/** Schedule a meeting of a community, or edit one (then also its minutes). */
export function MeetingForm(props: {
  communityId: string;
  meeting?: MeetingValues;
  onSaved: (meetingId: string) => void;
  /** Reloads the meeting after a conflict; the form keeps what was typed. */
  onReload?: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [create] = useMutation(CreateMeeting);
  const [update] = useMutation(UpdateMeeting);
  const s = useSubmission();
  const m = props.meeting;
  const prefix = m ? `meeting-${m.id}` : "meeting-new";
  const [values, setValues] = useState({
    kind: m?.kind ?? ("KICK_OFF" as MeetingKind),
    mode: m?.mode ?? ("REMOTO" as MeetingMode),
    title: m?.title ?? "",
    localStart: m ? romeWallTime(m.startsAt) : "",
    duration: m
      ? String(Math.round((Date.parse(m.endsAt) - Date.parse(m.startsAt)) / 60_000))
      : "120",
    location: m?.location ?? "",
    link: m?.link ?? "",
    agenda: m?.agenda ?? "",
    minutes: m?.minutes ?? "",
  });
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    s.clearField(name === "duration" ? "durationMinutes" : name);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const duration = Number(values.duration);
    const { check, valid } = checker(s);
    check(values.title.trim().length >= 3, "title", t.titleRequired);
    check(Boolean(values.localStart), "localStart", t.startRequired);
    check(
      Number.isInteger(duration) && duration >= 15 && duration <= 480,
      "durationMinutes",
      t.durationRange,
    );
    check(
      values.mode === "REMOTO" || values.location.trim() !== "",
      "location",
      t.locationRequired,
    );
    check(values.mode === "PRESENZA" || values.link.trim() !== "", "link", t.linkRequired);
    if (!valid()) return;
    const common = {
      mode: values.mode,
      title: values.title.trim(),
      localStart: values.localStart.slice(0, 16),
      durationMinutes: duration,
      location: values.location.trim() || null,
      link: values.link.trim() || null,
      agenda: values.agenda.trim() || null,
    };
    if (m) {
      const done = await s.submit(
        () =>
          update({
            id: m.id,
            version: m.version,
            input: { ...common, minutes: values.minutes.trim() || null },
          }),
        { userErrors: (d) => d.updateMeeting.userErrors, success: t.saved },
      );
      if (done?.updateMeeting.meeting) props.onSaved(done.updateMeeting.meeting.id);
    } else {
      const done = await s.submit(
        () => create({ input: { ...common, kind: values.kind, communityId: props.communityId } }),
        { userErrors: (d) => d.createMeeting.userErrors, success: t.created },
      );
      if (done?.createMeeting.meeting) props.onSaved(done.createMeeting.meeting.id);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="row">
        {m ? null : (
          <div className="col-md-6">
            <SelectField
              id={`${prefix}-kind`}
              label={t.kind}
              value={values.kind}
              onChange={set("kind")}
              options={enumOptions("MeetingKind", locale).filter((o) => o.value !== "PLENARIA")}
            />
          </div>
        )}
        <div className="col-md-6">
          <SelectField
            id={`${prefix}-mode`}
            label={t.mode}
            value={values.mode}
            onChange={set("mode")}
            options={enumOptions("MeetingMode", locale)}
          />
        </div>
      </div>
      <TextField
        id={`${prefix}-title`}
        label={t.title}
        required
        value={values.title}
        error={s.fieldErrors.title}
        onChange={set("title")}
      />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${prefix}-start`}
            label={t.start}
            type="datetime-local"
            required
            value={values.localStart}
            error={s.fieldErrors.localStart ?? s.fieldErrors.startsAt}
            onChange={set("localStart")}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${prefix}-duration`}
            label={t.duration}
            hint={t.durationHint}
            type="number"
            min={15}
            max={480}
            required
            value={values.duration}
            error={s.fieldErrors.durationMinutes}
            onChange={set("duration")}
          />
        </div>
      </div>
      {values.mode !== "REMOTO" ? (
        <TextField
          id={`${prefix}-location`}
          label={t.location}
          required
          value={values.location}
          error={s.fieldErrors.location}
          onChange={set("location")}
        />
      ) : null}
      {values.mode !== "PRESENZA" ? (
        <TextField
          id={`${prefix}-link`}
          label={t.link}
          hint={t.linkHint}
          type="url"
          required
          value={values.link}
          error={s.fieldErrors.link}
          onChange={set("link")}
        />
      ) : null}
      <TextField
        id={`${prefix}-agenda`}
        label={t.agenda}
        multiline
        rows={3}
        value={values.agenda}
        error={s.fieldErrors.agenda}
        onChange={set("agenda")}
      />
      {m ? (
        <TextField
          id={`${prefix}-minutes`}
          label={t.minutes}
          hint={t.minutesHint}
          multiline
          rows={5}
          value={values.minutes}
          error={s.fieldErrors.minutes}
          onChange={set("minutes")}
        />
      ) : null}
      <SubmissionFeedback submission={s} onReload={props.onReload} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {m ? t.save : t.create}
      </Button>
    </form>
  );
}
