import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { connectionTypes, type Connection } from "@comtem/service-kit";
import { meetingPageUrl } from "../../config.js";
import type { CommunitiesContext } from "../../context.js";
import { CAPS } from "../common/caps.js";
import { MeetingPayload } from "../common/payloads.js";
import { toCommunity } from "../community/community.mapper.js";
import { Community } from "../community/community.type.js";
import { Organization, Person, organizationRef, personRef } from "../federation/entities.js";
import {
  CreateMeetingInput,
  MeetingIdArgs,
  MeetingRegistrationArgs,
  MeetingsArgs,
  SetAttendanceArgs,
  UpdateMeetingArgs,
} from "./meeting.input.js";
import { toMeeting } from "./meeting.mapper.js";
import {
  Meeting,
  MeetingAttendee,
  MeetingRegistration,
  OrganizationAttendance,
} from "./meeting.type.js";

export const MeetingConnection = connectionTypes("Meeting", Meeting);

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: "Meetings in time order." })
  async meetings(
    @Args(() => MeetingsArgs) { filter, first, after }: MeetingsArgs,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<Connection<Meeting>> {
    return services.meetings.list(filter ?? {}, { first, after });
  }

  @Query(() => Meeting, { nullable: true })
  async meeting(
    @Args(() => MeetingIdArgs) { id }: MeetingIdArgs,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Meeting | null> {
    const row = await loaders.meeting.load(id);
    return row ? toMeeting(row) : null;
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description:
      "Co-coordinators and referents of the community, or admins, schedule a meeting (a PLENARIA without community: admins). Give startsAt (with offset) or localStart (Europe/Rome), and endsAt, localEnd or durationMinutes.",
  })
  async createMeeting(
    @Arg("input", () => CreateMeetingInput) input: CreateMeetingInput,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MeetingPayload> {
    return services.meetings.create(principal, input);
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description:
      "Co-coordinators and referents of the community, or admins, edit a meeting. Stale version → CONFLICT.",
  })
  async updateMeeting(
    @Args(() => UpdateMeetingArgs) { id, version, input }: UpdateMeetingArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MeetingPayload> {
    return services.meetings.update(principal, id, input, version);
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description: "The caller registers (members of the community; anyone for a plenary).",
  })
  async registerForMeeting(
    @Args(() => MeetingRegistrationArgs) { meetingId }: MeetingRegistrationArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MeetingPayload> {
    return services.meetings.register(principal, meetingId);
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: "The caller cancels their registration." })
  async unregisterFromMeeting(
    @Args(() => MeetingRegistrationArgs) { meetingId }: MeetingRegistrationArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MeetingPayload> {
    return services.meetings.unregister(principal, meetingId);
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description:
      "Co-coordinators and referents, or admins, record who attended (replaces the list).",
  })
  async setMeetingAttendance(
    @Args(() => SetAttendanceArgs) { meetingId, attendees }: SetAttendanceArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MeetingPayload> {
    return services.meetings.setAttendance(principal, meetingId, attendees);
  }

  @FieldResolver(() => Community, { nullable: true, description: "Null for a system plenary." })
  async community(
    @Root() meeting: Meeting,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Community | null> {
    if (!meeting.communityId) return null;
    const row = await loaders.community.load(meeting.communityId);
    return row ? toCommunity(row) : null;
  }

  @FieldResolver(() => String, { description: "The meeting's page in the web shell." })
  async url(
    @Root() meeting: Meeting,
    @Ctx() { loaders, config }: CommunitiesContext,
  ): Promise<string> {
    const community = meeting.communityId
      ? await loaders.community.load(meeting.communityId)
      : null;
    return meetingPageUrl(config, community?.slug ?? null, meeting.id);
  }

  // Seed: 70% of a community's ~25 members; a plenary has every community's people.
  @Directive("@listSize(assumedSize: 40)")
  @FieldResolver(() => [MeetingRegistration], {
    description: `Who registered, in the order they did: at most ${CAPS.meetingPeople} (registrationCount counts all).`,
  })
  async registrations(
    @Root() meeting: Meeting,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<MeetingRegistration[]> {
    const rows = await loaders.registrationsByMeeting.load(meeting.id);
    return rows.slice(0, CAPS.meetingPeople).map((r) =>
      Object.assign(new MeetingRegistration(), {
        personId: r.person_id,
        registeredAt: r.created_at,
      }),
    );
  }

  @FieldResolver(() => Int)
  async registrationCount(
    @Root() meeting: Meeting,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<number> {
    return (await loaders.registrationsByMeeting.load(meeting.id)).length;
  }

  @Directive("@listSize(assumedSize: 40)")
  @FieldResolver(() => [MeetingAttendee], {
    description: `Who attended, for which organization: at most ${CAPS.meetingPeople} (what recordAttendance accepts).`,
  })
  async attendance(
    @Root() meeting: Meeting,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<MeetingAttendee[]> {
    const rows = await loaders.attendanceByMeeting.load(meeting.id);
    return rows.slice(0, CAPS.meetingPeople).map((r) =>
      Object.assign(new MeetingAttendee(), {
        personId: r.person_id,
        organizationId: r.organization_id,
      }),
    );
  }

  @FieldResolver(() => Int, { description: "Number of people who attended." })
  async attendanceCount(
    @Root() meeting: Meeting,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<number> {
    return (await loaders.attendanceByMeeting.load(meeting.id)).length;
  }

  // One per organization present: fewer than the attendees.
  @Directive("@listSize(assumedSize: 20)")
  @FieldResolver(() => [OrganizationAttendance], {
    description: "Attendance per organization, largest first.",
  })
  async attendanceByOrganization(
    @Root() meeting: Meeting,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<OrganizationAttendance[]> {
    const counts = new Map<string, number>();
    for (const row of await loaders.attendanceByMeeting.load(meeting.id)) {
      counts.set(row.organization_id, (counts.get(row.organization_id) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([organizationId, count]) =>
        Object.assign(new OrganizationAttendance(), { organizationId, count }),
      );
  }
}

@Resolver(() => MeetingRegistration)
export class MeetingRegistrationResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() registration: MeetingRegistration): Person {
    return personRef(registration.personId);
  }
}

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() attendee: MeetingAttendee): Person {
    return personRef(attendee.personId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() attendee: MeetingAttendee): Organization {
    return organizationRef(attendee.organizationId);
  }
}

@Resolver(() => OrganizationAttendance)
export class OrganizationAttendanceResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() row: OrganizationAttendance): Organization {
    return organizationRef(row.organizationId);
  }
}
