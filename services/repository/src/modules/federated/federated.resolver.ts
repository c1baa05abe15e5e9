import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RepositoryContext } from "../../context.js";
import { toResource, toSupportOffer } from "../mappers.js";
import { Resource } from "../resource/resource.type.js";
import { SupportOffer } from "../support/support.type.js";
import { Community, GoalAction, Organization, Person } from "./federated.types.js";

@Resolver(() => Organization)
export class OrganizationResourcesResolver {
  @FieldResolver(() => [Resource], {
    description: "Resources this body shared (drafts only to those who may see them).",
  })
  async sharedResources(@Root() organization: Organization, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.resourcesByOrganization.load(organization.id)).map(toResource);
  }
}

@Resolver(() => Community)
export class CommunityResourcesResolver {
  @FieldResolver(() => [Resource], { description: "The community's shared resources." })
  async resources(@Root() community: Community, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.resourcesByCommunity.load(community.id)).map(toResource);
  }
}

@Resolver(() => GoalAction)
export class GoalActionResourcesResolver {
  @FieldResolver(() => [Resource], {
    description: "Resources that are this goal-action's deliverable.",
  })
  async deliverableResources(@Root() action: GoalAction, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.resourcesByGoalAction.load(action.id)).map(toResource);
  }
}

@Resolver(() => Person)
export class PersonSupportOffersResolver {
  @FieldResolver(() => [SupportOffer], {
    description: "The person's active offers of help on published resources.",
  })
  async supportOffers(@Root() person: Person, @Ctx() { loaders }: RepositoryContext) {
    return (await loaders.offersByPerson.load(person.id)).map(toSupportOffer);
  }
}
