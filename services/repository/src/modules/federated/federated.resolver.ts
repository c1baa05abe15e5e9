import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { CAPS } from "../caps.js";
import type { RepositoryContext } from "../../context.js";
import { toResource, toSupportOffer } from "../mappers.js";
import { Resource } from "../resource/resource.type.js";
import { SupportOffer } from "../support/support.type.js";
import { Community, GoalAction, Organization, Person } from "./federated.types.js";

@Resolver(() => Organization)
export class OrganizationResourcesResolver {
  // 2020 seed: a few shared solutions per body, most bodies none; each is a full resource.
  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [Resource], {
    nullable: true,
    description: `Resources this body shared (drafts only to those who may see them), featured and newest first: at most ${CAPS.organizationResources}.`,
  })
  async sharedResources(@Root() organization: Organization, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.resourcesByOrganization.load(organization.id)).map(toResource);
  }
}

@Resolver(() => Community)
export class CommunityResourcesResolver {
  @Directive("@listSize(assumedSize: 10)") // a few deliverables a year per community
  @FieldResolver(() => [Resource], {
    nullable: true,
    description: `The community's shared resources, featured and newest first: at most ${CAPS.communityResources}.`,
  })
  async resources(@Root() community: Community, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.resourcesByCommunity.load(community.id)).map(toResource);
  }
}

@Resolver(() => GoalAction)
export class GoalActionResourcesResolver {
  @Directive("@listSize(assumedSize: 2)")
  @FieldResolver(() => [Resource], {
    nullable: true,
    description: `Resources that are this goal-action's deliverable: at most ${CAPS.deliverableResources}.`,
  })
  async deliverableResources(@Root() action: GoalAction, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.resourcesByGoalAction.load(action.id)).map(toResource);
  }
}

@Resolver(() => Person)
export class PersonSupportOffersResolver {
  @Directive("@listSize(assumedSize: 2)")
  @FieldResolver(() => [SupportOffer], {
    nullable: true,
    description: `The person's active offers of help on published resources, oldest first: at most ${CAPS.offers}.`,
  })
  async supportOffers(@Root() person: Person, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.offersByPerson.load(person.id)).map(toSupportOffer);
  }
}
