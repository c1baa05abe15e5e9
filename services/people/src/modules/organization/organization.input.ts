import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "@comtem/service-kit";
import { VERSION_DESCRIPTION } from "../person/person.input.js";
import { OrganizationKind, provinces } from "./organization.type.js";

/** IPA codes are short lowercase identifiers such as r_emiro, c_a944, cmbo, uc_sorba. */
export const IPA_CODE = /^[a-z0-9][a-z0-9_]{1,19}$/;
/** Region "08", province "037", Comune "037006". */
export const ISTAT_CODE = /^(\d{2}|\d{3}|\d{6})$/;
const NAME_MAX = 200;

@InputType({ description: "Filters on organizations; all given conditions must hold." })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: "Province sigla, e.g. BO." })
  @IsOptional()
  @IsIn(provinces)
  province?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the name, case-insensitive." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  // Without it class-validator never looks inside the filter (a 20,000-character search passed).
  @ValidateNested()
  filter?: OrganizationFilter | null;
}

@ArgsType()
export class OrganizationLookupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { nullable: true, description: "Codice IPA, e.g. r_emiro." })
  @IsOptional()
  @Matches(IPA_CODE, { message: "ipaCode must be a lowercase IPA code such as c_a944" })
  ipaCode?: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  @Length(2, NAME_MAX)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(IPA_CODE, { message: "ipaCode must be a lowercase IPA code such as c_a944" })
  ipaCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: "istatCode must be 2, 3 or 6 digits, e.g. 037006" })
  istatCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(provinces)
  province?: string | null;

  @Field(() => ID, { nullable: true, description: "The Unione this Comune belongs to." })
  @IsOptional()
  @IsUUID()
  unionId?: string | null;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  adheredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https", "http"], require_protocol: true })
  @MaxLength(300)
  website?: string | null;
}

@InputType({ description: "Fields to change; omitted fields keep their value, null clears." })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, NAME_MAX)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(IPA_CODE, { message: "ipaCode must be a lowercase IPA code such as c_a944" })
  ipaCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: "istatCode must be 2, 3 or 6 digits, e.g. 037006" })
  istatCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(provinces)
  province?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unionId?: string | null;

  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  adheredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https", "http"], require_protocol: true })
  @MaxLength(300)
  website?: string | null;
}

@ArgsType()
export class UpdateOrganizationArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: VERSION_DESCRIPTION })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => UpdateOrganizationInput)
  @ValidateNested()
  input!: UpdateOrganizationInput;
}
