import { Directive, Field, Int, ObjectType } from "type-graphql";
import { UserError } from "@comtem/service-kit";
import { Resource } from "./resource/resource.type.js";
import { SupportOffer } from "./support/support.type.js";

@ObjectType()
export class ResourcePayload {
  @Field(() => Resource, { nullable: true })
  resource!: Resource | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: "A problem found in a publiccode.yml file." })
export class PubliccodeProblem {
  @Field(() => String, {
    description: 'Dotted path of the key, e.g. legal.license; "" for the whole file.',
  })
  path!: string;
  @Field(() => String)
  message!: string;
  @Field(() => Int, { nullable: true, description: "Line in the file, when known." })
  line!: number | null;
}

@ObjectType()
export class ImportPubliccodePayload {
  @Field(() => Resource, { nullable: true, description: "The new draft; null when invalid." })
  resource!: Resource | null;
  @Directive("@listSize(assumedSize: 5)")
  @Field(() => [PubliccodeProblem], { description: "Empty when the file was imported." })
  problems!: PubliccodeProblem[];
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SupportOfferPayload {
  @Field(() => SupportOffer, { nullable: true })
  offer!: SupportOffer | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}
