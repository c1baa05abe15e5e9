import { Directive, Field, ID, ObjectType } from "type-graphql";

/*
 * Entities owned by other subgraphs, extended here by key. Only `id` is known locally; the
 * owner resolves the rest, and the fields added here are resolved in this subgraph. No
 * descriptions on these stubs: the owner's descriptions win without composition hints.
 */

@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Community {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class GoalAction {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}

export const reference = <T extends { id: string }>(id: string, type: new () => T): T =>
  Object.assign(new type(), { id });
