import { randomUUID } from "node:crypto";
import type { Kysely, Transaction, Updateable } from "kysely";
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  enforce,
  isAdmin,
  policy,
  requireAuthenticated,
  staleVersion,
  userError,
  type GoalActionFacts,
  type Principal,
  type UserError,
} from "@comtem/service-kit";
import {
  type ResourceScope,
  canCurate,
  canSee,
  requireCreate,
  requireCurate,
  requireEdit,
  requireOwnOrganization,
} from "../../access.js";
import type {
  AttachmentValue,
  LinkValue,
  RepositoryDatabase,
  ResourceRow,
  ResourceTable,
  SoftwareValue,
} from "../../db/tables.js";
import { normalizeLicense } from "../licenses.js";
import { toResource } from "../mappers.js";
import type { ImportPubliccodePayload, ResourcePayload } from "../payloads.js";
import { noPlanning, type GoalActionLookup } from "../planning/goal-actions.js";
import { MAX_PUBLICCODE_BYTES, parsePubliccode } from "../publiccode/publiccode.js";
import { RESOURCE_COLUMNS } from "../repository.repository.js";
import { keywordsOf } from "../topic/topics.js";
import type { CreateResourceInput, ResourceFieldsInput, SoftwareInput } from "./resource.input.js";
import { ResourceKind, ResourceStatus } from "./resource.type.js";

type Db = Kysely<RepositoryDatabase> | Transaction<RepositoryDatabase>;
type Change =
  "created" | "imported" | "updated" | "published" | "archived" | "featured" | "unfeatured";

const unique = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()))];

function softwareValue(input: SoftwareInput): SoftwareValue {
  return {
    repositoryUrl: input.repositoryUrl ?? null,
    categories: unique(input.categories ?? []),
    developmentStatus: input.developmentStatus ?? null,
    softwareType: input.softwareType ?? null,
    platforms: unique(input.platforms ?? []),
    usedBy: unique(input.usedBy ?? []),
    maintenanceType: input.maintenanceType ?? null,
    contacts: (input.contacts ?? []).map((c) => ({ name: c.name.trim(), email: c.email ?? null })),
    organisationUri: input.organisationUri ?? null,
    availableLanguages: unique(input.availableLanguages ?? []),
  };
}

/** Input fields → column values; omitted fields are left out (they keep their value). */
function columnsOf(input: ResourceFieldsInput, current?: ResourceRow): Updateable<ResourceTable> {
  const out: Updateable<ResourceTable> = {};
  const notNull = <K extends keyof ResourceFieldsInput>(key: K) => {
    if (input[key] === null) throw new InputError(`${key} cannot be null`, `input.${key}`);
    return input[key] !== undefined;
  };
  if (notNull("title")) out.title = input.title!.trim();
  if (notNull("summary")) out.summary = input.summary!.trim();
  if (notNull("body")) out.body = input.body!;
  if (notNull("kind")) out.kind = input.kind!;
  if (notNull("topics")) out.topics = unique(input.topics!);
  if (notNull("tags")) out.tags = unique(input.tags!).filter(Boolean);
  if (notNull("year")) out.year = input.year!;
  if (input.organizationId !== undefined) out.organization_id = input.organizationId;
  if (input.communityId !== undefined) out.community_id = input.communityId;
  if (input.goalActionId !== undefined) out.goal_action_id = input.goalActionId;
  if (notNull("links")) {
    const links: LinkValue[] = input.links!.map((l) => ({ url: l.url, title: l.title ?? null }));
    out.links = JSON.stringify(links);
  }
  if (notNull("attachments")) {
    const attachments: AttachmentValue[] = input.attachments!.map((a) => ({
      url: a.url,
      title: a.title ?? null,
      mediaType: a.mediaType.toLowerCase(),
      sizeBytes: a.sizeBytes,
      sha256: a.sha256.toLowerCase(),
    }));
    out.attachments = JSON.stringify(attachments);
  }
  if (input.license !== undefined) {
    out.license = input.license === null ? null : normalizeLicense(input.license);
  }
  if (input.software !== undefined) {
    out.software = input.software === null ? null : JSON.stringify(softwareValue(input.software));
  }
  if (out.topics !== undefined || out.tags !== undefined) {
    out.keywords = keywordsOf(out.topics ?? current?.topics ?? [], out.tags ?? current?.tags ?? []);
  }
  return out;
}

