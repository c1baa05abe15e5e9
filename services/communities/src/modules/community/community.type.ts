import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CommunityKind, MembershipRole } from "../common/enums.js";

@ObjectType({
  description: "The declaratoria of a ComTem: what it works on, why, and who should take part.",
})
export class Declaratoria {
  @Directive("@listSize(assumedSize: 5)") // the input takes at most 20
  @Field(() => [String], { description: "Themes (temi), in Italian." })
  themes!: string[];
  @Field(() => String)
  mission!: string;
  @Field(() => String, { description: "Perimetro: what is in and out of scope." })
  perimeter!: string;
  @Field(() => String, { description: "Obiettivi di lungo periodo." })
  longTermObjectives!: string;
  @Field(() => String, { description: "Risultati attesi." })
  expectedResults!: string;
  @Field(() => String, { description: "Profilo suggerito dei partecipanti." })
  participantProfile!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: "A Comunità Tematica (ComTem): a community of practice of public administrations.",
})
export class Community {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "URL name, e.g. competenze-digitali." })
  slug!: string;

  @Field(() => String, { description: "Italian name, e.g. 'Competenze Digitali'." })
  name!: string;

  @Field(() => String, { description: "English name." })
  nameEn!: string;

  @Field(() => CommunityKind)
  kind!: CommunityKind;

  @Field(() => Declaratoria)
  declaratoria!: Declaratoria;

  @Field(() => String, { description: "Date (yyyy-mm-dd) the community started." })
  activeFrom!: string;

  @Field(() => String, { nullable: true, description: "Date (yyyy-mm-dd) it closed, if it did." })
  activeTo!: string | null;

  @Field(() => Int, {
    description:
      "Send it back with updateCommunity; a stale one is a CONFLICT. Bumped by every edit.",
  })
  version!: number;
}

@ObjectType({
  description:
    "One active community role of the caller (what the gateway forwards as principal.communities).",
})
export class CommunityGrant {
  @Field(() => ID)
  communityId!: string;
  @Field(() => MembershipRole)
  role!: MembershipRole;
}

@ObjectType({
  description:
    "What the caller may do in this community, computed by the same rules (the shared policy) that guard the mutations; all false when anonymous. A true value can still meet a business refusal in userErrors (e.g. a closed community).",
})
export class CommunityCapabilities {
  @Field(() => Boolean, {
    description:
      "community.manage: updateCommunity, review join requests (joinRequests, approve/reject), add and end memberships, setContributionStatus, registerUiSlice and its versions. Co-coordinators of the community, admins.",
  })
  manage!: boolean;
  @Field(() => Boolean, {
    description:
      "community.organize: createMeeting, updateMeeting, setMeetingAttendance, publishAnnouncement. Co-coordinators and the Region's and Lepida's referents of the community, admins.",
  })
  organize!: boolean;
  @Field(() => Boolean, {
    description:
      "requestToJoin: signed in, not an active member, no pending request to this community.",
  })
  requestToJoin!: boolean;
  @Field(() => Boolean, {
    description: "createContribution (a proposal or a need): active members, admins.",
  })
  contribute!: boolean;
  @Field(() => Boolean, {
    description: "registerForMeeting on the community's meetings: active members, admins.",
  })
  registerForMeetings!: boolean;
  @Field(() => Boolean, {
    description:
      "createActivityPlan for this community (plan.edit, the rule the planning subgraph applies): co-coordinators and referents, admins.",
  })
  createPlan!: boolean;
  @Field(() => Boolean, {
    description: "registerUiSlice for this community (community.manage).",
  })
  registerUiSlice!: boolean;
}
