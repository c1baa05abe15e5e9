import { describe, expect, it } from "vitest";
import {
  type Deprecation,
  earliestRemoval,
  formatReport,
  judgeChanges,
  parseDeprecations,
  schemaChanges,
} from "./api-compat.js";
import { referencePages, releasedHistory, unreleasedSection } from "./api-docs.js";

const released = `
  type Query {
    person(id: ID!): Person
    people(first: Int, after: String): [Person!]!
  }
  "Someone taking part in a community."
  type Person {
    id: ID!
    "Full name."
    name: String!
    nickname: String @deprecated(reason: "Use name.")
    role: Role
  }
  enum Role { MEMBER COORDINATOR }
`;

const removedNickname: Deprecation = {
  path: "Person.nickname",
  reason: "Replaced by name.",
  announced: "2026-01-15",
  removal: "2026-07-15",
};

async function judge(current: string, deprecations: Deprecation[] = [], today = "2026-11-28") {
  const changes = await schemaChanges(released, current);
  const judged = judgeChanges(changes, deprecations, { releasedSdl: released, today });
  return { changes, judged, report: formatReport(judged) };
}

describe("the API compatibility rule", () => {
  it("fails when a field is removed without an announcement", async () => {
    const { judged, report } = await judge(released.replace('"Full name."\n    name: String!', ""));
    expect(judged).toEqual([
      expect.objectContaining({
        verdict: "failure",
        change: expect.objectContaining({ type: "FIELD_REMOVED", path: "Person.name" }),
      }),
    ]);
    expect(report.failed).toBe(true);
    expect(report.lines[0]).toMatch(/^BREAKING ✗ +Person\.name: Field 'name' was removed/);
    expect(report.lines[1]).toContain("not announced in docs/api/deprecations.yaml");
  });

  it("passes the removal of a deprecated field listed with a reason once its removal date is reached", async () => {
    const current = released.replace(/nickname: .*\n/, "");
    const { judged, report } = await judge(current, [removedNickname]);
    expect(judged.map((j) => j.verdict)).toEqual(["allowed"]);
    expect(report.failed).toBe(false);
    expect(report.lines[0]).toMatch(/^BREAKING ✓ +Person\.nickname/);
  });

  it("fails the same removal before the announced date, or when the date is less than 6 months after the announcement", async () => {
    const current = released.replace(/nickname: .*\n/, "");
    const early = await judge(current, [removedNickname], "2026-07-14");
    expect(early.judged[0]!.note).toContain("must keep working until then");
    expect(early.report.failed).toBe(true);
    const short = await judge(current, [{ ...removedNickname, removal: "2026-05-01" }]);
    expect(short.judged[0]!.note).toContain("not before 2026-07-15");
    expect(short.report.failed).toBe(true);
  });

  it("fails the removal of a listed field that the released schema did not mark @deprecated", async () => {
    const { judged } = await judge(released.replace('"Full name."\n    name: String!', ""), [
      { ...removedNickname, path: "Person.name" },
    ]);
    expect(judged[0]).toMatchObject({ verdict: "failure" });
    expect(judged[0]!.note).toContain("does not mark it @deprecated");
  });

  it("passes added fields, arguments with defaults and types", async () => {
    const current = released
      .replace("role: Role", "role: Role\n    email: String")
      .replace("after: String)", 'after: String, sort: String = "name")')
      .concat("\ntype Community { id: ID! }\nextend type Query { community(id: ID!): Community }");
    const { judged, report } = await judge(current);
    expect(judged.map((j) => [j.change.type, j.verdict])).toEqual(
      expect.arrayContaining([
        ["FIELD_ADDED", "safe"],
        ["TYPE_ADDED", "safe"],
        ["FIELD_ARGUMENT_ADDED", "safe"],
      ]),
    );
    expect(report.failed).toBe(false);
  });

  it("fails when a nullable argument becomes required", async () => {
    const { judged, report } = await judge(released.replace("first: Int,", "first: Int!,"));
    expect(judged).toEqual([
      expect.objectContaining({
        verdict: "failure",
        change: expect.objectContaining({ type: "FIELD_ARGUMENT_TYPE_CHANGED" }),
      }),
    ]);
    expect(judged[0]!.change.path).toBe("Query.people.first");
    expect(report.failed).toBe(true);
  });

  it("prints a dangerous change (a new enum value) as a warning and passes", async () => {
    const { judged, report } = await judge(released.replace("COORDINATOR", "COORDINATOR ADMIN"));
    expect(judged.map((j) => j.verdict)).toEqual(["warning"]);
    expect(report.lines[0]).toMatch(/^DANGEROUS +Role\.ADMIN/);
    expect(report.failed).toBe(false);
  });

  it("requires a new @deprecated to be announced in the deprecation file", async () => {
    const current = released.replace("role: Role", 'role: Role @deprecated(reason: "Use roles.")');
    const unlisted = await judge(current);
    expect(unlisted.report.failed).toBe(true);
    expect(unlisted.judged.find((j) => j.verdict === "failure")!.change.type).toBe(
      "FIELD_DEPRECATION_ADDED",
    );
    const listed = await judge(current, [
      { path: "Person.role", reason: "Use roles.", announced: "2026-12-01", removal: "2027-06-01" },
    ]);
    expect(listed.report.failed).toBe(false);
  });

  it("requires the same of a deprecated argument or enum value", async () => {
    const argument = await judge(
      released.replace("after: String)", 'after: String @deprecated(reason: "Use first."))'),
    );
    expect(argument.judged.map((j) => [j.change.path, j.verdict])).toEqual([
      ["Query.people.after.@deprecated", "failure"],
    ]);
    const value = await judge(released.replace("MEMBER", 'MEMBER @deprecated(reason: "x")'));
    expect(value.judged.map((j) => [j.change.type, j.verdict])).toEqual([
      ["ENUM_VALUE_DEPRECATION_REASON_ADDED", "failure"],
    ]);
  });
});

