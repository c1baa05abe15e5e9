import {
  ArrayMaxSize,
  IsISO8601,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs, optionalVersionDescription } from "@comtem/service-kit";
import { CommunityKind } from "../common/enums.js";
import { NAME_MAX, SHORT_TEXT_MAX, SLUG } from "../common/limits.js";

@ArgsType()
export class CommunitiesArgs extends PageArgs {}

@ArgsType()
export class CommunityLookupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. competenze-digitali" })
  @IsOptional()
  @MaxLength(80)
  slug?: string | null;
}

@InputType()
export class DeclaratoriaInput {
  @Field(() => [String])
  @ArrayMaxSize(20)
  @Length(2, 100, { each: true })
  themes!: string[];

  @Field(() => String)
  @Length(10, SHORT_TEXT_MAX)
  mission!: string;

  @Field(() => String)
  @Length(10, SHORT_TEXT_MAX)
  perimeter!: string;

  @Field(() => String)
  @Length(10, SHORT_TEXT_MAX)
  longTermObjectives!: string;

  @Field(() => String)
  @Length(10, SHORT_TEXT_MAX)
  expectedResults!: string;

  @Field(() => String)
  @Length(10, SHORT_TEXT_MAX)
  participantProfile!: string;
}

@InputType()
export class CreateCommunityInput {
  @Field(() => String)
  @Length(2, 80)
  @Matches(SLUG, { message: "slug must be lowercase words joined by hyphens" })
  slug!: string;

  @Field(() => String)
  @Length(2, NAME_MAX)
  name!: string;

  @Field(() => String)
  @Length(2, NAME_MAX)
  nameEn!: string;

  @Field(() => CommunityKind)
  kind!: CommunityKind;

  @Field(() => DeclaratoriaInput)
  @ValidateNested()
  declaratoria!: DeclaratoriaInput;

  @Field(() => String, { description: "yyyy-mm-dd" })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  activeFrom!: string;
}

@InputType({ description: "Fields to change; omitted fields keep their value." })
export class UpdateCommunityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, NAME_MAX)
  nameEn?: string;

  @Field(() => DeclaratoriaInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  declaratoria?: DeclaratoriaInput;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd; null reopens." })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  activeTo?: string | null;
}

@ArgsType()
export class UpdateCommunityArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: optionalVersionDescription("Community.version"),
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => UpdateCommunityInput)
  @ValidateNested()
  input!: UpdateCommunityInput;
}
