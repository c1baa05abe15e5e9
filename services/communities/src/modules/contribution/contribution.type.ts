import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ContributionKind, ContributionStatus } from "../common/enums.js";
import { DateTimeScalar } from "../common/scalars.js";

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A proposal or a need an organization raises in a community (proposte ed esigenze), usually at the kick-off. Text is stored as written: clients must escape it.",
})
export class Contribution {
  @Field(() => ID)
  id!: string;

  @Field(() => ContributionKind)
  kind!: ContributionKind;

  @Field(() => ContributionStatus)
  status!: ContributionStatus;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  statusChangedAt!: Date | null;

  @Field(() => Int, {
    description:
      "Send it back with setContributionStatus; a stale one is a CONFLICT. Bumped by every change.",
  })
  version!: number;

  communityId!: string;
  meetingId!: string | null;
  personId!: string;
  organizationId!: string;
}
