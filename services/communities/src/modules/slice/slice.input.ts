import { IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";

export const SLICE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const REMOTE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const EXPOSED_MODULE = /^\.\/[A-Za-z0-9_\-/]+$/;
export const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

@InputType()
export class RegisterUiSliceInput {
  @Field(() => String)
  @Length(2, 60)
  @Matches(SLICE_NAME, { message: "name must be lowercase words joined by hyphens" })
  name!: string;

  @Field(() => String)
  @Length(1, 60)
  @Matches(REMOTE_NAME, { message: "remoteName must be an identifier like comtem_calendario" })
  remoteName!: string;

  @Field(() => String, { description: "Absolute URL of the remote's mf-manifest.json." })
  @MaxLength(500)
  manifestUrl!: string;

  @Field(() => String)
  @Length(3, 100)
  @Matches(EXPOSED_MODULE, { message: "exposedModule must look like ./Page" })
  exposedModule!: string;

  @Field(() => String)
  @Length(5, 40)
  @Matches(SEMVER, { message: "version must be a semantic version like 1.2.0" })
  version!: string;

  @Field(() => ID, { nullable: true, description: "Null: platform-wide (admins only)." })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  enabled?: boolean | null;
}

@ArgsType()
export class SliceVersionArgs {
  @Field(() => String)
  @Length(2, 60)
  name!: string;

  @Field(() => String)
  @Length(5, 40)
  version!: string;
}

@ArgsType()
export class SetUiSliceEnabledArgs {
  @Field(() => String)
  @Length(2, 60)
  name!: string;

  @Field(() => Boolean)
  enabled!: boolean;
}

@ArgsType()
export class UiSlicesArgs {
  @Field(() => ID, { nullable: true, description: "Only this community's slices." })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;
}

@ArgsType()
export class UiSliceVersionsArgs {
  @Field(() => String)
  @Length(2, 60)
  name!: string;
}
