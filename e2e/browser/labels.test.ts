import { existsSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM,
  axeViolations,
  launchBrowser,
  startWebPlatform,
  type WebPlatform,
} from "./harness.js";

/**
 * Every route, in Italian and in English, as a visitor and as an admin (who sees every action):
 * no raw enum value (`IN_LAVORAZIONE`) in visible text or in the options of a select, and no
 * Italian interface word left on an English page (a missing English message). As the admin, in
 * Italian, every page is also checked with axe-core with all its in-place forms open. Routes are
 * found by following the links of the pages themselves, so a new page is visited without listing
 * it.
 */
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === "true") {
  throw new Error(`CI=true but Chromium is not at ${CHROMIUM}`);
}

const RAW_ENUM = /\b[A-Z]{2,}_[A-Z_]+\b/g;
/** Codes that are values of the API's enums (user text such as "AP_IT" in a resource is not). */
const ENUM_VALUES = new Set(
  [
    ...readFileSync(new URL("../../infra/supergraph.graphql", import.meta.url), "utf8").matchAll(
      /^enum (?!join__|link__)\w+[^{]*\{([^}]*)\}/gm,
    ),
  ].flatMap((m) => m[1]!.match(/^\s+[A-Z][A-Z0-9_]+\b/gm)?.map((v) => v.trim()) ?? []),
);
/** Interface words (buttons, labels, headings) that only an Italian message would contain. */
const ITALIAN_UI = [
  "Accedi",
  "Esci",
  "Salva",
  "Modifica",
  "Aggiungi",
  "Pianifica",
  "Pubblica",
  "Approva",
  "Respingi",
  "Condividi",
  "Cerca",
  "Invia",
  "Annulla",
  "Iscriviti",
  "Registra",
  "Ritira",
  "Incontri",
  "Partecipanti",
  "Comunicazioni",
  "Richieste",
  "Proposte",
  "Risorse",
  "Persone",
  "Stato",
  "Anno",
  "Titolo",
  "Descrizione",
  "Tipo",
  "Nessun",
  "Nessuna",
  "Torna",
  "Tutte",
  "Tutti",
];
const MAX_PAGES = { visitor: 20, admin: 40 };

/** One visit per kind of route: ids and slugs collapse. */
function routeKey(path: string): string {
  const segments = path.split("/").filter(Boolean);
  return (
    "/" +
    segments
      .map((segment, i) =>
        /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(segment) ||
        ["communities", "comunita"].includes(segments[i - 1] ?? "")
          ? ":id"
          : segment,
      )
      .join("/")
  );
}

describe.skipIf(chromiumMissing)("labels, not codes, in both languages", () => {
  let web: WebPlatform;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;

  beforeAll(async () => {
    web = await startWebPlatform(["communities", "planning", "people", "repository"]);
    ({ browser, close: closeBrowser } = await launchBrowser());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await web?.stop();
  });

  async function session(locale: "it" | "en", admin: boolean): Promise<Page> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(web.shellUrl);
    await page.evaluate(`localStorage.setItem("comtem.locale", ${JSON.stringify(locale)})`);
    if (admin) {
      await page.goto(`${web.shellUrl}/accedi`);
      const select = page.locator("#dev-person");
      await select.waitFor();
      const admin = (await select.locator("option").allTextContents()).find((o) =>
        /\((Amministratore|Administrator)\)/.test(o),
      );
      await select.selectOption({ label: admin! });
      await page.locator("main form button[type=submit]").click();
      await page.waitForURL(`${web.shellUrl}/`);
    }
    return page;
  }

  /** Visible text of the page with every disclosure opened, and every select option. */
  async function readPage(page: Page): Promise<{ text: string; chrome: string }> {
    for (const button of await page.locator("main button[aria-expanded=false]").all()) {
      await button.click({ timeout: 1_000 }).catch(() => undefined);
    }
    // A string, run in the page: the test's own TypeScript has no DOM types.
    return page.evaluate(`(() => {
      const text = [
        document.body.innerText,
        ...[...document.querySelectorAll("option")].map((o) => o.textContent ?? ""),
      ].join("\\n");
      const chrome = [
        ...document.querySelectorAll(
          "button, label, legend, th, h2, h3, nav a, [role=status], .form-text, option",
        ),
      ]
        .map((e) => e.innerText ?? e.textContent ?? "")
        .join("\\n");
      return { text, chrome };
    })()`) as Promise<{ text: string; chrome: string }>;
  }

  for (const locale of ["it", "en"] as const) {
    for (const admin of [false, true]) {
      it(`${locale}, ${admin ? "admin" : "visitor"}: every route shows labels`, async () => {
        const page = await session(locale, admin);
        const seen = new Set<string>();
        const queue = ["/"];
        const problems: string[] = [];
        let visited = 0;
        while (queue.length && visited < MAX_PAGES[admin ? "admin" : "visitor"]) {
          const path = queue.shift()!;
          await page.goto(`${web.shellUrl}${path}`);
          const started = Date.now();
          await page
            .locator("main h1")
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => problems.push(`${path}: no page title`));
          // Let the slice's queries settle (skeletons gone).
          await page
            .locator("[aria-busy=true]")
            .first()
            .waitFor({ state: "detached", timeout: 10_000 })
            .catch(() => undefined);
          visited++;
          if (process.env.E2E_DEBUG) console.log(path, Date.now() - started, "ms");
          const { text, chrome } = await readPage(page);
          if (admin && locale === "it") {
            for (const v of await axeViolations(page)) {
              problems.push(`${path}: axe ${v.impact} ${v.id} (${v.nodes.join(", ")})`);
            }
          }
          for (const code of text.match(RAW_ENUM) ?? []) {
            if (ENUM_VALUES.has(code)) problems.push(`${path}: ${code}`);
          }
          if (locale === "en") {
            for (const word of ITALIAN_UI) {
              if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, "u").test(chrome)) {
                problems.push(`${path}: Italian "${word}" on the English page`);
              }
            }
          }
          const links = (await page.evaluate(
            `[...document.querySelectorAll("main a[href], nav a[href]")].map((a) => a.href)`,
          )) as string[];
          for (const href of links) {
            const url = new URL(href);
            if (url.origin !== web.shellUrl || url.pathname.startsWith("/auth")) continue;
            const key = routeKey(url.pathname);
            if (seen.has(key)) continue;
            seen.add(key);
            queue.push(url.pathname);
          }
        }
        expect(visited).toBeGreaterThan(10);
        expect(problems).toEqual([]);
      }, 300_000);
    }
  }
});
