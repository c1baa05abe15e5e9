import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum SystemRoleEnum {
  ADMIN = "ADMIN",
}
registerEnumType(SystemRoleEnum, {
  name: "SystemRole",
  description: "System-wide roles. ADMIN: Lepida's operational coordination of ComTem.",
});

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A person taking part in ComTem. Everyone sees name, organization and public role; e-mail and phone reach only the person themself, admins, and people who share an active community membership with them (GDPR).",
})
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => String, { description: "Given and family name." })
  fullName!: string;

  @Field(() => String, {
    description: "Public role, e.g. 'Responsabile per la Transizione Digitale'.",
  })
  publicRole!: string;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Directive("@listSize(assumedSize: 5)") // the input takes at most 30
  @Field(() => [String], { description: "Skill tags, e.g. lavoro-agile, cloud, dati." })
  skills!: string[];

  @Field(() => Boolean, { description: "Willing to help colleagues of other bodies." })
  availableToHelp!: boolean;

  @Directive("@listSize(assumedSize: 1)") // a few values; most people have none
  @Field(() => [SystemRoleEnum])
  systemRoles!: SystemRoleEnum[];

  @Field(() => Boolean, { description: "True for fictional demonstration data." })
  isDemo!: boolean;

  @Field(() => Int, {
    description: "Send it back with updateMyProfile / updateProfile; a stale one is a CONFLICT.",
  })
  version!: number;

  /**
   * Communities where the person is an active member, contributed by the communities subgraph
   * and sent here by the gateway when `email` or `phone` is asked (`@requires`).
   */
  @Directive("@external")
  @Field(() => [ID], {
    nullable: true,
    description: "Owned by the communities subgraph; used only to decide who sees contact data.",
  })
  // Null when communities failed: no shared community, so contact data stays hidden.
  communityIds?: string[] | null;

  organizationId!: string;
  emailValue!: string;
  phoneValue!: string | null;
  fiscalCodeValue!: string | null;
}

@ObjectType({ description: "An act by which an organization nominates a person to ComTem." })
export class Nomination {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Date of the act (yyyy-mm-dd)." })
  nominatedOn!: string;

  @Field(() => String, { description: "Reference of the act, e.g. 'Decreto n. 12/2020'." })
  actReference!: string;

  personId!: string;
  organizationId!: string;
}
