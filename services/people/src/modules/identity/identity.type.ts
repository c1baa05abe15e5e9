import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { SystemRoleEnum } from "../person/person.type.js";

export enum LinkedHowEnum {
  NOMINATION = "NOMINATION",
  ADMIN = "ADMIN",
  SEED = "SEED",
  ACCESS_REQUEST = "ACCESS_REQUEST",
}
registerEnumType(LinkedHowEnum, {
  name: "IdentityLinkedHow",
  description:
    "How an identity was linked to a person. NOMINATION: at first sign-in, by the fiscal code of a nominated person. ADMIN: by an administrator. SEED: demonstration data. ACCESS_REQUEST: by an administrator approving the signed-in person's request to be added.",
});

@ObjectType({
  description:
    "A person's identity at an identity provider (e.g. the Region's SPID/CIE broker): the provider's issuer and subject. Visible to the person themself and admins.",
})
export class ExternalIdentity {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The provider's issuer URL (`iss`)." })
  issuer!: string;

  @Field(() => String, { description: "The provider's subject (`sub`) for this person." })
  subject!: string;

  @Field(() => String, { nullable: true, description: "Fiscal code, when the provider gives it." })
  fiscalCode!: string | null;

  @Field(() => Date)
  linkedAt!: Date;

  @Field(() => LinkedHowEnum)
  linkedHow!: LinkedHowEnum;

  @Field(() => ID, {
    nullable: true,
    description: "The admin who linked it (ADMIN and ACCESS_REQUEST).",
  })
  linkedBy!: string | null;

  personId!: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "Internal: the person the gateway forwards for a provider's subject." })
export class IdentityLink {
  @Field(() => ID)
  personId!: string;

  @Directive("@listSize(assumedSize: 1)")
  @Field(() => [SystemRoleEnum], { description: "From ComTem's data, never from the token." })
  systemRoles!: SystemRoleEnum[];
}
