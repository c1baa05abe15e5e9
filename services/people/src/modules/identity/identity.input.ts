import { IsOptional, IsUUID, Length, Matches } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";

/** An issuer is an http(s) URL (OpenID Connect Discovery); https in production. */
const ISSUER = /^https?:\/\/[^\s/?#]+[^\s?#]*$/;
/** OpenID Connect: `sub` is at most 255 ASCII characters. */
const SUBJECT = /^[\x21-\x7e]+$/;
/** An Italian fiscal code (omocodia included), optionally as a SPID `fiscalNumber` (TINIT-…). */
export const FISCAL_CODE =
  /^(TINIT-)?[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/i;

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

@ArgsType()
export class IdentityLinkArgs {
  @IssuerField()
  issuer!: string;

  @SubjectField()
  subject!: string;
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

  @Field(() => String, {
    nullable: true,
    description: "Fiscal code, e.g. RSSMRA80A01H501U (a SPID TINIT- prefix is accepted).",
  })
  @IsOptional()
  @Matches(FISCAL_CODE, { message: "fiscalCode must be an Italian fiscal code" })
  fiscalCode?: string | null;
}

@ArgsType()
export class IdentityIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
