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
