import { sql, type Kysely } from "kysely";
import type { CursorKey } from "@comtem/service-kit";
import type {
  CommunitiesDatabase,
  MeetingAttendanceRow,
  MeetingRegistrationRow,
  MeetingRow,
  MeetingUpdate,
  NewMeetingRow,
} from "../../db/tables.js";

export interface MeetingQuery {
  communityId?: string | null;
  from?: Date | null;
  to?: Date | null;
  kind?: string | null;
}

/** SQL for meetings, registrations and attendance. Lists are ordered by (starts_at, id). */
export class MeetingRepository {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  private filtered(query: MeetingQuery) {
    let q = this.db.selectFrom("meeting");
    if (query.communityId) q = q.where("community_id", "=", query.communityId);
    if (query.from) q = q.where("starts_at", ">=", query.from);
    if (query.to) q = q.where("starts_at", "<", query.to);
    if (query.kind) q = q.where("kind", "=", query.kind);
    return q;
  }

  async list(query: MeetingQuery, after: CursorKey | null, limit: number): Promise<MeetingRow[]> {
    let q = this.filtered(query).selectAll();
    if (after) {
      const [startsAt, id] = after;
      q = q.where(sql<boolean>`(starts_at, id) > (${startsAt}::timestamptz, ${id}::uuid)`);
    }
    return q.orderBy("starts_at").orderBy("id").limit(limit).execute();
  }

  async count(query: MeetingQuery): Promise<number> {
    const row = await this.filtered(query)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async byIds(ids: readonly string[]): Promise<MeetingRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("meeting").selectAll().where("id", "in", ids).execute();
  }

  /** Most recent first (the loader keeps the first CAPS.meetings per community). */
  async ofCommunities(communityIds: readonly string[]): Promise<MeetingRow[]> {
    if (communityIds.length === 0) return [];
    return this.db
      .selectFrom("meeting")
      .selectAll()
      .where("community_id", "in", communityIds)
      .orderBy("starts_at", "desc")
      .orderBy("id", "desc")
      .execute();
  }

  /** A community's calendar: its own meetings and the system-wide plenaries. */
  async calendarOf(communityId: string): Promise<MeetingRow[]> {
    return this.db
      .selectFrom("meeting")
      .selectAll()
      .where((eb) =>
        eb.or([
          eb("community_id", "=", communityId),
          eb.and([eb("community_id", "is", null), eb("kind", "=", "PLENARIA")]),
        ]),
      )
      .orderBy("starts_at")
      .orderBy("id")
      .limit(2000)
      .execute();
  }

  async attendanceOf(meetingIds: readonly string[]): Promise<MeetingAttendanceRow[]> {
    if (meetingIds.length === 0) return [];
    return this.db
      .selectFrom("meeting_attendance")
      .selectAll()
      .where("meeting_id", "in", meetingIds)
      .orderBy("created_at")
      .orderBy("person_id")
      .execute();
  }

  async registrationsOf(meetingIds: readonly string[]): Promise<MeetingRegistrationRow[]> {
    if (meetingIds.length === 0) return [];
    return this.db
      .selectFrom("meeting_registration")
      .selectAll()
      .where("meeting_id", "in", meetingIds)
      .orderBy("created_at")
      .orderBy("person_id")
      .execute();
  }

  async insert(row: NewMeetingRow): Promise<MeetingRow> {
    return this.db.insertInto("meeting").values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * One statement: applies the changes and bumps the version, only while the row is at
   * `version` when one is given. Undefined when nothing was updated (missing or stale).
   */
  async update(
    id: string,
    changes: MeetingUpdate,
    version?: number | null,
  ): Promise<MeetingRow | undefined> {
    let q = this.db
      .updateTable("meeting")
      .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
      .where("id", "=", id);
    if (version !== undefined && version !== null) q = q.where("version", "=", version);
    return q.returningAll().executeTakeFirst();
  }

  /** True when a registration was added (false: it existed already). */
  async register(meetingId: string, personId: string): Promise<boolean> {
    const rows = await this.db
      .insertInto("meeting_registration")
      .values({ meeting_id: meetingId, person_id: personId, created_at: new Date() })
      .onConflict((oc) => oc.columns(["meeting_id", "person_id"]).doNothing())
      .returning("person_id")
      .execute();
    return rows.length > 0;
  }

  async unregister(meetingId: string, personId: string): Promise<boolean> {
    const rows = await this.db
      .deleteFrom("meeting_registration")
      .where("meeting_id", "=", meetingId)
      .where("person_id", "=", personId)
      .returning("person_id")
      .execute();
    return rows.length > 0;
  }

  async replaceAttendance(
    meetingId: string,
    attendees: readonly { personId: string; organizationId: string }[],
  ): Promise<void> {
    await this.db.deleteFrom("meeting_attendance").where("meeting_id", "=", meetingId).execute();
    if (attendees.length === 0) return;
    const now = new Date();
    await this.db
      .insertInto("meeting_attendance")
      .values(
        attendees.map((a) => ({
          meeting_id: meetingId,
          person_id: a.personId,
          organization_id: a.organizationId,
          created_at: now,
        })),
      )
      .execute();
  }
}
