import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  InputError,
  NotFoundError,
  decodeCursor,
  requireAuthenticated,
  toConnection,
  userError,
  type Connection,
  type Principal,
  type UserError,
  policy,
  staleVersion,
} from "@comtem/service-kit";
import { requireCapability } from "../../access.js";
import type { CommunitiesDatabase, MeetingRow, MeetingUpdate } from "../../db/tables.js";
import { MeetingKind, MeetingMode } from "../common/enums.js";
import { requireCommunity } from "../community/community.service.js";
import { MembershipRepository } from "../membership/membership.repository.js";
import type { AttendeeInput, CreateMeetingInput, UpdateMeetingInput } from "./meeting.input.js";
import { toMeeting } from "./meeting.mapper.js";
import { MeetingRepository, type MeetingQuery } from "./meeting.repository.js";
import { resolveMeetingTimes } from "./meeting-time.js";
import type { Meeting } from "./meeting.type.js";

export interface MeetingResult {
  meeting: Meeting | null;
  userErrors: UserError[];
}

/** A remote meeting needs a link, an in-person one a place, a hybrid one both. */
function checkPlace(
  mode: string,
  location: string | null | undefined,
  link: string | null | undefined,
  prefix: string,
) {
  if ((mode === MeetingMode.REMOTO || mode === MeetingMode.IBRIDO) && !link) {
    throw new InputError(`A ${mode} meeting needs a link`, `${prefix}link`);
  }
  if ((mode === MeetingMode.PRESENZA || mode === MeetingMode.IBRIDO) && !location) {
    throw new InputError(`A ${mode} meeting needs a location`, `${prefix}location`);
  }
}

async function requireMeeting(
  db: Kysely<CommunitiesDatabase>,
  id: string,
  field: string,
): Promise<MeetingRow> {
  const [row] = await new MeetingRepository(db).byIds([id]);
  if (!row) throw new NotFoundError("No such meeting", field);
  return row;
}

