import { stableId } from "@comtem/service-kit";

export * from "./seed-types.js";
export { seedOrganizations } from "./organizations.js";
export { seedPeople } from "./people.js";

/**
 * Ids of seeded objects derive from their stable keys, so every subgraph's seed can refer to
 * people and organizations it does not own, and re-seeding yields the same ids.
 */
export function seededPersonId(personKey: string): string {
  return stableId(personKey);
}
export function seededOrganizationId(organizationKey: string): string {
  return stableId(`organization:${organizationKey}`);
}
export * from "./communities.js";

/** Id of a seeded community, from its slug. */
export function seededCommunityId(slug: string): string {
  return stableId(`community:${slug}`);
}
/** Id of a seeded contribution: the n-th (1-based) raised at a community's 2020 kick-off. */
export function seededContributionId(slug: string, n: number): string {
  return stableId(`contribution:${slug}:${n}`);
}
/** Id of a seeded goal-action, from its code (e.g. CD-2020-02). */
export function seededGoalActionId(code: string): string {
  return stableId(`goal-action:${code}`);
}
