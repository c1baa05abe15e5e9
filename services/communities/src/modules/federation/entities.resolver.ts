import { Args, Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { CommunitiesContext } from "../../context.js";
import { toCommunity } from "../community/community.mapper.js";
import { Community } from "../community/community.type.js";
import { toContribution } from "../contribution/contribution.mapper.js";
import { CAPS } from "../common/caps.js";
import { Contribution } from "../contribution/contribution.type.js";
import { MembershipFilterArgs } from "../membership/membership.input.js";
import { toMembership } from "../membership/membership.mapper.js";
import { Membership } from "../membership/membership.type.js";
import { Organization, Person } from "./entities.js";

/** Fields this subgraph adds to the people subgraph's Person. */
@Resolver(() => Person)
export class PersonExtensionResolver {
  // Seed: each person is in 4–6 of the 10 communities.
  @Directive("@listSize(assumedSize: 6)")
  @FieldResolver(() => [Membership], {
    nullable: true,
    description: `Community roles, active ones unless asked: at most ${CAPS.personMemberships}, oldest first.`,
  })
  async memberships(
    @Root() person: Person,
    @Args(() => MembershipFilterArgs) { role, includeEnded }: MembershipFilterArgs,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Membership[]> {
    // Not capped in the loader: viewerCan and communityIds need every active membership.
    const rows = await loaders.membershipsByPerson.load(person.id);
    return rows
      .filter((r) => (includeEnded || r.until === null) && (!role || r.role === role))
      .slice(0, CAPS.personMemberships)
      .map(toMembership);
  }

  /**
   * Internal (not in the public API): the people subgraph `@requires` it to decide who sees a
   * person's e-mail and phone (docs/adr/0003-contact-data-privacy.md).
   */
  @Directive("@inaccessible")
  @Directive("@listSize(assumedSize: 6)") // bounded by the communities (~10)
  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      "Ids of the communities where the person is an active member. Internal: read by the people subgraph (@requires) to decide who sees contact data.",
  })
  async communityIds(
    @Root() person: Person,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<string[]> {
    const rows = await loaders.membershipsByPerson.load(person.id);
    return [...new Set(rows.filter((r) => r.until === null).map((r) => r.community_id))];
  }

  @Directive("@listSize(assumedSize: 6)") // bounded by the communities (~10)
  @FieldResolver(() => [Community], {
    nullable: true,
    description: "Communities where the person is active.",
  })
  async communities(
    @Root() person: Person,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Community[]> {
    const memberships = (await loaders.membershipsByPerson.load(person.id)).filter(
      (r) => r.until === null,
    );
    const rows = await loaders.community.loadMany(memberships.map((m) => m.community_id));
    return rows
      .filter((row): row is NonNullable<typeof row> & { id: string } =>
        Boolean(row && !(row instanceof Error)),
      )
      .map((row) => toCommunity(row as never))
      .sort((a, b) => a.name.localeCompare(b.name, "it"));
  }
}

/** Fields this subgraph adds to the people subgraph's Organization. */
@Resolver(() => Organization)
export class OrganizationExtensionResolver {
  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Contribution], {
    nullable: true,
    description: `Proposals and needs the organization raised in any community: at most ${CAPS.contributions}, most recent first.`,
  })
  async contributions(
    @Root() organization: Organization,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Contribution[]> {
    return (await loaders.contributionsByOrganization.load(organization.id)).map(toContribution);
  }
}
