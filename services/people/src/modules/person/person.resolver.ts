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
import {
  UserError,
  connectionTypes,
  policy,
  requireAuthenticated,
  type Principal,
  type Connection,
} from "@comtem/service-kit";
import { CAPS } from "../caps.js";
import type { PeopleContext } from "../../context.js";
import { toOrganization } from "../organization/organization.mapper.js";
import { Organization } from "../organization/organization.type.js";
import {
  NominatePersonInput,
  PeopleArgs,
  PersonIdArgs,
  UpdateMyProfileArgs,
  UpdateProfileArgs,
} from "./person.input.js";
import { toNomination, toPerson } from "./person.mapper.js";
import { Nomination, Person } from "./person.type.js";

/** The shared rule `person.seeContact`, on the communities the gateway fetched (@requires). */
function maySeeContact(principal: Principal, person: Person): boolean {
  return policy["person.seeContact"](principal, {
    personId: person.id,
    communityIds: person.communityIds ?? [],
  });
}

export const PersonConnection = connectionTypes("Person", Person);

@ObjectType()
export class PersonPayload {
  @Field(() => Person, { nullable: true })
  person!: Person | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class NominationPayload {
  @Field(() => Nomination, { nullable: true })
  nomination!: Nomination | null;
  @Field(() => Person, { nullable: true })
  person!: Person | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  async person(
    @Args(() => PersonIdArgs) { id }: PersonIdArgs,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Person | null> {
    const row = await loaders.person.load(id);
    return row ? toPerson(row) : null;
  }

  @Query(() => PersonConnection, { description: "The directory, ordered by family name." })
  async people(
    @Args(() => PeopleArgs) { filter, first, after }: PeopleArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<Connection<Person>> {
    return services.people.list(filter ?? {}, { first, after });
  }

  @Query(() => Person, { nullable: true, description: "The caller; null when anonymous." })
  async me(@Ctx() { principal, loaders }: PeopleContext): Promise<Person | null> {
    if (!principal.personId) return null;
    const row = await loaders.person.load(principal.personId);
    return row ? toPerson(row) : null;
  }

  @Authorized()
  @Mutation(() => PersonPayload, {
    description: "The caller edits their own profile. A stale version → CONFLICT.",
  })
  async updateMyProfile(
    @Args(() => UpdateMyProfileArgs) { version, input }: UpdateMyProfileArgs,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<PersonPayload> {
    return services.people.updateProfile(
      principal,
      requireAuthenticated(principal),
      input,
      version,
    );
  }

  @Authorized()
  @Mutation(() => PersonPayload, {
    description:
      "Edit a profile: one's own, or anyone's for admins (FORBIDDEN otherwise). A stale version → CONFLICT.",
  })
  async updateProfile(
    @Args(() => UpdateProfileArgs) { personId, version, input }: UpdateProfileArgs,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<PersonPayload> {
    return services.people.updateProfile(principal, personId, input, version);
  }

  @Authorized("ADMIN")
  @Mutation(() => NominationPayload, {
    description: "Record that an organization nominated a person to ComTem (admins).",
  })
  async nominatePerson(
    @Arg("input", () => NominatePersonInput) input: NominatePersonInput,
    @Ctx() { services }: PeopleContext,
  ): Promise<NominationPayload> {
    return services.people.nominate(input);
  }

  @FieldResolver(() => Organization)
  async organization(
    @Root() person: Person,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Organization> {
    const row = await loaders.organization.load(person.organizationId);
    if (!row) throw new Error(`person ${person.id} has no organization`);
    return toOrganization(row);
  }

  @Directive('@requires(fields: "communityIds")')
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Personal data: visible to the person themself, admins, and people who share an active community membership with them; null for everyone else.",
  })
  email(@Root() person: Person, @Ctx() { principal }: PeopleContext): string | null {
    return maySeeContact(principal, person) ? person.emailValue : null;
  }

  @Directive('@requires(fields: "communityIds")')
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Personal data: visible to the person themself, admins, and people who share an active community membership with them; null for everyone else.",
  })
  phone(@Root() person: Person, @Ctx() { principal }: PeopleContext): string | null {
    return maySeeContact(principal, person) ? person.phoneValue : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Fiscal code, given at nomination: a first sign-in whose provider gives it links itself to this person. Personal data: visible to the person themself and admins; null for everyone else.",
  })
  fiscalCode(@Root() person: Person, @Ctx() { principal }: PeopleContext): string | null {
    return policy["person.seeIdentities"](principal, person.id) ? person.fiscalCodeValue : null;
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [Nomination], {
    description: `Most recent first: at most ${CAPS.nominations}.`,
  })
  async nominations(
    @Root() person: Person,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Nomination[]> {
    return (await loaders.nominations.load(person.id)).map(toNomination);
  }
}

@Resolver(() => Nomination)
export class NominationResolver {
  @FieldResolver(() => Person)
  async person(@Root() nomination: Nomination, @Ctx() { loaders }: PeopleContext): Promise<Person> {
    const row = await loaders.person.load(nomination.personId);
    if (!row) throw new Error(`nomination ${nomination.id} has no person`);
    return toPerson(row);
  }

  @FieldResolver(() => Organization)
  async organization(
    @Root() nomination: Nomination,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Organization> {
    const row = await loaders.organization.load(nomination.organizationId);
    if (!row) throw new Error(`nomination ${nomination.id} has no organization`);
    return toOrganization(row);
  }
}
