import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENUM_LABELS, enumLabel, enumOptions } from "./labels.js";

/** The enums of the public API, read from the committed supergraph (federation's own left out). */
function supergraphEnums(): Record<string, string[]> {
  const sdl = readFileSync(new URL("../../../infra/supergraph.graphql", import.meta.url), "utf8");
  const enums: Record<string, string[]> = {};
  for (const match of sdl.matchAll(/^enum (\w+)[^{]*\{([^}]*)\}/gm)) {
    const [, name, body] = match as unknown as [string, string, string];
    if (name.startsWith("join__") || name.startsWith("link__")) continue;
    enums[name] = body
      .replace(/"""[\s\S]*?"""/g, "")
      .split("\n")
      .map((line) => line.trim().split(/\s/)[0] ?? "")
      .filter((v) => /^[A-Z][A-Z0-9_]*$/.test(v));
  }
  return enums;
}

describe("enum labels", () => {
  it("label every value of every enum of the public API, in both languages", () => {
    const missing: string[] = [];
    for (const [name, values] of Object.entries(supergraphEnums())) {
      const labels = (ENUM_LABELS as Record<string, Record<string, { it: string; en: string }>>)[
        name
      ];
      for (const value of values) {
        const label = labels?.[value];
        if (!label?.it || !label?.en) missing.push(`${name}.${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("never show a code, even for a value this build does not know", () => {
    expect(enumLabel("PlanStatus", "IN_CORSO", "it")).toBe("In corso");
    expect(enumLabel("PlanStatus", "IN_CORSO", "en")).toBe("Under way");
    expect(enumLabel("PlanStatus", "NUOVO_STATO", "it")).toBe("Nuovo stato");
    expect(enumOptions("MeetingMode", "en").map((o) => o.label)).toEqual([
      "Online",
      "In person",
      "Hybrid",
    ]);
  });
});
