import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum AccessRequestStatusEnum {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(AccessRequestStatusEnum, {
  name: "AccessRequestStatus",
  description:
    "Where a request to be added stands. PENDING: waiting for an administrator. APPROVED: a person was created or chosen and the identity linked. REJECTED: refused, with a reason (the caller may ask again).",
});

@ObjectType({
  description:
    "A request to be added to ComTem by someone signed in at the identity provider whom no person is linked to yet. Seen by the requester (myAccessRequest) and admins.",
})
export class AccessRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The name the requester gave." })
  fullName!: string;

  @Field(() => String, { description: "The e-mail the requester gave." })
  email!: string;

  @Field(() => String, { nullable: true, description: "A note for the administrators." })
  message!: string | null;

  @Field(() => AccessRequestStatusEnum)
  status!: AccessRequestStatusEnum;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was rejected (REJECTED only)." })
  rejectionReason!: string | null;

  @Field(() => String, { description: "The identity provider the requester signed in at (`iss`)." })
  issuer!: string;

  @Field(() => String, {
    nullable: true,
    description: "The fiscal code the identity provider gave, if any (normalised).",
  })
  fiscalCode!: string | null;

  organizationId!: string;
  personId!: string | null;
}
