import { sql, type Kysely } from "kysely";
import type { CursorKey } from "@comtem/service-kit";
import type { AnnouncementRow, CommunitiesDatabase, NewAnnouncementRow } from "../../db/tables.js";

export interface AnnouncementQuery {
  communityId?: string | null;
  includeSystemWide?: boolean | null;
}

/** SQL for announcements, newest first: ordered by (published_at, id) descending. */
export class AnnouncementRepository {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  private filtered(query: AnnouncementQuery) {
    let q = this.db.selectFrom("announcement");
    const { communityId } = query;
    if (communityId) {
      q = query.includeSystemWide
        ? q.where((eb) =>
            eb.or([eb("community_id", "=", communityId), eb("community_id", "is", null)]),
          )
        : q.where("community_id", "=", communityId);
    }
    return q;
  }

  async list(
    query: AnnouncementQuery,
    after: CursorKey | null,
    limit: number,
  ): Promise<AnnouncementRow[]> {
    let q = this.filtered(query).selectAll();
    if (after) {
      const [publishedAt, id] = after;
      q = q.where(sql<boolean>`(published_at, id) < (${publishedAt}::timestamptz, ${id}::uuid)`);
    }
    return q.orderBy("published_at", "desc").orderBy("id", "desc").limit(limit).execute();
  }

  async count(query: AnnouncementQuery): Promise<number> {
    const row = await this.filtered(query)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async ofCommunities(communityIds: readonly string[]): Promise<AnnouncementRow[]> {
    if (communityIds.length === 0) return [];
    return this.db
      .selectFrom("announcement")
      .selectAll()
      .where("community_id", "in", communityIds)
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .execute();
  }

  async insert(row: NewAnnouncementRow): Promise<AnnouncementRow> {
    return this.db.insertInto("announcement").values(row).returningAll().executeTakeFirstOrThrow();
  }
}
