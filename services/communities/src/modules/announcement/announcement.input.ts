import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "@comtem/service-kit";
import { BODY_MAX, TITLE_MAX, TOPIC } from "../common/limits.js";

@InputType()
export class AnnouncementFilter {
  @Field(() => ID, { nullable: true, description: "Only this community's announcements." })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "With communityId: also the system-wide announcements.",
  })
  includeSystemWide?: boolean | null;
}

@ArgsType()
export class AnnouncementsArgs extends PageArgs {
  @Field(() => AnnouncementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AnnouncementFilter | null;
}

@InputType()
export class PublishAnnouncementInput {
  @Field(() => ID, { nullable: true, description: "Null: the whole system (admins only)." })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => String)
  @Length(3, TITLE_MAX)
  title!: string;

  @Field(() => String, {
    description: "Plain text; stored as given, never sanitized or trusted as HTML.",
  })
  @Length(1, BODY_MAX)
  body!: string;

  @Field(() => [String], { nullable: true, description: "Topic tags, e.g. lavoro-agile." })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(50, { each: true })
  @Matches(TOPIC, { each: true, message: "each topic must be a lowercase tag like lavoro-agile" })
  topics?: string[] | null;
}
