import type { PlatformMode } from "@comtem/service-kit";

/** Settings the services need at run time (from environment.ts, or set by tests). */
export interface CommunitiesConfig {
  mode: PlatformMode;
  /** Public origin of the gateway, without a trailing slash: calendar feed links. */
  publicGatewayUrl: string;
  /** Public origin of the web shell, without a trailing slash: meeting pages. */
  publicWebUrl: string;
  /** Origins a UI slice manifest may be served from. */
  sliceAllowedOrigins: readonly string[];
}

export function calendarFeedUrl(config: CommunitiesConfig, slug: string): string {
  return `${config.publicGatewayUrl}/calendar/${encodeURIComponent(slug)}.ics`;
}

/** The shell's page of a meeting; system-wide plenaries have no community in the path. */
export function meetingPageUrl(
  config: CommunitiesConfig,
  communitySlug: string | null,
  meetingId: string,
): string {
  return communitySlug
    ? `${config.publicWebUrl}/comunita/${encodeURIComponent(communitySlug)}/incontri/${meetingId}`
    : `${config.publicWebUrl}/incontri/${meetingId}`;
}
