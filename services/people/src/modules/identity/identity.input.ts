import { IsOptional, IsUUID, Length, Matches } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { FISCAL_CODE } from "@comtem/service-kit";

/** An issuer is an http(s) URL (OpenID Connect Discovery); https in production. */
const ISSUER = /^https?:\/\/[^\s/?#]+[^\s?#]*$/;
/** OpenID Connect: `sub` is at most 255 ASCII characters. */
const SUBJECT = /^[\x21-\x7e]+$/;

/** The provider's issuer and subject, validated alike in the query and the mutation. */
function IssuerField(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { description: "The provider's issuer URL (`iss`)." })(target, key);
    Length(1, 500)(target, key);
    Matches(ISSUER, { message: "issuer must be an http(s) URL" })(target, key);
  };
}
function SubjectField(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { description: "The provider's subject (`sub`)." })(target, key);
    Length(1, 255)(target, key);
    Matches(SUBJECT, { message: "subject must be printable ASCII without spaces" })(target, key);
  };
}

/** An optional fiscal code (a SPID `TINIT-` prefix and any case accepted; stored normalised). */
export function FiscalCodeField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    Matches(FISCAL_CODE, { message: "fiscalCode must be an Italian fiscal code" })(target, key);
  };
}

@ArgsType()
export class IdentityLinkArgs {
  @IssuerField()
  issuer!: string;

  @SubjectField()
  subject!: string;

  @FiscalCodeField(
    "The fiscal code the provider gives (e.g. SPID's fiscalNumber): only a hint to link a first sign-in to a nominated person, never an identity by itself.",
  )
  fiscalCode?: string | null;
}

@InputType({ description: "Link a provider's identity (issuer, subject) to a person." })
export class LinkIdentityInput {
  @IssuerField()
  issuer!: string;

  @SubjectField()
  subject!: string;

  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @FiscalCodeField("Fiscal code, e.g. RSSMRA80A01H501U (a SPID TINIT- prefix is accepted).")
  fiscalCode?: string | null;
}

@ArgsType()
export class IdentityIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
