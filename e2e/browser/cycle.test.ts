import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../scripts/platform.js";
import {
  CHROMIUM,
  axeViolations,
  launchBrowser,
  startWebPlatform,
  type WebPlatform,
} from "./harness.js";

/**
 * The 2021 cycle of one community, played entirely in the browser by the people who do it,
 * each signed in as themself (development issuer), following only visible links and buttons
 * from the start page. The steps share one platform and run in order: each builds on the last.
 */
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === "true") {
  throw new Error(`CI=true but Chromium is not at ${CHROMIUM}`);
}

const COMMUNITY = "Dati – Banca Regionale del Dato";
const COMMUNITY_EN = "Data – Regional Data Bank";
const COORDINATOR = "Sergio Vaccari"; // co-coordinator of the Dati community in the seed
const NEWCOMER = "Pietro Zani"; // Comune di Forlì, not a member of Dati
const PARTICIPANTS = [NEWCOMER, "Enrico Stagni", "Roberta Pedrazzi"];
const NEEDS = [
  "Catalogo unico dei dataset comunali",
  "Formazione sulla qualità dei metadati",
  "API comuni per i dati territoriali",
];
const KICK_OFF = "Kick-off 2021 – Dati";
const SCREENSHOTS = join(repositoryRoot, "docs/screenshots");

