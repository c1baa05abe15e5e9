import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A topic of the controlled vocabulary (tema)." })
export class Topic {
  @Field(() => String, { description: "Stable slug, e.g. lavoro-agile." })
  slug!: string;
  @Field(() => String, { description: "Etichetta italiana." })
  labelIt!: string;
  @Field(() => String, { description: "English label." })
  labelEn!: string;
}
