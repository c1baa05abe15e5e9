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

  it("the co-coordinator approves the request, with the keyboard only", async () => {
    const page = await signIn(COORDINATOR);
    await openCommunity(page);
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

  it("ran without a page error", () => {
    expect(problems).toEqual([]);
  });
});
