import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "@comtem/service-kit";
import { AccessRequestStatusEnum } from "./access-request.type.js";

/** At least two visible characters at the ends: a name 2..200 long once trimmed. */
const NOT_BLANK = /\S[\s\S]*\S/;

@InputType({ description: "Who is asking to be added, and for which entity." })
export class RequestAccessInput {
  @Field(() => String, { description: "Given and family name, 2 to 200 characters." })
  @Length(2, 200)
  @Matches(NOT_BLANK, { message: "fullName must have at least 2 characters" })
  fullName!: string;

  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => ID, { description: "The entity (ente) the requester works for." })
  @IsUUID()
  organizationId!: string;

  @Field(() => String, {
    nullable: true,
    description: "A note for the administrators, at most 2000 characters.",
  })
  @IsOptional()
  @MaxLength(2000)
  message?: string | null;
}

@ArgsType()
export class AccessRequestsArgs extends PageArgs {
  @Field(() => AccessRequestStatusEnum, { defaultValue: AccessRequestStatusEnum.PENDING })
  status: AccessRequestStatusEnum = AccessRequestStatusEnum.PENDING;
}

@ArgsType()
export class ApproveAccessRequestArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Link the identity to this existing person instead of creating one.",
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;
}

@ArgsType()
export class RejectAccessRequestArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { description: "Why, shown to the requester: 2 to 2000 characters." })
  @Length(2, 2000)
  @Matches(NOT_BLANK, { message: "reason must have at least 2 characters" })
  reason!: string;
}
