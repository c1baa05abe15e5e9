import {
  ArrayMaxSize,
  IsInt,
  IsEmail,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "@comtem/service-kit";
import { FiscalCodeField } from "../identity/identity.input.js";

const SKILL = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PHONE = /^\+?[0-9 ]{6,20}$/;

@InputType({ description: "Filters on people; all given conditions must hold." })
export class PersonFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "A skill tag, e.g. lavoro-agile." })
  @IsOptional()
  @MaxLength(50)
  skill?: string | null;

  @Field(() => Boolean, { nullable: true })
  availableToHelp?: boolean | null;

  @Field(() => String, { nullable: true, description: "Part of the name, case-insensitive." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter | null;
}

@ArgsType()
export class PersonIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType({ description: "Profile fields; omitted fields keep their value." })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 150)
  publicRole?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(SKILL, { each: true, message: "each skill must be a lowercase tag like lavoro-agile" })
  @MaxLength(50, { each: true })
  skills?: string[];

  @Field(() => Boolean, { nullable: true })
  availableToHelp?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: "phone must contain digits and spaces only, e.g. +39 051 123456" })
  phone?: string | null;
}

/**
 * The optimistic-concurrency argument of the profile and organization updates. Optional only
 * for the clients written before it existed: without it the update overwrites whatever is
 * stored (last write wins). Calls without it are deprecated; it may become required later.
 */
export const VERSION_DESCRIPTION =
  "The version you read (Person.version / Organization.version): a stale one changes nothing and is a CONFLICT. Calls without it are deprecated: they overwrite whatever is stored (last write wins), and it will become required.";

@ArgsType()
export class UpdateMyProfileArgs {
  @Field(() => Int, { nullable: true, description: VERSION_DESCRIPTION })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => UpdateProfileInput)
  @ValidateNested()
  input!: UpdateProfileInput;
}

@ArgsType()
export class UpdateProfileArgs {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => Int, { nullable: true, description: VERSION_DESCRIPTION })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => UpdateProfileInput)
  @ValidateNested()
  input!: UpdateProfileInput;
}

@InputType({ description: "A person not yet known to ComTem." })
export class NewPersonInput {
  @Field(() => String)
  @Length(1, 100)
  givenName!: string;

  @Field(() => String)
  @Length(1, 100)
  familyName!: string;

  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(2, 150)
  publicRole!: string;

  @FiscalCodeField(
    "Fiscal code, e.g. RSSMRA80A01H501U (a SPID TINIT- prefix is accepted): the person's first sign-in with an identity provider that gives this fiscal code links itself to them (NOMINATION). Unique; seen only by the person and admins.",
  )
  fiscalCode?: string | null;
}

@InputType({ description: "Give either personId (someone already known) or newPerson." })
export class NominatePersonInput {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  newPerson?: NewPersonInput | null;

  @Field(() => String, { description: "Date of the act, yyyy-mm-dd." })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  nominatedOn!: string;

  @Field(() => String, {
    description: "Reference of the act, e.g. 'Decreto del Sindaco n. 12/2020'.",
  })
  @Length(3, 200)
  actReference!: string;
}
