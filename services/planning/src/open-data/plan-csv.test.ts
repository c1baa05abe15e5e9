import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { openDataFields, planCsv } from "./plan-csv.js";

type Row = Parameters<typeof planCsv>[0][number];

const row = (title: string, description: string, progress = 40) =>
  ({
    year: 2020,
    community_id: "c",
    plan_status: "IN_CORSO",
    code: "CD-2020-01",
    title,
    description,
    progress,
  }) as unknown as Row;

describe("open-data CSV", () => {
  it("never hands a spreadsheet a formula: = + - @ cells get a leading quote", () => {
    const formulas = [
      '=HYPERLINK("http://evil.example","clic")',
      "+1+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A2)",
      "\tindent",
    ];
    const csv = planCsv(formulas.map((f) => row(f, "normale")));
    const records = parse(csv, { columns: true, relax_quotes: true }) as Record<string, string>[];
    expect(records.map((r) => r.titolo)).toEqual(formulas.map((f) => `'${f}`));
    expect(records.every((r) => r.descrizione === "normale")).toBe(true);
  });

  it("keeps numbers, dates and plain text as they are", () => {
    const records = parse(planCsv([row("Linee guida", "a - b", 75)]), {
      columns: true,
    }) as Record<string, string>[];
    expect(records[0]).toMatchObject({
      titolo: "Linee guida",
      descrizione: "a - b",
      anno: "2020",
      avanzamento: "75",
    });
    expect(Object.keys(records[0]!)).toEqual(openDataFields.map((f) => f.name));
  });
});
