import { sql, type Kysely } from "kysely";
import type { CursorKey } from "@comtem/service-kit";
import type { CommunitiesDatabase, ContributionRow, NewContributionRow } from "../../db/tables.js";

export interface ContributionQuery {
  communityId?: string | null;
  kind?: string | null;
  status?: string | null;
  organizationId?: string | null;
}

/** SQL for contributions. Lists are ordered by (created_at, id): in the order raised. */
export class ContributionRepository {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  private filtered(query: ContributionQuery) {
    let q = this.db.selectFrom("contribution");
    if (query.communityId) q = q.where("community_id", "=", query.communityId);
    if (query.kind) q = q.where("kind", "=", query.kind);
    if (query.status) q = q.where("status", "=", query.status);
    if (query.organizationId) q = q.where("organization_id", "=", query.organizationId);
    return q;
  }

  async list(
    query: ContributionQuery,
    after: CursorKey | null,
    limit: number,
  ): Promise<ContributionRow[]> {
    let q = this.filtered(query).selectAll();
    if (after) {
      const [createdAt, id] = after;
      q = q.where(sql<boolean>`(created_at, id) > (${createdAt}::timestamptz, ${id}::uuid)`);
    }
    return q.orderBy("created_at").orderBy("id").limit(limit).execute();
  }

  async count(query: ContributionQuery): Promise<number> {
    const row = await this.filtered(query)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async byIds(ids: readonly string[]): Promise<ContributionRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("contribution").selectAll().where("id", "in", ids).execute();
  }

  /** Most recent first (the loader keeps the first CAPS.contributions per community). */
  async ofCommunities(communityIds: readonly string[]): Promise<ContributionRow[]> {
    if (communityIds.length === 0) return [];
    return this.db
      .selectFrom("contribution")
      .selectAll()
      .where("community_id", "in", communityIds)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
  }

  /** Most recent first (the loader keeps the first CAPS.contributions per organization). */
  async ofOrganizations(organizationIds: readonly string[]): Promise<ContributionRow[]> {
    if (organizationIds.length === 0) return [];
    return this.db
      .selectFrom("contribution")
      .selectAll()
      .where("organization_id", "in", organizationIds)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
  }

  async insert(row: NewContributionRow): Promise<ContributionRow> {
    return this.db.insertInto("contribution").values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * One statement: sets the status and bumps the version, only while the row is at `version`
   * when one is given. Undefined when nothing was updated (missing or stale).
   */
  async setStatus(
    id: string,
    status: string,
    changedBy: string,
    version?: number | null,
  ): Promise<ContributionRow | undefined> {
    const now = new Date();
    let q = this.db
      .updateTable("contribution")
      .set((eb) => ({
        status,
        status_changed_by: changedBy,
        status_changed_at: now,
        version: eb("version", "+", 1),
        updated_at: now,
      }))
      .where("id", "=", id);
    if (version !== undefined && version !== null) q = q.where("version", "=", version);
    return q.returningAll().executeTakeFirst();
  }
}
