import { LocaleProvider } from "@comtem/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { openYears } from "./CreatePlanForm";
import { localizeMessage, localizeRequestError, localizeUserErrors } from "./errors";
import { initialValues, toInput, validateGoalAction } from "./goalActionValues";
import { NO_PERMISSIONS, planPermissions } from "./permissions";
import { suggestCode } from "./PlanPage";
import { PlanBoard } from "../board/PlanBoard";
import { isWebAddress, NEXT_PLAN_STATUS, safeHref } from "./workflow";

describe("planPermissions", () => {
  it("shows what the API says the viewer may do, nothing while it is unknown", () => {
    expect(planPermissions(null)).toEqual(NO_PERMISSIONS);
    expect(planPermissions({ viewerCan: { createPlan: true } })).toEqual({
      ...NO_PERMISSIONS,
      createPlan: true,
    });
    const plan = {
      viewerCan: { edit: true, advance: false, addGoalAction: true, manageWorkingGroups: false },
    };
    expect(planPermissions({ viewerCan: { createPlan: false } }, plan)).toEqual({
      createPlan: false,
      edit: true,
      advance: false,
      addGoalAction: true,
      manageWorkingGroups: false,
    });
  });
});

describe("goal-action form values", () => {
  it("checks what can be checked before sending, by field", () => {
    const v = {
      ...initialValues(null, "CD-2021-"),
      title: "ok",
      deliverableTitle: "",
      plannedStart: "2021-05-01",
      plannedEnd: "2021-04-01",
      progress: "101",
    };
    v.milestones = [{ key: "k", title: "", dueOn: "", done: false }];
    expect(validateGoalAction(v)).toEqual({
      code: "codeFormat",
      title: "tooShort",
      deliverableTitle: "required",
      plannedEnd: "endBeforeStart",
      progress: "progressRange",
      "milestone-k-title": "milestoneTitle",
      "milestone-k-dueOn": "milestoneDate",
    });
    expect(validateGoalAction({ ...v, progress: "4.5" }).progress).toBe("progressRange");
  });

  it("sends every field, empty dates as null, milestones without their row keys", () => {
    const v = {
      ...initialValues(null),
      code: " CD-2021-01 ",
      title: "Percorso RTD",
      deliverableTitle: "Linee guida RTD",
      progress: "40",
      milestones: [{ key: "k", title: " Bozza ", dueOn: "2021-06-30", done: true }],
      contributionIds: ["x"],
    };
    expect(validateGoalAction(v)).toEqual({});
    const input = toInput(v);
    expect(input).toMatchObject({
      code: "CD-2021-01",
      plannedStart: null,
      deliverableDue: null,
      progress: 40,
      status: "DA_AVVIARE",
      deliverableKind: "REPORT",
      milestones: [{ title: "Bozza", dueOn: "2021-06-30", done: true }],
      contributionIds: ["x"],
      referentIds: [],
    });
  });

  it("suggests the community's code prefix for the plan's year", () => {
    expect(suggestCode([{ goalActions: [{ code: "CD-2020-03" }] }], 2021)).toBe("CD-2021-");
    expect(suggestCode([], 2021)).toBe("");
  });
});

describe("server messages in the user's language", () => {
  it("says expected outcomes again by code and field, keeps the others", () => {
    expect(localizeMessage("DUPLICATE", "code", "Another goal-action has this code", "it")).toMatch(
      /Esiste già/,
    );
    expect(
      localizeUserErrors([{ code: "DUPLICATE", field: "input.code", message: "x" }], "en")[0]!
        .message,
    ).toMatch(/Another goal-action/);
    expect(localizeMessage("SOMETHING", "x", "As the server said", "it")).toBe(
      "As the server said",
    );
    const failed = localizeRequestError(
      {
        message: "Invalid input.documentUrl",
        errors: [
          {
            message: "Invalid input.documentUrl: must be a URL",
            extensions: { code: "BAD_USER_INPUT", field: "input.documentUrl" },
          },
        ],
      },
      "it",
    ) as { errors: { message: string; extensions: { field: string } }[] };
    expect(failed.errors[0]!.message).toMatch(/indirizzo web completo/);
    expect(failed.errors[0]!.extensions.field).toBe("input.documentUrl");
    const conflict = localizeRequestError(
      { message: "x", errors: [{ message: "x", extensions: { code: "CONFLICT" } }] },
      "it",
    ) as { errors: { extensions: { code: string } }[] };
    expect(conflict.errors[0]!.extensions.code).toBe("CONFLICT");
    // No answer at all is left to useSubmission, which says it in the user's language.
    const unreachable = new Error("fetch failed");
    expect(localizeRequestError(unreachable, "it")).toBe(unreachable);
  });
});

describe("plan workflow and links", () => {
  it("moves one step at a time", () => {
    expect(NEXT_PLAN_STATUS.BOZZA).toBe("CONDIVISO");
    expect(NEXT_PLAN_STATUS.CONCLUSO).toBeUndefined();
  });

  it("follows only web addresses", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("https://example.org/pda.pdf")).toBe("https://example.org/pda.pdf");
    expect(isWebAddress("not a url")).toBe(false);
    expect(isWebAddress("https://www.regione.emilia-romagna.it/pda")).toBe(true);
  });

  it("offers the years around now that have no plan", () => {
    expect(openYears([2020], 2026)).toEqual([2021, 2025, 2026, 2027, 2028]);
    expect(openYears([2025, 2026], 2026)).toEqual([2027, 2028]);
    expect(openYears([2020, 2027, 2028], 2026)).toEqual([2025, 2026, 2029]);
  });
});

describe("labels, not codes", () => {
  it("shows the board's statuses as words in both languages", () => {
    const plan = {
      goalActions: [
        {
          id: "1",
          code: "CD-2021-01",
          title: "Percorso <b>RTD</b>",
          status: "IN_CORSO",
          progress: 30,
          deliverable: { title: "Kit", kind: "KIT_RIUSO", status: "IN_LAVORAZIONE", dueOn: null },
        },
      ],
    } as never;
    for (const locale of ["it", "en"] as const) {
      const html = renderToStaticMarkup(
        <LocaleProvider locale={locale} setLocale={() => undefined}>
          <PlanBoard plan={plan} />
        </LocaleProvider>,
      );
      expect(html.replace(/<[^>]+>/g, " ")).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
      expect(html).toContain("Percorso &lt;b&gt;RTD&lt;/b&gt;");
    }
  });
});
