import { sql, type Kysely } from "kysely";
import type { CursorKey } from "@comtem/service-kit";
import type {
  CommunitiesDatabase,
  CommunityRow,
  CommunityUpdate,
  NewCommunityRow,
} from "../../db/tables.js";

/** SQL for communities. Lists are ordered by (name, id) and paged by keyset. */
export class CommunityRepository {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  /** Communities, optionally only those where `memberId` holds an active membership. */
  private filtered(memberId?: string) {
    let q = this.db.selectFrom("community");
    if (memberId) {
      q = q.where((eb) =>
        eb(
          "id",
          "in",
          eb
            .selectFrom("membership")
            .select("membership.community_id")
            .where("membership.person_id", "=", memberId)
            .where("membership.until", "is", null),
        ),
      );
    }
    return q;
  }

  async list(after: CursorKey | null, limit: number, memberId?: string): Promise<CommunityRow[]> {
    let q = this.filtered(memberId).selectAll();
    if (after) {
      const [name, id] = after;
      q = q.where(sql<boolean>`(name, id) > (${name}, ${id}::uuid)`);
    }
    return q.orderBy("name").orderBy("id").limit(limit).execute();
  }

  async count(memberId?: string): Promise<number> {
    const row = await this.filtered(memberId)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** One statement for any number of ids (DataLoader and `_entities` batches). */
  async byIds(ids: readonly string[]): Promise<CommunityRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("community").selectAll().where("id", "in", ids).execute();
  }

  async bySlug(slug: string): Promise<CommunityRow | undefined> {
    return this.db.selectFrom("community").selectAll().where("slug", "=", slug).executeTakeFirst();
  }

  async insert(row: NewCommunityRow): Promise<CommunityRow> {
    return this.db.insertInto("community").values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * One statement: applies the changes and bumps the version, only while the row is at
   * `version` when one is given. Undefined when nothing was updated (missing or stale).
   */
  async update(
    id: string,
    changes: CommunityUpdate,
    version?: number | null,
  ): Promise<CommunityRow | undefined> {
    let q = this.db
      .updateTable("community")
      .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
      .where("id", "=", id);
    if (version !== undefined && version !== null) q = q.where("version", "=", version);
    return q.returningAll().executeTakeFirst();
  }
}
