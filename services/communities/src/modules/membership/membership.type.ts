import { Field, ID, ObjectType } from "type-graphql";
import { JoinRequestStatus, MembershipRole } from "../common/enums.js";
import { DateTimeScalar } from "../common/scalars.js";

@ObjectType({
  description:
    "A person's role in a community, on behalf of an organization. Active while `until` is null.",
})
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => String, { description: "Date (yyyy-mm-dd) the membership started." })
  since!: string;

  @Field(() => String, { nullable: true, description: "Date (yyyy-mm-dd) it ended, if it did." })
  until!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  communityId!: string;
  personId!: string;
  organizationId!: string;
}

@ObjectType({ description: "A person asks to join a community; a co-coordinator decides." })
export class JoinRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => JoinRequestStatus)
  status!: JoinRequestStatus;

  @Field(() => String, { description: "Plain text as written (clients must escape it)." })
  motivation!: string;

  @Field(() => String, { nullable: true, description: "Reason of a rejection." })
  reason!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt!: Date | null;

  communityId!: string;
  personId!: string;
  organizationId!: string;
  decidedById!: string | null;
  membershipId!: string | null;
}
