import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { normalizeLicense } from "../licenses.js";
import { PUBLICCODE_CATEGORIES, SOFTWARE_TYPES } from "../publiccode/vocabulary.js";
import { TOPIC_SLUGS } from "../topic/topics.js";
import { DevelopmentStatus, MaintenanceType, ResourceKind } from "./resource.type.js";

export const HTTPS = { protocols: ["https"], require_protocol: true, require_tld: true };
export const MAX_TAGS = 20;

/** An SPDX license expression of known identifiers (spdx-license-ids). */
export function IsSpdxLicense(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isSpdxLicense",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: "$property must be an SPDX license identifier or expression" },
      validator: {
        validate: (value: unknown) => typeof value === "string" && normalizeLicense(value) !== null,
      },
    });
}

@InputType()
export class LinkInput {
  @Field(() => String, { description: "https URL." })
  @IsUrl(HTTPS, { message: "url must be an https URL" })
  @MaxLength(2000)
  url!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

@InputType()
export class AttachmentInput {
  @Field(() => String, { description: "https URL." })
  @IsUrl(HTTPS, { message: "url must be an https URL" })
  @MaxLength(2000)
  url!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { description: "e.g. application/pdf" })
  @Matches(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, {
    message: "mediaType must look like type/subtype",
  })
  @MaxLength(127)
  mediaType!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  sizeBytes!: number;

  @Field(() => String, { description: "SHA-256, 64 hex digits." })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: "sha256 must be 64 hexadecimal digits" })
  sha256!: string;
}

@InputType()
export class ContactInput {
  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
}

@InputType()
export class SoftwareInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(HTTPS, { message: "repositoryUrl must be an https URL" })
  @MaxLength(2000)
  repositoryUrl?: string | null;

  @Field(() => [String], { nullable: true, description: "publiccode.yml categories." })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsIn(PUBLICCODE_CATEGORIES, {
    each: true,
    message: "categories must be publiccode.yml categories",
  })
  categories?: string[] | null;

  @Field(() => DevelopmentStatus, { nullable: true })
  @IsOptional()
  developmentStatus?: DevelopmentStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(SOFTWARE_TYPES)
  softwareType?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(50, { each: true })
  platforms?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Names of the bodies that use it." })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(200, { each: true })
  usedBy?: string[] | null;

  @Field(() => MaintenanceType, { nullable: true })
  @IsOptional()
  maintenanceType?: MaintenanceType | null;

  @Field(() => [ContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  contacts?: ContactInput[] | null;

  @Field(() => String, { nullable: true, description: "e.g. urn:x-italian-pa:c_a944" })
  @IsOptional()
  @MaxLength(200)
  organisationUri?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { each: true, message: "language tags like it, en" })
  availableLanguages?: string[] | null;
}

/** Fields shared by create and update; on update an omitted field keeps its value. */
@InputType()
export class ResourceCommonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  summary?: string;

  @Field(() => String, { nullable: true, description: "Markdown; raw HTML is not rendered." })
  @IsOptional()
  @MaxLength(50_000)
  body?: string;

  @Field(() => [String], { nullable: true, description: "Slugs from the `topics` query." })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsIn(TOPIC_SLUGS, { each: true, message: "topics must be slugs of the topics vocabulary" })
  topics?: string[];

  @Field(() => [String], { nullable: true, description: `Up to ${MAX_TAGS} tags of 50 chars.` })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS)
  @Length(1, 50, { each: true })
  tags?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The goal-action this is the deliverable of. Setting, changing or clearing it needs `goalAction.deliver` on that goal-action (the members of its working group, its referents, the co-coordinators and referents of its plan's community, or admins; see GoalAction.viewerCan.deliver): FORBIDDEN otherwise, and FORBIDDEN when planning cannot be asked. NOT_FOUND when the goal-action does not exist or is not visible to you.",
  })
  @IsOptional()
  @IsUUID()
  goalActionId?: string | null;

  @Field(() => [LinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  links?: LinkInput[];

  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[];

  @Field(() => String, { nullable: true, description: "SPDX identifier or expression." })
  @IsOptional()
  @IsSpdxLicense()
  license?: string | null;

  @Field(() => SoftwareInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  software?: SoftwareInput | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2017)
  @Max(2100)
  year?: number;
}

@InputType()
export class CreateResourceInput extends ResourceCommonInput {
  @Field(() => String)
  @Length(3, 200)
  title!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => ID, {
    description:
      "The contributing organization: the caller's own (as the people subgraph records it); another organization is FORBIDDEN, except for admins.",
  })
  @IsUUID()
  organizationId!: string;
}

@InputType()
export class UpdateResourceInput extends ResourceCommonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field(() => ResourceKind, { nullable: true })
  @IsOptional()
  kind?: ResourceKind;

  @Field(() => ID, { nullable: true, description: "The contributing organization." })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

/** Either input, as the service reads it. */
export type ResourceFieldsInput = ResourceCommonInput & {
  title?: string;
  kind?: ResourceKind;
  organizationId?: string | null;
};

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class VersionedArgs extends IdArgs {
  @Field(() => Int, { description: "The version you read." })
  @Min(1)
  version!: number;
}

@ArgsType()
export class CreateResourceArgs {
  @Field(() => CreateResourceInput)
  @ValidateNested()
  input!: CreateResourceInput;
}

@ArgsType()
export class UpdateResourceArgs extends VersionedArgs {
  @Field(() => UpdateResourceInput)
  @ValidateNested()
  input!: UpdateResourceInput;
}

@ArgsType()
export class FeatureArgs extends VersionedArgs {
  @Field(() => Boolean)
  featured!: boolean;
}