describe.skipIf(chromiumMissing)("the 2021 cycle of a community, in the browser", () => {
  let web: WebPlatform;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  /** Console errors and failed requests of every page: the cycle must run clean. */
  const problems: string[] = [];

  /** A new browser session (its own sessionStorage) signed in as `name` from the start page. */
  async function signIn(name: string, locale: "it" | "en" = "it"): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`${name}: ${error.message}`));
    await page.goto(web.shellUrl);
    if (locale === "en") await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: locale === "it" ? "Accedi" : "Log in" }).click();
    const select = page.locator("#dev-person");
    await select.waitFor();
    const label = (await select.locator("option").allTextContents()).find((o) =>
      o.startsWith(name),
    );
    expect(label, `${name} is a seeded person`).toBeDefined();
    await select.selectOption({ label: label! });
    await page.locator("main form button[type=submit]").click();
    await page.getByText(name).first().waitFor();
    return page;
  }

  /** From anywhere: the header's "Comunità" → the community's card. */
  async function openCommunity(page: Page): Promise<void> {
    await page.getByRole("navigation").getByRole("link", { name: "Comunità", exact: true }).click();
    await page.getByRole("link", { name: COMMUNITY }).click();
    await page.getByRole("heading", { level: 1, name: COMMUNITY }).waitFor();
  }

  async function shot(page: Page, name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async function noSeriousViolations(page: Page): Promise<void> {
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
  }

  beforeAll(async () => {
    web = await startWebPlatform(["communities", "planning", "people", "repository"]);
    ({ browser, close: closeBrowser } = await launchBrowser());
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await closeBrowser?.();
    await web?.stop();
  });

  it("a newcomer asks to join, with the keyboard only", async () => {
    const page = await signIn(NEWCOMER);
    await openCommunity(page);
    const motivation = page.getByLabel("Perché vuoi partecipare?");
    await motivation.focus();
    await page.keyboard.type("Il Comune di Forlì vuole pubblicare i propri dati aperti.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText("Richiesta inviata").waitFor();
    await page.getByTestId("join-pending").waitFor();
    await noSeriousViolations(page);
  });

  it("the co-coordinator finds the request on the home page and approves it, with the keyboard only", async () => {
    const page = await signIn(COORDINATOR);
    // The signed-in home says what needs this person: one request to review, with its link.
    const todo = page.getByTestId("requests-to-review");
    await todo.waitFor();
    expect(await todo.innerText()).toContain("1 richiesta di partecipazione da esaminare in Dati");
    await shot(page, "co-coordinator-home-it");
    await todo.getByRole("link", { name: "Esamina" }).click();
    await page.getByRole("heading", { level: 1, name: COMMUNITY }).waitFor();
    const approve = page.getByRole("button", { name: `Approva: ${NEWCOMER}` });
    await approve.focus();
    await page.keyboard.press("Enter");
    await page.getByText(`Richiesta di ${NEWCOMER} approvata`).waitFor();
    await page.getByTestId("members-PARTECIPANTE").getByText(NEWCOMER).waitFor();
  });

  it("the co-coordinator schedules the kick-off", async () => {
    const page = await signIn(COORDINATOR);
    await openCommunity(page);
    await page.getByRole("button", { name: "Pianifica un incontro" }).click();
    await page.getByLabel("Tipo di incontro").selectOption({ label: "Incontro di avvio" });
    await page.getByLabel("Modalità").selectOption({ label: "Ibrido" });
    await page.getByLabel("Titolo").fill(KICK_OFF);
    await page.getByLabel("Data e ora di inizio (ora italiana)").fill("2021-02-15T10:00");
    await page.getByLabel("Durata in minuti").fill("150");
    await page.getByLabel("Luogo").fill("Bologna, viale Aldo Moro 52");
    // A server-side check (https only) shows next to its field, and nothing typed is lost.
    await page.getByLabel("Collegamento alla riunione").fill("http://meet.example.org/dati");
    await page
      .getByLabel("Ordine del giorno")
      .fill("1. Esigenze degli enti\n2. Idee per il PdA 2021");
    await page.getByRole("button", { name: "Pianifica l'incontro" }).click();
    await page.locator("#meeting-new-link-error").waitFor();
    await expect(page.locator("#meeting-new-link-error").textContent()).resolves.toContain("https");
    await expect(page.getByLabel("Titolo").inputValue()).resolves.toBe(KICK_OFF);
    await noSeriousViolations(page);
    await page.getByLabel("Collegamento alla riunione").fill("https://meet.example.org/dati");
    await page.getByRole("button", { name: "Pianifica l'incontro" }).click();
    await page.getByRole("heading", { level: 1, name: KICK_OFF }).waitFor();
    await shot(page, "co-coordinator-meeting-it");
  });

  it("three participants register for the kick-off and each submits a need", async () => {
    for (const [i, name] of PARTICIPANTS.entries()) {
      const page = await signIn(name);
      await openCommunity(page);
      await page.getByRole("link", { name: KICK_OFF }).click();
      await page.getByRole("button", { name: "Iscriviti all'incontro" }).click();
      await page.getByText("Sei iscritto a questo incontro.").waitFor();
      await page.getByRole("button", { name: "Presenta una proposta o un'esigenza" }).click();
      await page.getByLabel("Che cosa presenti").selectOption({ label: "Esigenza" });
      await page.getByLabel("Titolo").fill(NEEDS[i]!);
      await page.getByLabel("Descrizione").fill(`Esigenza dell'ente di ${name}.`);
      await page.getByRole("button", { name: "Invia", exact: true }).click();
      await page.getByTestId("meeting-contributions").getByText(NEEDS[i]!).waitFor();
      if (i === 0) await shot(page, "participant-meeting-it");
    }
  });

  it("the co-coordinator records who attended", async () => {
    const page = await signIn(COORDINATOR);
    await openCommunity(page);
    await page.getByRole("link", { name: KICK_OFF }).click();
    await page.getByRole("button", { name: "Registra le presenze" }).click();
    // The registered participants are preselected; the co-coordinator was there too.
    for (const name of PARTICIPANTS) {
      await expect(
        page.getByRole("checkbox", { name: new RegExp(`^${name}`) }).isChecked(),
      ).resolves.toBe(true);
    }
    // Bootstrap Italia draws the box on the label: click it as a person does.
    await page.locator("label", { hasText: COORDINATOR }).click();
    await expect(
      page.getByRole("checkbox", { name: new RegExp(`^${COORDINATOR}`) }).isChecked(),
    ).resolves.toBe(true);
    await page.getByRole("button", { name: "Salva le presenze" }).click();
    await page.getByText("Presenze registrate.").waitFor();
    await page.getByRole("heading", { name: "Presenze (4)" }).waitFor();
    await noSeriousViolations(page);
  });

  it("the co-coordinator drafts PdA 2021 with two goal-actions answering those needs, shares and approves it", async () => {
    const page = await signIn(COORDINATOR);
    await openCommunity(page);
    await page.getByRole("link", { name: "Piano di Attività della comunità" }).click();
    await page.getByRole("button", { name: /^Crea il PdA/ }).click();
    await page.getByLabel("Anno del piano").selectOption("2021");
    await page.getByRole("button", { name: "Crea il piano" }).click();
    await page.getByRole("heading", { name: "PdA 2021" }).waitFor();
    await expect(page.getByTestId("plan-status").textContent()).resolves.toBe("Bozza");
    const actions = [
      {
        code: "DA-2021-01",
        title: "Catalogo regionale dei dataset comunali",
        needs: [0],
        referent: NEWCOMER,
      },
      {
        code: "DA-2021-02",
        title: "Percorso sulla qualità dei dati",
        needs: [1, 2],
        referent: null,
      },
    ];
    for (const action of actions) {
      await page.getByRole("button", { name: "Aggiungi un'azione obiettivo" }).click();
      const form = page.getByTestId("goal-action-form");
      await form.locator("#ga-new-code").fill(action.code);
      await form.locator("#ga-new-title").fill(action.title);
      await form.locator("#ga-new-deliverableTitle").fill(`Prodotto: ${action.title}`);
      await form.locator("label[for=ga-new-needsWorkingGroup]").click();
      await form.locator("#ga-new-plannedStart").fill("2021-03-01");
      await form.locator("#ga-new-plannedEnd").fill("2021-12-15");
      // The needs it answers, stated at the kick-off by the participants.
      for (const i of action.needs) await form.locator("label", { hasText: NEEDS[i]! }).click();
      if (action.referent) await form.locator("label", { hasText: action.referent }).click();
      await form.getByRole("button", { name: "Aggiungi l'azione" }).click();
      await page.locator(`[data-testid=goal-action][data-code=${action.code}]`).waitFor();
    }
    await page.getByRole("button", { name: "Condividi il piano" }).click();
    await page.getByRole("button", { name: "Conferma: Condividi il piano" }).click();
    await page.getByTestId("plan-status").getByText("Condiviso").waitFor();
    await page.getByRole("button", { name: "Approva il piano" }).click();
    await page.getByRole("button", { name: "Conferma: Approva il piano" }).click();
    await page.getByTestId("plan-status").getByText("Approvato").waitFor();
    await shot(page, "co-coordinator-plan-it");
  });

  it("the co-coordinator composes a working group and starts it, then updates progress", async () => {
    const page = await signIn(COORDINATOR);
    await openCommunity(page);
    await page.getByRole("link", { name: "Piano di Attività della comunità" }).click();
    const action = page.locator("[data-testid=goal-action][data-code=DA-2021-01]");
    await action.getByRole("button", { name: "Crea il gruppo di lavoro" }).click();
    await action.getByRole("button", { name: "Crea il gruppo", exact: true }).click();
    await action.getByText("Da costituire").waitFor();
    for (const [name, role] of [
      [NEWCOMER, "Referente del gruppo"],
      ["Enrico Stagni", "Membro"],
    ] as const) {
      // The member form stays open after an addition; open it the first time.
      if (!(await action.locator("select[id$=-person]").isVisible())) {
        await action.getByRole("button", { name: "Aggiungi al gruppo" }).click();
      }
      await action.locator("select[id$=-person]").selectOption({ label: `${name} (Partecipante)` });
      await action.locator("select[id$=-role]").selectOption({ label: role });
      await action.locator("form").getByRole("button", { name: "Aggiungi al gruppo" }).click();
      await action.getByTestId("wg-members").getByText(name).waitFor();
    }
    await action.getByRole("button", { name: "Segna il gruppo come costituito" }).click();
    await action.getByRole("button", { name: /^Conferma/ }).click();
    await action.getByText("Costituito", { exact: true }).waitFor();
    await action.getByRole("button", { name: "Avvia il gruppo" }).click();
    await action.getByRole("button", { name: /^Conferma/ }).click();
    await action.getByText("Avviato", { exact: true }).waitFor();
    const quick = action.getByTestId("quick-update");
    await quick.locator("select[id$=-status]").selectOption({ label: "In corso" });
    await quick.locator("input[type=number]").fill("40");
    await quick.getByRole("button", { name: "Aggiorna" }).click();
    await action.getByText("Avanzamento 40%").waitFor();
  });

  it("a participant of the working group publishes the deliverable, linked to the goal-action", async () => {
    const page = await signIn(NEWCOMER);
    // From the plan: the goal-action's working group lead shares its deliverable.
    await page.getByRole("navigation").getByRole("link", { name: "Pianificazione" }).click();
    await page.getByRole("link", { name: COMMUNITY }).click();
    const action = page.locator("[data-testid=goal-action][data-code=DA-2021-01]");
    await action.getByRole("link", { name: "Condividi il prodotto" }).click();
    // Community and goal-action come preselected from the plan.
    await page.getByLabel("Titolo").fill("Catalogo dei dataset comunali 2021");
    expect(await page.getByLabel("Tipo di risorsa").inputValue()).toBe("DELIVERABLE");
    await page.getByLabel("Sintesi").fill("I dataset pubblicati dai Comuni, in un unico catalogo.");
    await page.locator("label", { hasText: "Dati aperti" }).click();
    expect(
      await page
        .getByLabel("È il prodotto di un'azione-obiettivo?")
        .locator("option:checked")
        .textContent(),
    ).toBe("DA-2021-01 — Catalogo regionale dei dataset comunali (2021)");
    await page.getByRole("button", { name: "Salva la bozza" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Catalogo dei dataset comunali 2021" })
      .waitFor();
    await page.getByRole("button", { name: "Pubblica" }).click();
    await page.getByText("Risorsa pubblicata").waitFor();
    await page.getByTestId("resource-badges").getByText("Pubblicata").waitFor();
    await expect(page.getByTestId("deliverable-of").textContent()).resolves.toContain("DA-2021-01");
    await shot(page, "participant-deliverable-it");
    // Back in the plan, the goal-action lists it.
    await page.getByRole("navigation").getByRole("link", { name: "Pianificazione" }).click();
    await page.getByRole("link", { name: COMMUNITY }).click();
    await action
      .getByTestId("deliverable-resources")
      .getByText("Catalogo dei dataset comunali 2021")
      .waitFor();
  });

  it("the 2021 dashboard shows 1 plan, 2 goal-actions and the working group started this month", async () => {
    const page = await signIn(COORDINATOR);
    await page.getByRole("navigation").getByRole("link", { name: "Pianificazione" }).click();
    // The dashboard opens on the latest year with plans; the years are links otherwise.
    const year = page.getByRole("link", { name: "2021", exact: true });
    if (await year.count()) await year.click();
    await page.getByRole("heading", { level: 1, name: "Piani delle attività 2021" }).waitFor();
    const figures = await page.getByTestId("system-figures").innerText();
    expect(figures).toMatch(/\b1\s+Comunità con un piano/i);
    expect(figures).toMatch(/\b2\s+Azioni/i);
    const thisMonth = new Intl.DateTimeFormat("it-IT", {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date());
    const bars = await page.getByTestId("bar-chart").innerText();
    expect(bars).toMatch(new RegExp(`${thisMonth}\\s+1\\b`));
    await shot(page, "dashboard-2021-it");
    // The same screens in English, switched from the header.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Activity plans 2021" }).waitFor();
    await shot(page, "dashboard-2021-en");
    await page.getByRole("link", { name: COMMUNITY_EN }).click();
    await page.getByRole("heading", { name: "2021 plan" }).waitFor();
    await shot(page, "co-coordinator-plan-en");
  });

  it("ran without a page error", () => {
    expect(problems).toEqual([]);
  });
});
