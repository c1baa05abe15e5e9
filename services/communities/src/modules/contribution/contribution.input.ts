import { IsInt, IsOptional, IsUUID, Length, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs, optionalVersionDescription } from "@comtem/service-kit";
import { ContributionKind, ContributionStatus } from "../common/enums.js";
import { BODY_MAX, TITLE_MAX } from "../common/limits.js";

@InputType({ description: "Filters on contributions; all given conditions must hold." })
export class ContributionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => ContributionKind, { nullable: true })
  kind?: ContributionKind | null;

  @Field(() => ContributionStatus, { nullable: true })
  status?: ContributionStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@ArgsType()
export class ContributionsArgs extends PageArgs {
  @Field(() => ContributionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ContributionFilter | null;
}

@InputType()
export class CreateContributionInput {
  @Field(() => ID)
  @IsUUID()
  communityId!: string;

  @Field(() => ID, { nullable: true, description: "The meeting it was raised at, if any." })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @Field(() => ContributionKind)
  kind!: ContributionKind;

  @Field(() => String)
  @Length(3, TITLE_MAX)
  title!: string;

  @Field(() => String)
  @Length(1, BODY_MAX)
  description!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Default: the organization the caller represents in this community.",
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@ArgsType()
export class SetContributionStatusArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: optionalVersionDescription("Contribution.version"),
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => ContributionStatus)
  status!: ContributionStatus;
}
