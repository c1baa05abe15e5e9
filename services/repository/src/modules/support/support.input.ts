import {
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { TOPIC_SLUGS } from "../topic/topics.js";

@InputType()
export class OfferSupportInput {
  @Field(() => ID)
  @IsUUID()
  resourceId!: string;

  @Field(() => String, { description: "How to reach you: e-mail, phone, Teams… (max 300)." })
  @Length(3, 300)
  contact!: string;

  @Field(() => String, { nullable: true, description: "When you are available (max 500)." })
  @IsOptional()
  @MaxLength(500)
  availability?: string | null;
}

@ArgsType()
export class OfferSupportArgs {
  @Field(() => OfferSupportInput)
  @ValidateNested()
  input!: OfferSupportInput;
}

@ArgsType()
export class WhoCanHelpArgs {
  @Field(() => String, { nullable: true, description: "A topic slug (give this or resourceId)." })
  @IsOptional()
  @IsIn(TOPIC_SLUGS, { message: "topic must be a slug of the topics vocabulary" })
  topic?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  resourceId?: string | null;

  @Field(() => Int, { defaultValue: 20, description: "Most helpers returned, 1 to 100." })
  @Min(1)
  @Max(100)
  first!: number;
}
