import { IsIn, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "@comtem/service-kit";
import { ResourceKind, ResourceStatus } from "../resource/resource.type.js";
import { TOPIC_SLUGS } from "../topic/topics.js";

export const MAX_QUERY_LENGTH = 500;

@InputType()
export class ResourceFilter {
  @Field(() => ResourceKind, { nullable: true })
  @IsOptional()
  kind?: ResourceKind | null;

  @Field(() => String, { nullable: true, description: "A topic slug." })
  @IsOptional()
  @IsIn(TOPIC_SLUGS, { message: "topic must be a slug of the topics vocabulary" })
  topic?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => ResourceStatus, {
    nullable: true,
    description: "Anonymous callers only ever see PUBBLICATA.",
  })
  @IsOptional()
  status?: ResourceStatus | null;
}

@ArgsType()
export class SearchResourcesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: `Free text, web-search syntax ("quoted phrase", or, -not); at most ${MAX_QUERY_LENGTH} characters. Empty or only stop words: no text condition.`,
  })
  @IsOptional()
  @MaxLength(MAX_QUERY_LENGTH)
  query?: string | null;

  @Field(() => ResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceFilter | null;
}
