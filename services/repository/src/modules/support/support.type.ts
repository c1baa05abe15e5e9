import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CAPS } from "../caps.js";
import { Person } from "../federated/federated.types.js";
import { Resource } from "../resource/resource.type.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A person's offer to help colleagues of other bodies with a resource." })
export class SupportOffer {
  @Field(() => ID)
  id!: string;
  @Field(() => String, {
    nullable: true,
    description: "How to reach the person (e-mail, phone, Teams…); only for authenticated callers.",
  })
  contact!: string | null;
  @Field(() => String, { nullable: true, description: "e.g. martedì e giovedì mattina." })
  availability!: string | null;
  @Field(() => Boolean)
  active!: boolean;
  @Field(() => String, { description: "ISO 8601." })
  createdAt!: string;

  resourceId!: string;
  personId!: string;
}

@ObjectType({
  description: "Someone who offered help, with their active offers (grouped by person).",
})
export class Helper {
  @Field(() => Person, {
    nullable: true,
    description: "Resolved by the people subgraph (name, organization).",
  })
  person!: Person;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [SupportOffer], { description: `Oldest first: at most ${CAPS.offers}.` })
  offers!: SupportOffer[];
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [Resource], {
    description: `The published resources the offers are about (at most ${CAPS.offers}).`,
  })
  resources!: Resource[];

  resourceIds!: string[];
}
