import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars.js";

@ObjectType({
  description:
    "News for the members of a community, or of the whole system when it has no community. Title and body are stored exactly as written and are never HTML: clients must escape them when rendering.",
})
export class Announcement {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "Plain text (never trusted as HTML)." })
  body!: string;

  @Directive("@listSize(assumedSize: 3)") // the input takes at most 10
  @Field(() => [String], { description: "Topic tags, e.g. lavoro-agile, bando." })
  topics!: string[];

  @Field(() => DateTimeScalar)
  publishedAt!: Date;

  communityId!: string | null;
  authorId!: string;
}
