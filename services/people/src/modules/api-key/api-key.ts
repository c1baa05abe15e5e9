import { createHash, randomBytes, randomUUID } from "node:crypto";
import { IsISO8601, IsOptional, IsUUID, Length } from "class-validator";
import type { Kysely } from "kysely";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { NotFoundError, UserError, requireAuthenticated, userError } from "@comtem/service-kit";
import { CAPS } from "../caps.js";
import type { PeopleContext } from "../../context.js";
import type { ApiKeyRow, PeopleDatabase } from "../../db/tables.js";
import { toOrganization } from "../organization/organization.mapper.js";
import { Organization } from "../organization/organization.type.js";

export enum ApiKeyScope {
  READ = "READ",
  READ_WRITE = "READ_WRITE",
}
registerEnumType(ApiKeyScope, {
  name: "ApiKeyScope",
  description: "READ: queries only. READ_WRITE: mutations too (still as the user of the token).",
});

@ObjectType({ description: "A partner's API key. The secret is shown once, when issued." })
export class ApiKey {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => ApiKeyScope)
  scope!: ApiKeyScope;
  @Field(() => String, { description: "First characters of the key, to recognise it." })
  prefix!: string;
  @Field(() => Date)
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
  organizationId!: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "What the gateway learns about a presented key." })
export class ApiKeyIdentity {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  organizationId!: string;
  @Field(() => ApiKeyScope)
  scope!: ApiKeyScope;
}

@ObjectType()
export class IssueApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;
  @Field(() => String, {
    nullable: true,
    description: "The key itself: store it now, it is not shown again.",
  })
  secret!: string | null;
  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class IssueApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;
  @Field(() => String)
  @Length(3, 100)
  name!: string;
  @Field(() => ApiKeyScope)
  scope!: ApiKeyScope;
  @Field(() => String, { nullable: true, description: "Expiry instant (ISO 8601)." })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string | null;
}

@ArgsType()
export class ApiKeyIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class VerifyApiKeyArgs {
  @Field(() => String)
  @Length(64, 64)
  keyHash!: string;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function toApiKey(row: ApiKeyRow): ApiKey {
  return Object.assign(new ApiKey(), {
    id: row.id,
    name: row.name,
    scope: row.scope as ApiKeyScope,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    organizationId: row.organization_id,
  });
}

export class ApiKeyService {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  async issue(issuer: string, input: IssueApiKeyInput): Promise<IssueApiKeyPayload> {
    const organization = await this.db
      .selectFrom("organization")
      .select("id")
      .where("id", "=", input.organizationId)
      .executeTakeFirst();
    if (!organization) {
      return {
        apiKey: null,
        secret: null,
        userErrors: [userError("NOT_FOUND", "No such organization", "organizationId")],
      };
    }
    if (input.expiresAt && new Date(input.expiresAt) <= new Date()) {
      return {
        apiKey: null,
        secret: null,
        userErrors: [userError("INVALID", "expiresAt must be in the future", "expiresAt")],
      };
    }
    const secret = `ctk_${randomBytes(32).toString("base64url")}`;
    const row = await this.db
      .insertInto("api_key")
      .values({
        id: randomUUID(),
        organization_id: input.organizationId,
        name: input.name.trim(),
        scope: input.scope,
        key_hash: hashApiKey(secret),
        prefix: secret.slice(0, 12),
        created_by: issuer,
        expires_at: input.expiresAt ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { apiKey: toApiKey(row), secret, userErrors: [] };
  }

  async revoke(id: string): Promise<ApiKey> {
    const row = await this.db
      .updateTable("api_key")
      .set({ revoked_at: new Date() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (row) return toApiKey(row);
    const existing = await this.db
      .selectFrom("api_key")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!existing) throw new NotFoundError("API key not found", "id");
    return toApiKey(existing);
  }

  async list(organizationId?: string | null): Promise<ApiKey[]> {
    let query = this.db.selectFrom("api_key").selectAll().orderBy("created_at", "desc");
    if (organizationId) query = query.where("organization_id", "=", organizationId);
    return (await query.limit(CAPS.apiKeys).execute()).map(toApiKey);
  }

  /** Valid = known, not revoked, not expired. */
  async verify(keyHash: string): Promise<ApiKeyIdentity | null> {
    const row = await this.db
      .selectFrom("api_key")
      .selectAll()
      .where("key_hash", "=", keyHash)
      .where("revoked_at", "is", null)
      .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", new Date())]))
      .executeTakeFirst();
    return row
      ? { id: row.id, organizationId: row.organization_id, scope: row.scope as ApiKeyScope }
      : null;
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized("ADMIN")
  @Directive("@listSize(assumedSize: 10)") // a few partners, a key or two each
  @Query(() => [ApiKey], {
    description: `Partner API keys (admins), newest first: at most ${CAPS.apiKeys}.`,
  })
  async apiKeys(
    @Arg("organizationId", () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() { services }: PeopleContext,
  ): Promise<ApiKey[]> {
    return services.apiKeys.list(organizationId);
  }

  @Authorized("ADMIN")
  @Mutation(() => IssueApiKeyPayload, {
    description: "Issue a partner key; the secret is returned once.",
  })
  async issueApiKey(
    @Arg("input", () => IssueApiKeyInput) input: IssueApiKeyInput,
    @Ctx() { principal, services }: PeopleContext,
  ): Promise<IssueApiKeyPayload> {
    return services.apiKeys.issue(requireAuthenticated(principal), input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ApiKey, {
    description: "Revoke a key; it stops working within the gateway's cache time (30 s).",
  })
  async revokeApiKey(
    @Args(() => ApiKeyIdArgs) { id }: ApiKeyIdArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<ApiKey> {
    return services.apiKeys.revoke(id);
  }

  @Authorized("GATEWAY")
  @Directive("@inaccessible")
  @Query(() => ApiKeyIdentity, {
    nullable: true,
    description: "Internal: the gateway checks a presented key by its hash. Not in the public API.",
  })
  async verifyApiKey(
    @Args(() => VerifyApiKeyArgs) { keyHash }: VerifyApiKeyArgs,
    @Ctx() { services }: PeopleContext,
  ): Promise<ApiKeyIdentity | null> {
    return services.apiKeys.verify(keyHash);
  }

  @FieldResolver(() => Organization)
  async organization(
    @Root() key: ApiKey,
    @Ctx() { loaders }: PeopleContext,
  ): Promise<Organization> {
    const row = await loaders.organization.load(key.organizationId);
    if (!row) throw new Error("API key without organization");
    return toOrganization(row);
  }
}
