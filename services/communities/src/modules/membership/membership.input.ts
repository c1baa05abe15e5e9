import { IsISO8601, IsOptional, IsUUID, Length } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { JoinRequestStatus, MembershipRole } from "../common/enums.js";
import { SHORT_TEXT_MAX } from "../common/limits.js";

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  communityId!: string;

  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => ID, { description: "The organization the person represents in this community." })
  @IsUUID()
  organizationId!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd; default today (Rome)." })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  since?: string | null;
}

@ArgsType()
export class EndMembershipArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd; default today (Rome)." })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  until?: string | null;
}

@InputType()
export class RequestToJoinInput {
  @Field(() => ID)
  @IsUUID()
  communityId!: string;

  @Field(() => ID, {
    description:
      "The organization the requester would represent: their own (the one the people subgraph records for them); another organization is FORBIDDEN, except for admins.",
  })
  @IsUUID()
  organizationId!: string;

  @Field(() => String)
  @Length(10, SHORT_TEXT_MAX)
  motivation!: string;
}

@ArgsType()
export class JoinRequestIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class RejectJoinRequestArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String)
  @Length(3, SHORT_TEXT_MAX)
  reason!: string;
}

@ArgsType()
export class JoinRequestsArgs {
  @Field(() => ID)
  @IsUUID()
  communityId!: string;

  @Field(() => JoinRequestStatus, { nullable: true })
  status?: JoinRequestStatus | null;
}

@ArgsType()
export class MembershipFilterArgs {
  @Field(() => MembershipRole, { nullable: true })
  role?: MembershipRole | null;

  @Field(() => Boolean, { nullable: true, description: "Include ended memberships." })
  includeEnded?: boolean | null;
}