/** Rules about meetings: who organises them, when they happen, who registers and attends. */
export class MeetingService {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  async list(
    query: MeetingQuery,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Meeting>> {
    const repository = new MeetingRepository(this.db);
    const after = decodeCursor(page.after, 2);
    const [rows, total] = await Promise.all([
      repository.list(query, after, page.first + 1),
      repository.count(query),
    ]);
    return toConnection(rows, page, total, (r) => [r.starts_at.toISOString(), r.id], toMeeting);
  }

  /** Co-coordinators and referents of the community, or admins; plenaries without one: admins. */
  async create(principal: Principal, input: CreateMeetingInput): Promise<MeetingResult> {
    return this.db.transaction().execute(async (trx) => {
      const communityId = input.communityId ?? null;
      if (communityId) await requireCommunity(trx, communityId);
      else if (input.kind !== MeetingKind.PLENARIA) {
        throw new InputError("Only a PLENARIA may have no community", "communityId");
      }
      const actor = await requireCapability(
        trx,
        principal,
        communityId,
        policy["community.organize"],
        "organise meetings",
      );
      const { startsAt, endsAt } = resolveMeetingTimes(input, null);
      checkPlace(input.mode, input.location, input.link, "");
      const row = await new MeetingRepository(trx).insert({
        id: randomUUID(),
        community_id: communityId,
        kind: input.kind,
        mode: input.mode,
        title: input.title.trim(),
        starts_at: startsAt,
        ends_at: endsAt,
        location: input.location ?? null,
        link: input.link ?? null,
        agenda: input.agenda ?? null,
        created_by: actor,
      });
      return { meeting: toMeeting(row), userErrors: [] };
    });
  }

  async update(
    principal: Principal,
    id: string,
    input: UpdateMeetingInput,
    version?: number | null,
  ): Promise<MeetingResult> {
    for (const field of ["mode", "title"] as const) {
      if (input[field] === null) throw new InputError(`${field} cannot be null`, `input.${field}`);
    }
    return this.db.transaction().execute(async (trx) => {
      const current = await requireMeeting(trx, id, "id");
      await requireCapability(
        trx,
        principal,
        current.community_id,
        policy["community.organize"],
        "edit meetings",
      );
      const { startsAt, endsAt } = resolveMeetingTimes(
        input,
        { startsAt: current.starts_at, endsAt: current.ends_at },
        "input.",
      );
      const changes: MeetingUpdate = { starts_at: startsAt, ends_at: endsAt };
      if (input.mode) changes.mode = input.mode;
      if (input.title) changes.title = input.title.trim();
      if (input.location !== undefined) changes.location = input.location;
      if (input.link !== undefined) changes.link = input.link;
      if (input.agenda !== undefined) changes.agenda = input.agenda;
      if (input.minutes !== undefined) changes.minutes = input.minutes;
      checkPlace(
        changes.mode ?? current.mode,
        changes.location === undefined ? current.location : changes.location,
        changes.link === undefined ? current.link : changes.link,
        "input.",
      );
      const row = await new MeetingRepository(trx).update(id, changes, version);
      if (!row) throw staleVersion("The meeting");
      return { meeting: toMeeting(row), userErrors: [] };
    });
  }

  /** The caller registers: members of the meeting's community (anyone for a plenary). */
  async register(principal: Principal, meetingId: string): Promise<MeetingResult> {
    requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      const meeting = await requireMeeting(trx, meetingId, "meetingId");
      const personId = await requireCapability(
        trx,
        principal,
        meeting.community_id,
        policy["community.registerForMeetings"],
        "register for its meetings",
      );
      await new MeetingRepository(trx).register(meetingId, personId);
      return { meeting: toMeeting(meeting), userErrors: [] };
    });
  }

  async unregister(principal: Principal, meetingId: string): Promise<MeetingResult> {
    const personId = requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      const meeting = await requireMeeting(trx, meetingId, "meetingId");
      const removed = await new MeetingRepository(trx).unregister(meetingId, personId);
      if (!removed) {
        return {
          meeting: toMeeting(meeting),
          userErrors: [
            userError("NOT_REGISTERED", "You are not registered for this meeting", "meetingId"),
          ],
        };
      }
      return { meeting: toMeeting(meeting), userErrors: [] };
    });
  }

  /**
   * Records who attended (replacing the list). Each attendee counts for the organization of
   * their membership in the community unless one is given.
   */
  async setAttendance(
    principal: Principal,
    meetingId: string,
    attendees: readonly AttendeeInput[],
  ): Promise<MeetingResult> {
    return this.db.transaction().execute(async (trx) => {
      const meeting = await requireMeeting(trx, meetingId, "meetingId");
      await requireCapability(
        trx,
        principal,
        meeting.community_id,
        policy["community.organize"],
        "record attendance",
      );
      const seen = new Set<string>();
      const problems: UserError[] = [];
      const resolved: { personId: string; organizationId: string }[] = [];
      const memberships = meeting.community_id
        ? await new MembershipRepository(trx).ofCommunities([meeting.community_id])
        : [];
      attendees.forEach((attendee, i) => {
        if (seen.has(attendee.personId)) {
          problems.push(
            userError("DUPLICATE", "This person is listed twice", `attendees.${i}.personId`),
          );
          return;
        }
        seen.add(attendee.personId);
        const organizationId =
          attendee.organizationId ??
          memberships.find((m) => m.person_id === attendee.personId && m.until === null)
            ?.organization_id;
        if (!organizationId) {
          problems.push(
            userError(
              "ORGANIZATION_REQUIRED",
              "This person is not a member of the community: give organizationId",
              `attendees.${i}.organizationId`,
            ),
          );
          return;
        }
        resolved.push({ personId: attendee.personId, organizationId });
      });
      if (problems.length > 0) return { meeting: null, userErrors: problems };
      await new MeetingRepository(trx).replaceAttendance(meetingId, resolved);
      return { meeting: toMeeting(meeting), userErrors: [] };
    });
  }
}
