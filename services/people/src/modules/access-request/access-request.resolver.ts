import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { UserError, connectionTypes, type Connection } from "@comtem/service-kit";
import type { PeopleContext } from "../../context.js";
import { toOrganization } from "../organization/organization.mapper.js";
import { Organization } from "../organization/organization.type.js";
import { toPerson } from "../person/person.mapper.js";
import { Person } from "../person/person.type.js";
import {
  AccessRequestsArgs,
  ApproveAccessRequestArgs,
  RejectAccessRequestArgs,
  RequestAccessInput,
} from "./access-request.input.js";
import { AccessRequest } from "./access-request.type.js";

export const AccessRequestConnection = connectionTypes("AccessRequest", AccessRequest);

@ObjectType()
export class RequestAccessPayload {
  @Field(() => AccessRequest, { nullable: true })
  accessRequest!: AccessRequest | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AccessRequestPayload {
  @Field(() => AccessRequest, { nullable: true })
  accessRequest!: AccessRequest | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Query(() => AccessRequest, {
    nullable: true,
    description:
      "The latest request to be added of the caller signed in at the identity provider whom no person is linked to; null for everyone else.",
  })
  async myAccessRequest(
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<AccessRequest | null> {
    return services.accessRequests.mine(principal);
  }

  @Authorized("ADMIN")
  @Query(() => AccessRequestConnection, {
    description: "Requests to be added with this status, oldest first (admins).",
  })
  async accessRequests(
    @Args(() => AccessRequestsArgs) { status, first, after }: AccessRequestsArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<Connection<AccessRequest>> {
    return services.accessRequests.list(status, { first, after });
  }

  @Mutation(() => RequestAccessPayload, {
    description:
      "Ask to be added to ComTem: only for a caller signed in at the identity provider whom no person is linked to (UNAUTHENTICATED when anonymous, FORBIDDEN for a person). A request still pending is the user error DUPLICATE; an unknown organization is NOT_FOUND on organizationId.",
  })
  async requestAccess(
    @Arg("input", () => RequestAccessInput) input: RequestAccessInput,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<RequestAccessPayload> {
    return services.accessRequests.request(principal, input);
  }

  @Authorized("ADMIN")
  @Mutation(() => AccessRequestPayload, {
    description:
      "Approve a request (admins): creates the person (name, e-mail, entity, fiscal code) unless personId names an existing one, links the requester's identity (ACCESS_REQUEST) and marks it APPROVED, in one transaction. Not pending, or the identity linked meanwhile: CONFLICT. A new person whose e-mail someone has already: the user error DUPLICATE on email.",
  })
  async approveAccessRequest(
    @Args(() => ApproveAccessRequestArgs) { id, personId }: ApproveAccessRequestArgs,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<AccessRequestPayload> {
    return services.accessRequests.approve(principal, id, personId);
  }

  @Authorized("ADMIN")
  @Mutation(() => AccessRequestPayload, {
    description:
      "Reject a request with a reason, shown to the requester (admins); they may ask again. Not pending: CONFLICT.",
  })
  async rejectAccessRequest(
    @Args(() => RejectAccessRequestArgs) { id, reason }: RejectAccessRequestArgs,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<AccessRequestPayload> {
    return services.accessRequests.reject(principal, id, reason);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The entity the requester named.",
  })
  async organization(
    @Root() request: AccessRequest,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Organization | null> {
    const row = await loaders.organization.load(request.organizationId);
    return row ? toOrganization(row) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The person created or linked on approval; null otherwise.",
  })
  async person(
    @Root() request: AccessRequest,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Person | null> {
    if (!request.personId) return null;
    const row = await loaders.person.load(request.personId);
    return row ? toPerson(row) : null;
  }
}
