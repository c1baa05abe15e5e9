import type { MeetingRow } from "../../db/tables.js";
import type { MeetingKind, MeetingMode } from "../common/enums.js";
import { Meeting } from "./meeting.type.js";

export function toMeeting(row: MeetingRow): Meeting {
  return Object.assign(new Meeting(), {
    id: row.id,
    kind: row.kind as MeetingKind,
    mode: row.mode as MeetingMode,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    link: row.link,
    agenda: row.agenda,
    minutes: row.minutes,
    version: row.version,
    communityId: row.community_id,
  });
}
