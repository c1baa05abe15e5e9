import { stringify } from "csv-stringify/sync";
import type { Express, Request, Response } from "express";
import type { Logger } from "@comtem/service-kit";
import type { PlanningService } from "../modules/planning.service.js";

type Row = Awaited<ReturnType<PlanningService["openDataRows"]>>[number];

/** The documented columns of the open-data CSV, in file order. */
export const openDataFields: {
  name: string;
  type: string;
  description: string;
  value: (r: Row) => unknown;
}[] = [
  { name: "anno", type: "integer", description: "Year of the plan (PdA).", value: (r) => r.year },
  {
    name: "comunita_id",
    type: "uuid",
    description: "Id of the ComTem (communities API).",
    value: (r) => r.community_id,
  },
  {
    name: "stato_piano",
    type: "enum",
    description: "Plan status: CONDIVISO, APPROVATO, IN_CORSO, CONCLUSO.",
    value: (r) => r.plan_status,
  },
  {
    name: "codice_azione",
    type: "string",
    description: "Goal-action code, e.g. CD-2020-02.",
    value: (r) => r.code,
  },
  { name: "titolo", type: "string", description: "Goal-action title.", value: (r) => r.title },
  {
    name: "descrizione",
    type: "string",
    description: "Goal-action description.",
    value: (r) => r.description,
  },
  {
    name: "stato_azione",
    type: "enum",
    description: "DA_AVVIARE, AVVIATA, IN_CORSO, COMPLETATA, SOSPESA.",
    value: (r) => r.status,
  },
  {
    name: "avanzamento",
    type: "integer",
    description: "Progress, 0 to 100 (%).",
    value: (r) => r.progress,
  },
  {
    name: "inizio_previsto",
    type: "date",
    description: "Planned start (yyyy-mm-dd).",
    value: (r) => r.planned_start,
  },
  {
    name: "fine_prevista",
    type: "date",
    description: "Planned end (yyyy-mm-dd).",
    value: (r) => r.planned_end,
  },
  {
    name: "deliverable",
    type: "string",
    description: "Title of the deliverable.",
    value: (r) => r.deliverable_title,
  },
  {
    name: "tipo_deliverable",
    type: "enum",
    description:
      "LINEE_GUIDA, KIT_RIUSO, REPORT, SURVEY, MODELLO, WEBINAR, DATASET, SOFTWARE, ALTRO.",
    value: (r) => r.deliverable_kind,
  },
  {
    name: "scadenza_deliverable",
    type: "date",
    description: "Deliverable due date (yyyy-mm-dd).",
    value: (r) => r.deliverable_due,
  },
  {
    name: "stato_deliverable",
    type: "enum",
    description: "PIANIFICATO, IN_LAVORAZIONE, CONSEGNATO.",
    value: (r) => r.deliverable_status,
  },
  {
    name: "richiede_gdl",
    type: "boolean",
    description: "Whether a working group is needed (true/false).",
    value: (r) => r.needs_working_group,
  },
  {
    name: "stato_gdl",
    type: "enum",
    description: "Working group status, empty when none.",
    value: (r) => r.working_group_status,
  },
  {
    name: "gdl_costituito_il",
    type: "date",
    description: "Date the working group was composed.",
    value: (r) => r.working_group_composed_on,
  },
  {
    name: "gdl_avviato_il",
    type: "date",
    description: "Date the working group started.",
    value: (r) => r.working_group_started_on,
  },
];

export function planCsv(rows: Row[]): string {
  return stringify(
    rows.map((row) => openDataFields.map((field) => field.value(row) ?? "")),
    {
      header: true,
      columns: openDataFields.map((f) => f.name),
      cast: { boolean: (b) => String(b) },
      // Text typed by users reaches spreadsheets: a cell starting with = + - @ (or a tab, CR,
      // their full-width forms) gets a leading ' so it is shown, never run as a formula.
      escape_formulas: true,
    },
  );
}

/** GET /open-data/pda-<year>.csv — served through the gateway's origin. */
export function openDataRoutes(service: PlanningService, logger: Logger) {
  return (app: Express) => {
    app.get("/open-data/:file", async (req: Request, res: Response) => {
      const match = /^pda-(\d{4})\.csv$/.exec(String(req.params.file));
      if (!match) {
        res.status(404).type("text/plain").send("Not found");
        return;
      }
      try {
        const year = Number(match[1]);
        res
          .type("text/csv; charset=utf-8")
          .setHeader("content-disposition", `attachment; filename="pda-${year}.csv"`)
          .setHeader("cache-control", "public, max-age=300")
          .send(planCsv(await service.openDataRows(year)));
      } catch (error) {
        logger.error({ err: error }, "open data export failed");
        res.status(500).type("text/plain").send("Export failed");
      }
    });
  };
}
