import type { Express, Request, Response } from "express";
import ical, { ICalEventStatus } from "ical-generator";
import type { Kysely } from "kysely";
import type { Logger } from "@comtem/service-kit";
import { meetingPageUrl, calendarFeedUrl, type CommunitiesConfig } from "../../config.js";
import type { CommunitiesDatabase, CommunityRow, MeetingRow } from "../../db/tables.js";
import { CommunityRepository } from "../community/community.repository.js";
import { MeetingRepository } from "./meeting.repository.js";

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/;

/**
 * The iCalendar feed of one community: its meetings and the system-wide plenaries, as UTC
 * instants (no VTIMEZONE needed; calendar apps show them in the reader's zone). UIDs derive from
 * meeting ids, so a re-downloaded feed updates events instead of duplicating them.
 */
export function buildCalendar(
  config: CommunitiesConfig,
  community: CommunityRow,
  meetings: readonly MeetingRow[],
): string {
  const calendar = ical({
    name: `ComTem ${community.name}`,
    description: `Incontri della Comunità Tematica ${community.name} (Sistema ComTem Emilia-Romagna)`,
    prodId: { company: "ComTem Emilia-Romagna", product: "communities", language: "IT" },
    url: calendarFeedUrl(config, community.slug),
    ttl: 60 * 60,
  });
  for (const meeting of meetings) {
    const url = meetingPageUrl(config, meeting.community_id ? community.slug : null, meeting.id);
    calendar.createEvent({
      id: `${meeting.id}@comtem`,
      start: meeting.starts_at,
      end: meeting.ends_at,
      stamp: meeting.updated_at,
      lastModified: meeting.updated_at,
      sequence: meeting.version,
      summary: meeting.title,
      // Plain text: ical-generator escapes it for the format; calendar apps show it as text.
      description: [meeting.agenda, meeting.link ? `Collegamento: ${meeting.link}` : null, url]
        .filter(Boolean)
        .join("\n\n"),
      location: meeting.location ?? meeting.link ?? null,
      url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** `GET /calendar/<slug>.ics` on the subgraph; the gateway proxies `/calendar/*` to it. */
export function calendarRoutes(
  db: Kysely<CommunitiesDatabase>,
  config: CommunitiesConfig,
  logger: Logger,
) {
  return (app: Express) => {
    app.get("/calendar/:file", async (req: Request, res: Response) => {
      const match = FILE.exec(String(req.params.file ?? ""));
      if (!match) {
        res.status(404).type("text/plain").send("Not found");
        return;
      }
      try {
        const community = await new CommunityRepository(db).bySlug(match[1] as string);
        if (!community) {
          res.status(404).type("text/plain").send("No such community");
          return;
        }
        const meetings = await new MeetingRepository(db).calendarOf(community.id);
        res
          .status(200)
          .type("text/calendar; charset=utf-8")
          .set("Cache-Control", "public, max-age=300")
          .set("Content-Disposition", `inline; filename="${community.slug}.ics"`)
          .send(buildCalendar(config, community, meetings));
      } catch (error) {
        logger.error({ err: error }, "calendar feed failed");
        res.status(500).type("text/plain").send("Calendar unavailable");
      }
    });
  };
}