/** The snapshot kept in resource_revision: every column but the derived ones. */
function snapshotOf(row: ResourceRow): string {
  const { keywords: _keywords, ...rest } = row;
  return JSON.stringify(rest);
}

/** The rules of the repository: who writes, status changes, optimistic concurrency, history. */
export class ResourceService {
  constructor(
    private readonly db: Kysely<RepositoryDatabase>,
    /** What `goalAction.deliver` needs about a goal-action, asked of planning (its owner). */
    private readonly goalActionFacts: GoalActionLookup = noPlanning,
  ) {}

  /**
   * Linking a resource as a goal-action's deliverable (or unlinking it) needs
   * `goalAction.deliver`: the plan's editors, the goal-action's referents, the members of its
   * working group; admins. The facts come from planning in one request, as the caller; if
   * planning cannot answer, the link is refused (fail closed).
   */
  private async requireLinkable(principal: Principal, goalActionId: string | null | undefined) {
    if (!goalActionId || isAdmin(principal)) return;
    requireAuthenticated(principal);
    let facts: GoalActionFacts | null;
    try {
      facts = await this.goalActionFacts(principal, goalActionId);
    } catch {
      throw new NotAllowedError(
        "The goal-action could not be checked right now, so the link is refused: retry later",
      );
    }
    if (!facts) throw new NotFoundError("Goal-action not found", "input.goalActionId");
    enforce(
      principal,
      policy["goalAction.deliver"](principal, facts),
      "Only the goal-action's working group and referents, the co-coordinators and referents of its community, or admins, may link its deliverables",
    );
  }

