import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { MeetingKind, MeetingMode } from "../common/enums.js";
import { DateTimeScalar } from "../common/scalars.js";

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A meeting of a community (or a system-wide plenary). Text fields are stored as written: clients must escape them (never render as HTML).",
})
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingMode)
  mode!: MeetingMode;

  @Field(() => String)
  title!: string;

  @Field(() => DateTimeScalar, { description: "Start instant (UTC)." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "End instant (UTC), after startsAt." })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: "Place, for in-person or hybrid meetings." })
  location!: string | null;

  @Field(() => String, { nullable: true, description: "https link to the video call." })
  link!: string | null;

  @Field(() => String, { nullable: true, description: "Ordine del giorno (plain text)." })
  agenda!: string | null;

  @Field(() => String, { nullable: true, description: "Verbale (plain text)." })
  minutes!: string | null;

  @Field(() => Int, {
    description:
      "Send it back with updateMeeting; a stale one is a CONFLICT. Bumped by every edit.",
  })
  version!: number;

  communityId!: string | null;
}

@ObjectType({ description: "A person registered for a meeting." })
export class MeetingRegistration {
  @Field(() => DateTimeScalar)
  registeredAt!: Date;
  personId!: string;
}

@ObjectType({ description: "A person who attended a meeting, for an organization." })
export class MeetingAttendee {
  personId!: string;
  organizationId!: string;
}

@ObjectType({ description: "How many people of one organization attended a meeting." })
export class OrganizationAttendance {
  @Field(() => Int)
  count!: number;
  organizationId!: string;
}
