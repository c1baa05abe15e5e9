import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  decodeCursor,
  toConnection,
  type Connection,
  type Principal,
  type UserError,
  policy,
} from "@comtem/service-kit";
import { requireCapability } from "../../access.js";
import type { CommunitiesDatabase } from "../../db/tables.js";
import { requireCommunity } from "../community/community.service.js";
import type { PublishAnnouncementInput } from "./announcement.input.js";
import { toAnnouncement } from "./announcement.mapper.js";
import { AnnouncementRepository, type AnnouncementQuery } from "./announcement.repository.js";
import type { Announcement } from "./announcement.type.js";

export interface AnnouncementResult {
  announcement: Announcement | null;
  userErrors: UserError[];
}

/**
 * Announcements. Text is stored exactly as given: it is never sanitized here and never trusted
 * as HTML anywhere; every client escapes it when rendering.
 */
export class AnnouncementService {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  async list(
    query: AnnouncementQuery,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Announcement>> {
    const repository = new AnnouncementRepository(this.db);
    const after = decodeCursor(page.after, 2);
    const [rows, total] = await Promise.all([
      repository.list(query, after, page.first + 1),
      repository.count(query),
    ]);
    return toConnection(
      rows,
      page,
      total,
      (r) => [r.published_at.toISOString(), r.id],
      toAnnouncement,
    );
  }

  /** Co-coordinators and referents of the community, or admins; system-wide: admins only. */
  async publish(
    principal: Principal,
    input: PublishAnnouncementInput,
  ): Promise<AnnouncementResult> {
    return this.db.transaction().execute(async (trx) => {
      const communityId = input.communityId ?? null;
      if (communityId) await requireCommunity(trx, communityId);
      const author = await requireCapability(
        trx,
        principal,
        communityId,
        policy["community.organize"],
        "publish announcements",
      );
      const row = await new AnnouncementRepository(trx).insert({
        id: randomUUID(),
        community_id: communityId,
        title: input.title.trim(),
        body: input.body,
        topics: [...new Set(input.topics ?? [])],
        author_id: author,
        published_at: new Date(),
      });
      return { announcement: toAnnouncement(row), userErrors: [] };
    });
  }
}
