import "reflect-metadata";
import { Directive, Field, ObjectType } from "type-graphql";

/**
 * An expected business outcome of a mutation (e.g. "this IPA code is already registered"):
 * returned in the payload, not thrown. Invalid input shapes are BAD_USER_INPUT errors instead.
 */
@Directive("@shareable")
@ObjectType({ description: "A problem with a mutation's input that the user can fix." })
export class UserError {
  @Field(() => String, { nullable: true, description: "Path of the input field, e.g. ipaCode." })
  field!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => String, { description: "Stable machine-readable code, e.g. DUPLICATE." })
  code!: string;
}

export function userError(code: string, message: string, field: string | null = null): UserError {
  return { code, message, field };
}
