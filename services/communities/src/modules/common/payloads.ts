import { Directive, Field, ObjectType } from "type-graphql";
import { UserError } from "@comtem/service-kit";
import { Announcement } from "../announcement/announcement.type.js";
import { Community } from "../community/community.type.js";
import { Contribution } from "../contribution/contribution.type.js";
import { Meeting } from "../meeting/meeting.type.js";
import { JoinRequest, Membership } from "../membership/membership.type.js";
import { UiSlice } from "../slice/slice.type.js";

/** Every mutation returns the object (null on failure) and the user errors to show. */
@ObjectType()
export class CommunityPayload {
  @Field(() => Community, { nullable: true })
  community!: Community | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class MembershipPayload {
  @Field(() => Membership, { nullable: true })
  membership!: Membership | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class JoinRequestPayload {
  @Field(() => JoinRequest, { nullable: true })
  joinRequest!: JoinRequest | null;
  @Field(() => Membership, { nullable: true, description: "Set when a request is approved." })
  membership!: Membership | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class MeetingPayload {
  @Field(() => Meeting, { nullable: true })
  meeting!: Meeting | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ContributionPayload {
  @Field(() => Contribution, { nullable: true })
  contribution!: Contribution | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AnnouncementPayload {
  @Field(() => Announcement, { nullable: true })
  announcement!: Announcement | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class UiSlicePayload {
  @Field(() => UiSlice, { nullable: true })
  uiSlice!: UiSlice | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}
