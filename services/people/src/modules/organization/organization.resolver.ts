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
import { InputError, UserError, connectionTypes, type Connection } from "@comtem/service-kit";
import type { PeopleContext } from "../../context.js";
import { toOrganization } from "./organization.mapper.js";
import {
  CreateOrganizationInput,
  OrganizationLookupArgs,
  OrganizationsArgs,
  UpdateOrganizationArgs,
} from "./organization.input.js";
import { Organization } from "./organization.type.js";

export const OrganizationConnection = connectionTypes("Organization", Organization);

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, {
    nullable: true,
    description: "One organization by id or by codice IPA (give exactly one).",
  })
  async organization(
    @Args(() => OrganizationLookupArgs) { id, ipaCode }: OrganizationLookupArgs,
    @Ctx() { loaders, services }: PeopleContext,
  ): Promise<Organization | null> {
    if (Boolean(id) === Boolean(ipaCode)) {
      throw new InputError("Give exactly one of id and ipaCode", id ? "ipaCode" : "id");
    }
    if (id) {
      const row = await loaders.organization.load(id);
      return row ? toOrganization(row) : null;
    }
    return services.organizations.byIpaCode(ipaCode as string);
  }

  @Query(() => OrganizationConnection, { description: "Organizations ordered by name." })
  async organizations(
    @Args(() => OrganizationsArgs) { filter, first, after }: OrganizationsArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<Connection<Organization>> {
    return services.organizations.list(filter ?? {}, { first, after });
  }

  @Authorized("ADMIN")
  @Mutation(() => OrganizationPayload, { description: "Admins register a new organization." })
  async createOrganization(
    @Arg("input", () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() { services }: PeopleContext,
  ): Promise<OrganizationPayload> {
    return services.organizations.create(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => OrganizationPayload, {
    description: "Admins change an organization. A stale version → CONFLICT.",
  })
  async updateOrganization(
    @Args(() => UpdateOrganizationArgs) { id, version, input }: UpdateOrganizationArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<OrganizationPayload> {
    return services.organizations.update(id, input, version);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The IPA code as a URI, as publiccode.yml uses it: urn:x-italian-pa:<code>.",
  })
  ipaUri(@Root() organization: Organization): string | null {
    return organization.ipaCode ? `urn:x-italian-pa:${organization.ipaCode}` : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "For a Comune, the Unione di Comuni it belongs to.",
  })
  async union(
    @Root() organization: Organization,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Organization | null> {
    if (!organization.unionId) return null;
    const row = await loaders.organization.load(organization.unionId);
    return row ? toOrganization(row) : null;
  }

  // Unioni of Emilia-Romagna have 2 to ~15 Comuni; fixed by geography, not capped.
  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Organization], { description: "For an Unione, its member Comuni." })
  async members(
    @Root() organization: Organization,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Organization[]> {
    const rows = await loaders.unionMembers.load(organization.id);
    return rows.map(toOrganization);
  }
}
