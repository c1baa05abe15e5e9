import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars.js";

@ObjectType({
  description:
    "A registered version of a UI slice: a Module Federation remote the shell may load. Exactly one version per name is active.",
})
export class UiSlice {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Stable name, e.g. competenze-digitali-calendario." })
  name!: string;

  @Field(() => String, { description: "Module Federation remote name." })
  remoteName!: string;

  @Field(() => String, { description: "URL of mf-manifest.json; its origin is allowlisted." })
  manifestUrl!: string;

  @Field(() => String, { description: "Exposed module, e.g. ./Page." })
  exposedModule!: string;

  @Field(() => String)
  version!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Boolean, { description: "The version the shell loads for this name." })
  active!: boolean;

  @Field(() => DateTimeScalar)
  registeredAt!: Date;

  communityId!: string | null;
}
