import { existsSync } from "node:fs";
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
 * Forms of the communities and repository slices as people meet them: a server-side check shown
 * next to its field, two pages editing the same object (the second gets a conflict, reloads,
 * keeps what it typed, saves), accessible with the form open.
 */
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === "true") {
  throw new Error(`CI=true but Chromium is not at ${CHROMIUM}`);
}

const COMMUNITY = "Dati – Banca Regionale del Dato";
const COORDINATORS = ["Sergio Vaccari", "Luca Bonora"]; // both co-coordinators of Dati

describe.skipIf(chromiumMissing)("forms of the communities and repository slices", () => {
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

  async function signIn(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${web.shellUrl}/accedi`);
    const select = page.locator("#dev-person");
    await select.waitFor();
    const label = (await select.locator("option").allTextContents()).find((o) =>
      o.startsWith(name),
    );
    await select.selectOption({ label: label! });
    await page.locator("main form button[type=submit]").click();
    await page.getByText(name).first().waitFor();
    return page;
  }

  async function openFirstMeeting(page: Page): Promise<void> {
    await page.getByRole("navigation").getByRole("link", { name: "Comunità", exact: true }).click();
    await page.getByRole("link", { name: COMMUNITY }).click();
    await page.locator("#meetings-title").waitFor();
    await page.locator("section[aria-labelledby=meetings-title] table a").first().click();
    await page.getByRole("button", { name: "Modifica l'incontro e il verbale" }).click();
  }

  it("communities: two co-coordinators edit the same meeting; the second keeps its minutes through the conflict", async () => {
    const [first, second] = [await signIn(COORDINATORS[0]!), await signIn(COORDINATORS[1]!)];
    await openFirstMeeting(first);
    await openFirstMeeting(second);
    const typed = "Verbale scritto dal secondo co-coordinatore mentre il primo salvava.";
    await second.locator("textarea[id$=-minutes]").fill(typed);
    await first.locator("textarea[id$=-agenda]").fill("Ordine del giorno rivisto dal primo.");
    await first.getByRole("button", { name: "Salva le modifiche" }).click();
    await first.getByText("Incontro aggiornato.").waitFor();
    await second.getByRole("button", { name: "Salva le modifiche" }).click();
    await second.getByText(/Qualcun altro ha modificato questi dati/).waitFor();
    expect(await axeViolations(second)).toEqual([]);
    await second.getByRole("button", { name: "Carica la versione più recente" }).click();
    await second.getByText("Ordine del giorno rivisto dal primo.").first().waitFor();
    expect(await second.locator("textarea[id$=-minutes]").inputValue()).toBe(typed);
    await second.getByRole("button", { name: "Salva le modifiche" }).click();
    await second.getByText("Incontro aggiornato.").waitFor();
    // The page shows the saved minutes once its data is read again.
    await second.locator("section[aria-labelledby=minutes-title]").getByText(typed).waitFor();
  });

  it("communities: a participant sees no organizer's action, and no form to review requests", async () => {
    const page = await signIn("Enrico Stagni"); // a participant of Dati
    await page.getByRole("navigation").getByRole("link", { name: "Comunità", exact: true }).click();
    await page.getByRole("link", { name: COMMUNITY }).click();
    await page.getByRole("button", { name: "Presenta una proposta o un'esigenza" }).waitFor();
    for (const action of [
      "Pianifica un incontro",
      "Scrivi una comunicazione",
      "Modifica nome e declaratoria",
      "Aggiungi una persona",
    ]) {
      expect(await page.getByRole("button", { name: action }).count(), action).toBe(0);
    }
    expect(await page.locator("#join-requests-title").count()).toBe(0);
    expect(await page.locator("select[id^=contribution-status-]").count()).toBe(0);
  });

  it("repository: a server-side check shows next to its field; two pages editing one resource get a conflict that keeps the text", async () => {
    const page = await signIn(COORDINATORS[0]!);
    await page.getByRole("navigation").getByRole("link", { name: "Risorse", exact: true }).click();
    await page.getByRole("link", { name: "Condividi una risorsa" }).click();
    await page.getByLabel("Titolo").fill("Linee guida per i metadati dei dataset");
    await page.getByLabel("Sintesi").fill("Come descrivere un dataset comunale.");
    await page.locator("label", { hasText: "Dati aperti" }).click();
    // The license must be an SPDX identifier: only the server knows the list.
    await page.getByLabel("Licenza").fill("licenza libera");
    await page.getByRole("button", { name: "Salva la bozza" }).click();
    await page.locator("#resource-new-license-error").waitFor();
    expect(await page.getByLabel("Titolo").inputValue()).toBe(
      "Linee guida per i metadati dei dataset",
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Licenza").fill("CC-BY-4.0");
    await page.getByRole("button", { name: "Salva la bozza" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Linee guida per i metadati dei dataset" })
      .waitFor();
    const url = page.url();

    const other = await signIn(COORDINATORS[0]!);
    for (const p of [page, other]) {
      await p.goto(url);
      await p.getByRole("link", { name: "Modifica", exact: true }).click();
      await p.getByLabel("Sintesi").waitFor();
    }
    await page.getByLabel("Sintesi").fill("Sintesi rivista nella prima pagina.");
    await page.getByRole("button", { name: "Salva le modifiche" }).click();
    await page.getByText("Modifiche salvate.").waitFor();
    const typed = "Testo scritto nella seconda pagina, da non perdere.";
    await other.getByLabel("Descrizione").fill(typed);
    await other.getByRole("button", { name: "Salva le modifiche" }).click();
    await other.getByText(/Qualcun altro ha modificato questi dati/).waitFor();
    await other.getByRole("button", { name: "Carica la versione più recente" }).click();
    await other.getByText(/Versione più recente caricata/).waitFor();
    expect(await other.getByLabel("Descrizione").inputValue()).toBe(typed);
    await other.getByRole("button", { name: "Salva le modifiche" }).click();
    await other.getByText("Modifiche salvate.").waitFor();
    await other.getByRole("link", { name: "Torna alla risorsa" }).click();
    await other.getByText(typed).waitFor();
    await other.getByRole("button", { name: "Pubblica" }).click();
    await other.getByText("Risorsa pubblicata").waitFor();
  });
});
