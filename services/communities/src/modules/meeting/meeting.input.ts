import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs, optionalVersionDescription } from "@comtem/service-kit";
import { MeetingKind, MeetingMode } from "../common/enums.js";
import { BODY_MAX, TITLE_MAX } from "../common/limits.js";
import { DateTimeScalar } from "../common/scalars.js";

@InputType({ description: "Filters on meetings; all given conditions must hold." })
export class MeetingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting at or after." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting before." })
  to?: Date | null;

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind | null;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MeetingFilter | null;
}

@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

/**
 * When a meeting happens. Start: `startsAt` (an instant with offset) or `localStart`
 * (Europe/Rome wall time, "2020-03-30T10:00"). End: `endsAt`, `localEnd` or `durationMinutes`.
 */
@InputType("MeetingTimeFields")
export class MeetingTimeFields {
  @Field(() => DateTimeScalar, { nullable: true, description: "e.g. 2020-03-30T10:00:00+02:00" })
  startsAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Europe/Rome wall time, e.g. 2020-03-30T10:00 (DST handled).",
  })
  @IsOptional()
  @MaxLength(19)
  localStart?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Europe/Rome wall time." })
  @IsOptional()
  @MaxLength(19)
  localEnd?: string | null;

  @Field(() => Int, { nullable: true, description: "Length in minutes (1 to 1440)." })
  @IsOptional()
  @Min(1)
  @Max(1440)
  durationMinutes?: number | null;
}

@InputType()
export class CreateMeetingInput extends MeetingTimeFields {
  @Field(() => ID, { nullable: true, description: "Null only for a system-wide PLENARIA." })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingMode)
  mode!: MeetingMode;

  @Field(() => String)
  @Length(3, TITLE_MAX)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, TITLE_MAX)
  location?: string | null;

  @Field(() => String, { nullable: true, description: "https URL of the video call." })
  @IsOptional()
  @IsUrl({ protocols: ["https"], require_protocol: true }, { message: "link must be an https URL" })
  @MaxLength(500)
  link?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BODY_MAX)
  agenda?: string | null;
}

@InputType({ description: "Fields to change; omitted fields keep their value, null clears." })
export class UpdateMeetingInput extends MeetingTimeFields {
  @Field(() => MeetingMode, { nullable: true })
  mode?: MeetingMode | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, TITLE_MAX)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https"], require_protocol: true }, { message: "link must be an https URL" })
  @MaxLength(500)
  link?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BODY_MAX)
  agenda?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BODY_MAX)
  minutes?: string | null;
}

@ArgsType()
export class UpdateMeetingArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: optionalVersionDescription("Meeting.version") })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => UpdateMeetingInput)
  @ValidateNested()
  input!: UpdateMeetingInput;
}

@InputType()
export class AttendeeInput {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Default: the organization of the person's membership in the community.",
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@ArgsType()
export class SetAttendanceArgs {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;

  @Field(() => [AttendeeInput], { description: "Everyone who attended (replaces the list)." })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  attendees!: AttendeeInput[];
}

@ArgsType()
export class MeetingRegistrationArgs {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;
}