describe("the deprecation file", () => {
  it("reads entries, with dates quoted or not", () => {
    const text = `deprecations:
  - path: Person.nickname
    reason: Replaced by name.
    announced: 2026-01-15
    removal: "2026-07-15"
`;
    expect(parseDeprecations(text)).toEqual([removedNickname]);
    expect(parseDeprecations("deprecations: []\n")).toEqual([]);
    expect(parseDeprecations("")).toEqual([]);
  });

  it("refuses an entry without a reason or with a malformed date", () => {
    expect(() =>
      parseDeprecations(
        "deprecations:\n  - { path: A.b, announced: 2026-01-01, removal: 2026-07-01 }",
      ),
    ).toThrow(/entry 1 has no reason/);
    expect(() =>
      parseDeprecations(
        "deprecations:\n  - { path: A.b, reason: x, announced: soon, removal: 2026-07-01 }",
      ),
    ).toThrow(/A\.b\): announced must be a date/);
  });

  it("counts six months from the announcement", () => {
    expect(earliestRemoval("2026-01-15")).toBe("2026-07-15");
    expect(earliestRemoval("2026-09-30")).toBe("2027-03-30");
  });
});

describe("generated API docs", () => {
  it("lists every change in the Unreleased section with its criticality", async () => {
    const current = released
      .replace(/nickname: .*\n/, "")
      .replace("role: Role", "role: Role\n    email: String");
    const changes = await schemaChanges(released, current);
    const section = unreleasedSection(changes, [removedNickname], "1.2.0");
    expect(section).toContain("Changes since 1.2.0:");
    expect(section).toContain(
      "- BREAKING — `Person.nickname`: Field 'nickname' (deprecated) was removed from object type 'Person' (deprecation announced 2026-01-15, removal on or after 2026-07-15: Replaced by name.)",
    );
    expect(section).toContain("- NON_BREAKING — `Person.email`: Field 'email' was added");
    expect(unreleasedSection([], [], "1.2.0")).toBe("## Unreleased\n\nNo changes since 1.2.0.\n");
  });

  it("writes reference pages from descriptions, with arguments, links and deprecations, the same every time", () => {
    const pages = referencePages(released, [removedNickname]);
    expect(Object.keys(pages).sort()).toEqual([
      "README.md",
      "enums.md",
      "inputs.md",
      "mutations.md",
      "objects.md",
      "queries.md",
      "scalars.md",
    ]);
    expect(pages["queries.md"]).toContain("## people\n");
    expect(pages["queries.md"]).toContain("Returns [`[Person!]!`](objects.md#person).");
    expect(pages["queries.md"]).toContain("| `first` | `Int` |  |  |");
    expect(pages["objects.md"]).toContain("## Person\n\nSomeone taking part in a community.");
    expect(pages["objects.md"]).toContain(
      "| `nickname` | `String` | **Deprecated**: Use name. Removal on or after 2026-07-15. |",
    );
    expect(pages["objects.md"]).toContain("| `role` | [`Role`](enums.md#role) |  |");
    expect(referencePages(released, [removedNickname])).toEqual(pages);
  });

  it("finds the last release in the change log", () => {
    const log =
      "# Log\n\n## Unreleased\n\nx\n\n## 1.2.0 — 2026-11-28\n\n- a\n\n## 1.1.0 — 2026-01-01\n";
    expect(releasedHistory(log)).toEqual({
      version: "1.2.0",
      history: "## 1.2.0 — 2026-11-28\n\n- a\n\n## 1.1.0 — 2026-01-01\n",
    });
  });
});