  /** A resource the caller may see, or NOT_FOUND (drafts of others do not exist for them). */
  private async visible(db: Db, principal: Principal, id: string): Promise<ResourceRow> {
    const row = await db
      .selectFrom("resource")
      .select(RESOURCE_COLUMNS)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row || !canSee(principal, row)) throw new NotFoundError("Resource not found", "id");
    return row;
  }

  private async revise(trx: Db, row: ResourceRow, editedBy: string | null, change: Change) {
    await trx
      .insertInto("resource_revision")
      .values({
        id: randomUUID(),
        resource_id: row.id,
        version: row.version,
        snapshot: snapshotOf(row),
        edited_by: editedBy,
        change,
      })
      .execute();
  }

  private async insert(
    trx: Db,
    values: Updateable<ResourceTable> & { title: string; kind: string },
    createdBy: string,
    change: Change,
  ): Promise<ResourceRow> {
    const row = await trx
      .insertInto("resource")
      .values({
        ...values,
        id: randomUUID(),
        year: values.year ?? new Date().getFullYear(),
        keywords: values.keywords ?? "",
        created_by: createdBy,
        status: ResourceStatus.BOZZA,
      } as never)
      .returning(RESOURCE_COLUMNS)
      .executeTakeFirstOrThrow();
    await this.revise(trx, row, createdBy, change);
    return row;
  }

  /**
   * Applies `changes` when `version` is still current, and records the new state in the
   * history, in one transaction: a stale version writes nothing.
   */
  private async change(
    principal: Principal,
    current: ResourceRow,
    version: number,
    changes: Updateable<ResourceTable>,
    change: Change,
  ): Promise<ResourcePayload> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("resource")
        .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
        .where("id", "=", current.id)
        .where("version", "=", version)
        .returning(RESOURCE_COLUMNS)
        .executeTakeFirst();
      if (!row) throw staleVersion("The resource");
      await this.revise(trx, row, principal.personId, change);
      return { resource: toResource(row), userErrors: [] };
    });
  }

  async create(principal: Principal, input: CreateResourceInput): Promise<ResourcePayload> {
    const personId = requireCreate(principal, input.communityId);
    requireOwnOrganization(principal, input.organizationId);
    await this.requireLinkable(principal, input.goalActionId);
    const values = columnsOf(input);
    return this.db.transaction().execute(async (trx) => ({
      resource: toResource(
        await this.insert(
          trx,
          { ...values, title: input.title.trim(), kind: input.kind },
          personId,
          "created",
        ),
      ),
      userErrors: [],
    }));
  }

  async update(
    principal: Principal,
    id: string,
    version: number,
    input: ResourceFieldsInput,
  ): Promise<ResourcePayload> {
    requireAuthenticated(principal);
    const current = await this.visible(this.db, principal, id);
    requireEdit(principal, current);
    if (
      input.communityId !== undefined &&
      input.communityId !== current.community_id &&
      input.communityId !== null
    ) {
      // Moving a resource into a community needs a role there too.
      requireCreate(principal, input.communityId);
    }
    if (input.organizationId !== undefined && input.organizationId !== current.organization_id) {
      requireOwnOrganization(principal, input.organizationId);
    }
    if (input.goalActionId !== undefined && input.goalActionId !== current.goal_action_id) {
      await this.requireLinkable(principal, current.goal_action_id);
      await this.requireLinkable(principal, input.goalActionId);
    }
    return this.change(principal, current, version, columnsOf(input, current), "updated");
  }

  async publish(principal: Principal, id: string, version: number): Promise<ResourcePayload> {
    requireAuthenticated(principal);
    const current = await this.visible(this.db, principal, id);
    if (current.status === ResourceStatus.ARCHIVIATA) requireCurate(principal, current);
    else requireEdit(principal, current);
    if (current.status === ResourceStatus.PUBBLICATA) {
      return {
        resource: null,
        userErrors: [userError("INVALID_STATUS", "Already published", "id")],
      };
    }
    const missing: UserError[] = [];
    if (!current.summary.trim()) {
      missing.push(userError("INCOMPLETE", "Write a summary before publishing", "summary"));
    }
    if (current.topics.length === 0) {
      missing.push(
        userError("INCOMPLETE", "Choose at least one topic before publishing", "topics"),
      );
    }
    if (!current.organization_id) {
      missing.push(
        userError(
          "INCOMPLETE",
          "Say which organization shares it before publishing",
          "organizationId",
        ),
      );
    }
    if (missing.length > 0) return { resource: null, userErrors: missing };
    return this.change(
      principal,
      current,
      version,
      { status: ResourceStatus.PUBBLICATA, published_at: current.published_at ?? new Date() },
      "published",
    );
  }

  async archive(principal: Principal, id: string, version: number): Promise<ResourcePayload> {
    requireAuthenticated(principal);
    const current = await this.visible(this.db, principal, id);
    requireCurate(principal, current);
    if (current.status === ResourceStatus.ARCHIVIATA) {
      return {
        resource: null,
        userErrors: [userError("INVALID_STATUS", "Already archived", "id")],
      };
    }
    return this.change(
      principal,
      current,
      version,
      { status: ResourceStatus.ARCHIVIATA, featured: false },
      "archived",
    );
  }

  async feature(
    principal: Principal,
    id: string,
    version: number,
    featured: boolean,
  ): Promise<ResourcePayload> {
    requireAuthenticated(principal);
    const current = await this.visible(this.db, principal, id);
    requireCurate(principal, current);
    if (featured && current.status !== ResourceStatus.PUBBLICATA) {
      return {
        resource: null,
        userErrors: [userError("INVALID_STATUS", "Only published resources can be featured", "id")],
      };
    }
    return this.change(
      principal,
      current,
      version,
      { featured },
      featured ? "featured" : "unfeatured",
    );
  }

  /** Whether the caller may see the history of a resource (its editors). */
  mayReadHistory(principal: Principal, row: ResourceScope): boolean {
    return (
      canCurate(principal, row) ||
      (principal.personId !== null && row.created_by === principal.personId)
    );
  }

  async importPubliccode(
    principal: Principal,
    yaml: string,
    organizationId: string | null | undefined,
    communityId: string | null | undefined,
  ): Promise<ImportPubliccodePayload> {
    const personId = requireCreate(principal, communityId);
    requireOwnOrganization(principal, organizationId);
    if (Buffer.byteLength(yaml, "utf8") > MAX_PUBLICCODE_BYTES) {
      throw new InputError(`yaml is larger than ${MAX_PUBLICCODE_BYTES / 1024} KB`, "yaml");
    }
    const { problems, mapped } = parsePubliccode(yaml);
    if (!mapped) return { resource: null, problems, userErrors: [] };
    const row = await this.db.transaction().execute((trx) =>
      this.insert(
        trx,
        {
          title: mapped.title,
          summary: mapped.summary,
          body: mapped.body,
          kind: ResourceKind.SOLUZIONE_TECNOLOGICA,
          topics: mapped.topics,
          tags: mapped.tags,
          keywords: keywordsOf(mapped.topics, mapped.tags),
          license: mapped.license,
          software: JSON.stringify(mapped.software),
          year: mapped.year,
          organization_id: organizationId ?? null,
          community_id: communityId ?? null,
        },
        personId,
        "imported",
      ),
    );
    return { resource: toResource(row), problems: [], userErrors: [] };
  }
}
