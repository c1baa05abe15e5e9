/**
 * The most items a list field returns (docs/adr/0008-bounded-lists.md): lists that grow with
 * time or use are capped, most relevant first, and their descriptions say so.
 */
export const CAPS = {
  /** Per community; active members first. ComTem communities have tens to a few hundred. */
  communityMemberships: 500,
  /** Per person, active first (a person is in a handful of the ~10 communities). */
  personMemberships: 100,
  /** Per community: the most recent (a few meetings a year). */
  meetings: 200,
  /** Per community or organization: the most recent (5–8 a year per community). */
  contributions: 200,
  announcements: 100,
  /** Per meeting; a plenary of every community is a few hundred people (attendance input ≤ 1000). */
  meetingPeople: 1000,
  joinRequests: 200,
  myJoinRequests: 100,
  uiSlices: 200,
  uiSliceVersions: 50,
} as const;
