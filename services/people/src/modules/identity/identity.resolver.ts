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
import { CAPS } from "../caps.js";
import type { PeopleContext } from "../../context.js";
import { Person } from "../person/person.type.js";
import { IdentityIdArgs, IdentityLinkArgs, LinkIdentityInput } from "./identity.input.js";
import { toExternalIdentity } from "./identity.service.js";
import { ExternalIdentity, IdentityLink } from "./identity.type.js";

@Resolver(() => ExternalIdentity)
export class IdentityResolver {
  @Authorized("GATEWAY")
  @Directive("@inaccessible")
  @Query(() => IdentityLink, {
    nullable: true,
    description:
      "Internal: the gateway resolves a token's (issuer, subject) to a person; null when unlinked. An unlinked subject whose provider gives the fiscal code of a nominated person is linked to them here (NOMINATION). Not in the public API.",
  })
  async identityLink(
    @Args(() => IdentityLinkArgs) { issuer, subject, fiscalCode }: IdentityLinkArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<IdentityLink | null> {
    return services.identities.resolve(issuer, subject, fiscalCode);
  }

  @Authorized("ADMIN")
  @Mutation(() => ExternalIdentity, {
    description:
      "Link a provider's identity to a person (admins). CONFLICT when that (issuer, subject) is already linked.",
  })
  async linkIdentity(
    @Arg("input", () => LinkIdentityInput) input: LinkIdentityInput,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<ExternalIdentity> {
    return services.identities.link(principal, input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ExternalIdentity, {
    description: "Remove a link (admins); returns what was removed.",
  })
  async unlinkIdentity(
    @Args(() => IdentityIdArgs) { id }: IdentityIdArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<ExternalIdentity> {
    return services.identities.unlink(id);
  }
}

@Resolver(() => Person)
export class PersonIdentitiesResolver {
  @Directive("@listSize(assumedSize: 2)")
  @FieldResolver(() => [ExternalIdentity], {
    nullable: true,
    description: `The person's identities at identity providers, most recently linked first: at most ${CAPS.identities}. Visible to the person themself and admins; null for everyone else.`,
  })
  async identities(
    @Root() person: Person,
    @Ctx() { principal, loaders, services }: PeopleContext,
  ): Promise<ExternalIdentity[] | null> {
    if (!services.identities.maySee(principal, person.id)) return null;
    return (await loaders.identities.load(person.id)).map(toExternalIdentity);
  }
}
