import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Person is owned by the people subgraph. This subgraph only knows its id and adds
 * `memberships` and `communities`; the reference resolver returns `{ id }` without SQL.
 */
@Directive('@key(fields: "id")')
// No description here: the owner (people) describes the type in the supergraph.
@ObjectType("Person")
export class Person {
  @Field(() => ID)
  id!: string;
}

/** Organization is owned by the people subgraph; this subgraph adds `contributions`. */
@Directive('@key(fields: "id")')
@ObjectType("Organization")
export class Organization {
  @Field(() => ID)
  id!: string;
}

export function personRef(id: string): Person {
  return Object.assign(new Person(), { id });
}
export function organizationRef(id: string): Organization {
  return Object.assign(new Organization(), { id });
}
