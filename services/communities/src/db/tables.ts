import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns travel as ISO strings (yyyy-mm-dd) to avoid time-zone shifts. */
type DateColumn = ColumnType<string, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface CommunityTable {
  id: string;
  slug: string;
  name: string;
  name_en: string;
  kind: string;
  themes: TextArray;
  mission: string;
  perimeter: string;
  long_term_objectives: string;
  expected_results: string;
  participant_profile: string;
  active_from: DateColumn;
  active_to: DateColumn | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A person's role in one community, on behalf of an organization. Active while `until` is null. */
export interface MembershipTable {
  id: string;
  community_id: string;
  /** Person and Organization are owned by the people subgraph: ids only, no foreign key. */
  person_id: string;
  organization_id: string;
  role: string;
  since: DateColumn;
  until: DateColumn | null;
  ended_by: string | null;
  created_at: Timestamp;
}

export interface JoinRequestTable {
  id: string;
  community_id: string;
  person_id: string;
  organization_id: string;
  motivation: string;
  status: string;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  membership_id: string | null;
  created_at: Timestamp;
}

export interface MeetingTable {
  id: string;
  /** Null only for a system-wide PLENARIA. */
  community_id: string | null;
  kind: string;
  mode: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  link: string | null;
  agenda: string | null;
  minutes: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingRegistrationTable {
  meeting_id: string;
  person_id: string;
  created_at: Timestamp;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  person_id: string;
  organization_id: string;
  created_at: Timestamp;
}

export interface ContributionTable {
  id: string;
  community_id: string;
  meeting_id: string | null;
  kind: string;
  status: string;
  title: string;
  description: string;
  person_id: string;
  organization_id: string;
  status_changed_by: string | null;
  status_changed_at: Date | null;
  version: Generated<number>;
  created_at: Date;
  updated_at: Timestamp;
}

export interface AnnouncementTable {
  id: string;
  /** Null: addressed to the whole ComTem system. */
  community_id: string | null;
  title: string;
  body: string;
  topics: TextArray;
  author_id: string;
  published_at: Date;
  created_at: Timestamp;
}

/** One row per registered version of a UI slice; exactly one active row per name. */
export interface UiSliceTable {
  id: string;
  name: string;
  remote_name: string;
  manifest_url: string;
  exposed_module: string;
  version: string;
  enabled: boolean;
  active: boolean;
  community_id: string | null;
  registered_by: string;
  created_at: Date;
  updated_at: Timestamp;
}

export interface CommunitiesDatabase {
  community: CommunityTable;
  membership: MembershipTable;
  join_request: JoinRequestTable;
  meeting: MeetingTable;
  meeting_registration: MeetingRegistrationTable;
  meeting_attendance: MeetingAttendanceTable;
  contribution: ContributionTable;
  announcement: AnnouncementTable;
  ui_slice: UiSliceTable;
}

export type CommunityRow = Selectable<CommunityTable>;
export type NewCommunityRow = Insertable<CommunityTable>;
export type CommunityUpdate = Updateable<CommunityTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type NewMembershipRow = Insertable<MembershipTable>;
export type JoinRequestRow = Selectable<JoinRequestTable>;
export type MeetingRow = Selectable<MeetingTable>;
export type NewMeetingRow = Insertable<MeetingTable>;
export type MeetingUpdate = Updateable<MeetingTable>;
export type MeetingAttendanceRow = Selectable<MeetingAttendanceTable>;
export type MeetingRegistrationRow = Selectable<MeetingRegistrationTable>;
export type ContributionRow = Selectable<ContributionTable>;
export type NewContributionRow = Insertable<ContributionTable>;
export type AnnouncementRow = Selectable<AnnouncementTable>;
export type NewAnnouncementRow = Insertable<AnnouncementTable>;
export type UiSliceRow = Selectable<UiSliceTable>;
export type NewUiSliceRow = Insertable<UiSliceTable>;
