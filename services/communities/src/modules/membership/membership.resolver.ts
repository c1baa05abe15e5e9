import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { CommunitiesContext } from "../../context.js";
import { CAPS } from "../common/caps.js";
import { JoinRequestPayload, MembershipPayload } from "../common/payloads.js";
import { toCommunity } from "../community/community.mapper.js";
import { Community } from "../community/community.type.js";
import { Organization, Person, organizationRef, personRef } from "../federation/entities.js";
import {
  AddMembershipInput,
  EndMembershipArgs,
  JoinRequestIdArgs,
  JoinRequestsArgs,
  RejectJoinRequestArgs,
  RequestToJoinInput,
} from "./membership.input.js";
import { JoinRequest, Membership } from "./membership.type.js";

async function communityOf(id: string, { loaders }: CommunitiesContext): Promise<Community> {
  const row = await loaders.community.load(id);
  if (!row) throw new Error(`community ${id} is missing`);
  return toCommunity(row);
}

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized()
  @Mutation(() => MembershipPayload, {
    description:
      "Co-coordinators of the community or admins add a member. At most one active Referente Regione and one Referente Lepida per community.",
  })
  async addMembership(
    @Arg("input", () => AddMembershipInput) input: AddMembershipInput,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MembershipPayload> {
    return services.memberships.add(principal, input);
  }

  @Authorized()
  @Mutation(() => MembershipPayload, {
    description: "Ends a membership: co-coordinators of the community, admins, or the member.",
  })
  async endMembership(
    @Args(() => EndMembershipArgs) { id, until }: EndMembershipArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<MembershipPayload> {
    return services.memberships.end(principal, id, until);
  }

  @FieldResolver(() => Community)
  async community(
    @Root() membership: Membership,
    @Ctx() context: CommunitiesContext,
  ): Promise<Community> {
    return communityOf(membership.communityId, context);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() membership: Membership): Person {
    return personRef(membership.personId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organization the member represents.",
  })
  organization(@Root() membership: Membership): Organization {
    return organizationRef(membership.organizationId);
  }
}

@Resolver(() => JoinRequest)
export class JoinRequestResolver {
  @Authorized()
  @Mutation(() => JoinRequestPayload, { description: "The caller asks to join a community." })
  async requestToJoin(
    @Arg("input", () => RequestToJoinInput) input: RequestToJoinInput,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<JoinRequestPayload> {
    return services.memberships.requestToJoin(principal, input);
  }

  @Authorized()
  @Mutation(() => JoinRequestPayload, {
    description:
      "Co-coordinators of the community or admins approve: a PARTECIPANTE membership starts.",
  })
  async approveJoinRequest(
    @Args(() => JoinRequestIdArgs) { id }: JoinRequestIdArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<JoinRequestPayload> {
    return services.memberships.approve(principal, id);
  }

  @Authorized()
  @Mutation(() => JoinRequestPayload, {
    description: "Co-coordinators of the community or admins reject, giving a reason.",
  })
  async rejectJoinRequest(
    @Args(() => RejectJoinRequestArgs) { id, reason }: RejectJoinRequestArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<JoinRequestPayload> {
    return services.memberships.reject(principal, id, reason);
  }

  @Authorized()
  @Mutation(() => JoinRequestPayload, { description: "The requester withdraws a pending request." })
  async withdrawJoinRequest(
    @Args(() => JoinRequestIdArgs) { id }: JoinRequestIdArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<JoinRequestPayload> {
    return services.memberships.withdraw(principal, id);
  }

  @Authorized()
  @Directive("@listSize(assumedSize: 20)")
  @Query(() => [JoinRequest], {
    description: `A community's join requests, newest first, at most ${CAPS.joinRequests}: its co-coordinators and admins.`,
  })
  async joinRequests(
    @Args(() => JoinRequestsArgs) { communityId, status }: JoinRequestsArgs,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<JoinRequest[]> {
    return services.memberships.requestsOf(principal, communityId, status);
  }

  @Directive("@listSize(assumedSize: 3)")
  @Query(() => [JoinRequest], {
    description: `The caller's join requests (empty when anonymous), newest first, at most ${CAPS.myJoinRequests}.`,
  })
  async myJoinRequests(@Ctx() { principal, services }: CommunitiesContext): Promise<JoinRequest[]> {
    return services.memberships.myRequests(principal);
  }

  @FieldResolver(() => Community)
  async community(
    @Root() request: JoinRequest,
    @Ctx() context: CommunitiesContext,
  ): Promise<Community> {
    return communityOf(request.communityId, context);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The requester." })
  person(@Root() request: JoinRequest): Person {
    return personRef(request.personId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() request: JoinRequest): Organization {
    return organizationRef(request.organizationId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who decided (or withdrew)." })
  decidedBy(@Root() request: JoinRequest): Person | null {
    return request.decidedById ? personRef(request.decidedById) : null;
  }
}
