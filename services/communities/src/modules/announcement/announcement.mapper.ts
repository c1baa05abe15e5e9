import type { AnnouncementRow } from "../../db/tables.js";
import { Announcement } from "./announcement.type.js";

export function toAnnouncement(row: AnnouncementRow): Announcement {
  return Object.assign(new Announcement(), {
    id: row.id,
    title: row.title,
    body: row.body,
    topics: row.topics,
    publishedAt: row.published_at,
    communityId: row.community_id,
    authorId: row.author_id,
  });
}
