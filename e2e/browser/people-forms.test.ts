import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENUM_LABELS } from "../../packages/ui/src/labels.js";
import {
  CHROMIUM,
  axeViolations,
  gatewayUrl,
  launchBrowser,
  newPage,
  ports,
  startWebPlatform,
  type WebPlatform,
} from "./harness.js";

/**
 * The people slice's forms in Chromium against the real platform: a person edits their profile
 * (a stale version is a conflict that keeps the typed text), Lepida's admins administer the
 * platform (bodies, nominations, partner API keys with the secret shown once, UI slices), a
 * participant sees no admin action and is told the admin pages are not for them, axe finds
 * nothing serious with the forms open, in Italian and English.
 */
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === "true") {
  throw new Error(`CI=true but Chromium is not at ${CHROMIUM}`);
}

const RAW_ENUM = /\b[A-Z]{2,}_[A-Z_]+\b/g;
const ENUM_VALUES = new Set(Object.values(ENUM_LABELS).flatMap((labels) => Object.keys(labels)));
const ADMIN = "/people/amministrazione";

describe.skipIf(chromiumMissing)("people forms in Chromium", () => {
  let web: WebPlatform;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const requests: string[] = [];
  const pages: Page[] = [];
  let adminId: string;
  let participantId: string;
  let otherParticipantId: string;

  /** A new tab signed in as `personId` with the development issuer (the shell's /accedi). */
  async function signedIn(personId: string, path: string, english = false): Promise<Page> {
    const page = await newPage(browser, requests);
    pages.push(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${web.shellUrl}/accedi`);
      const listed = await page
        .locator("#dev-person")
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (listed) break;
      if (attempt === 3)
        throw new Error(`no sign-in list: ${await page.locator("main").innerText()}`);
    }
    if (english) {
      await page.getByRole("button", { name: /English/ }).click();
      await page.waitForSelector("html[lang=en]");
    }
    await page.locator("#dev-person").selectOption(personId);
    await page.locator("form button[type=submit]").click();
    await page.waitForSelector("[data-testid=signed-in]");
    await page.goto(`${web.shellUrl}${path}`);
    await page.waitForSelector("[data-slice=people] h1").catch(async (error: Error) => {
      const text = await page
        .locator("main")
        .innerText()
        .catch(() => "");
      throw new Error(`${path}: no heading in the people slice (${error.message})\n${text}`);
    });
    return page;
  }

  const slice = (page: Page) => page.locator("[data-slice=people]");

  /** Enum values shown as text in the slice (labels are expected instead). */
  async function rawEnums(page: Page): Promise<string[]> {
    const text = await slice(page).innerText();
    const options = await slice(page).locator("option").allTextContents();
    return [...`${text}\n${options.join("\n")}`.matchAll(RAW_ENUM)]
      .map((m) => m[0])
      .filter((code) => ENUM_VALUES.has(code));
  }

  async function activeSlices(): Promise<{ name: string; version: string }[]> {
    const response = await fetch(`http://127.0.0.1:${ports.communities}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ uiSlices { name version } }" }),
    });
    return ((await response.json()) as { data: { uiSlices: { name: string; version: string }[] } })
      .data.uiSlices;
  }

  beforeAll(async () => {
    web = await startWebPlatform(["people"]);
    ({ browser, close: closeBrowser } = await launchBrowser());
    const people = (await (await fetch(`${gatewayUrl}/dev-issuer/people`)).json()) as {
      people: { id: string; systemRoles: string[] }[];
    };
    adminId = people.people.find((p) => p.systemRoles.includes("ADMIN"))!.id;
    const participants = people.people.filter((p) => p.systemRoles.length === 0);
    participantId = participants[0]!.id;
    otherParticipantId = participants[1]!.id;
  });

  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    await closeBrowser?.();
    await web?.stop();
  });

  it("shows a server-side validation error next to its field (an IPA code already taken)", async () => {
    const page = await signedIn(adminId, `${ADMIN}/enti`);
    await page.getByRole("button", { name: "Registra un nuovo ente" }).click();
    const form = page.locator("[data-testid=organization-form]");
    await form.locator("#org-new-name").fill("Comune di Prova");
    // Well formed, so the client lets it go; the server knows Bologna has it.
    await form.locator("#org-new-ipaCode").fill("c_a944");
    await form.getByRole("button", { name: "Registra l'ente" }).click();
    const error = form.locator("#org-new-ipaCode-error");
    await error.waitFor();
    expect(await error.textContent()).toBe("Un altro ente ha già questo codice IPA.");
    expect(await form.locator("#org-new-ipaCode").getAttribute("aria-invalid")).toBe("true");
    expect(await form.locator("#org-new-ipaCode").getAttribute("aria-describedby")).toContain(
      "org-new-ipaCode-error",
    );
    expect(await form.locator("#org-new-name").inputValue()).toBe("Comune di Prova");
    // A malformed code is caught before sending, in Italian.
    await form.locator("#org-new-ipaCode").fill("C A944");
    expect(await error.count()).toBe(0);
    await form.getByRole("button", { name: "Registra l'ente" }).click();
    await form.getByText("Il codice IPA è fatto di lettere minuscole").waitFor();
    await form.locator("#org-new-ipaCode").fill("c_zz98");
    await form.getByRole("button", { name: "Registra l'ente" }).click();
    await page.getByText("Ente «Comune di Prova» registrato.").waitFor();
    await page.close();
  });

  it("reports a stale profile version as a conflict; after reloading, the typed text is kept and saves", async () => {
    const first = await signedIn(participantId, "/people/profilo");
    const second = await signedIn(participantId, "/people/profilo");
    for (const page of [first, second]) {
      await page.getByRole("button", { name: "Modifica il profilo" }).click();
      await page.locator("#profile-bio").waitFor();
    }
    await first.locator("#profile-bio").fill("Presentazione scritta nella prima scheda");
    await first.getByRole("button", { name: "Salva il profilo" }).click();
    await first
      .locator("[data-testid=profile-bio]")
      .getByText("Presentazione scritta nella prima scheda")
      .waitFor();

    const typed = "Ruolo scritto nella seconda scheda";
    await second.locator("#profile-publicRole").fill(typed);
    await second.getByRole("button", { name: "Salva il profilo" }).click();
    await second.getByText(/Qualcun altro ha modificato questi dati/).waitFor();
    await second.getByRole("button", { name: "Carica la versione più recente" }).click();
    // The latest profile is shown around the form; the form keeps what was typed.
    await second
      .locator("[data-testid=profile-bio]")
      .getByText("Presentazione scritta nella prima scheda")
      .waitFor();
    expect(await second.locator("#profile-publicRole").inputValue()).toBe(typed);
    await second.getByText(/Versione più recente caricata/).waitFor();
    await second.getByRole("button", { name: "Salva il profilo" }).click();
    await second.locator("[data-slice=people] .lead").getByText(typed).waitFor();
    await second.getByText("Profilo aggiornato.").waitFor();
    // Only the changed field was sent: the first tab's text survived.
    expect(await second.locator("[data-testid=profile-bio]").textContent()).toBe(
      "Presentazione scritta nella prima scheda",
    );
    await first.close();
    await second.close();
  });

  it("edits skills as tags, checked on the client in the user's language", async () => {
    const page = await signedIn(otherParticipantId, "/people/profilo");
    await page.getByRole("button", { name: "Modifica il profilo" }).click();
    await page.locator("#profile-skills").fill("Dati Aperti");
    await page.locator("#profile-skills").press("Enter");
    await page.locator("[data-testid=skill-tags]").getByText("dati-aperti").waitFor();
    await page.locator("#profile-skills").fill("c'è?");
    await page.getByRole("button", { name: "Aggiungi", exact: true }).click();
    await page.getByText("Usa lettere minuscole, cifre e trattini").waitFor();
    await page.locator("#profile-skills").fill("");
    await page.locator("#profile-phone").fill("051 abc");
    await page.getByRole("button", { name: "Salva il profilo" }).click();
    await page.locator("#profile-phone-error").waitFor();
    await page.locator("#profile-phone").fill("+39 051 123456");
    await page.getByRole("button", { name: "Salva il profilo" }).click();
    await page.locator("[data-testid=profile-skills]").getByText("dati-aperti").waitFor();
    expect(await page.locator("[data-testid=profile-phone]").textContent()).toBe("+39 051 123456");
    await page.close();
  });

  it("lets an admin edit a body's data with a conflict on a stale version", async () => {
    const list = await signedIn(adminId, `${ADMIN}/enti`);
    await list.locator("#admin-org-search").fill("Bologna");
    await list.getByRole("link", { name: "Modifica Comune di Bologna" }).click();
    await list.locator("#org-edit-name").waitFor();
    const path = new URL(list.url()).pathname;
    const other = await signedIn(adminId, path);
    await other.locator("#org-edit-website").fill("https://www.comune.bologna.it/comtem");
    await other.getByRole("button", { name: "Salva le modifiche" }).click();
    await other.getByText("Dati dell'ente aggiornati.").waitFor();
    await list.locator("#org-edit-adheredOn").fill("2017-04-03");
    await list.getByRole("button", { name: "Salva le modifiche" }).click();
    await list.getByText(/Qualcun altro ha modificato questi dati/).waitFor();
    await list.getByRole("button", { name: "Carica la versione più recente" }).click();
    await list.getByText(/Versione più recente caricata/).waitFor();
    expect(await list.locator("#org-edit-adheredOn").inputValue()).toBe("2017-04-03");
    await list.getByRole("button", { name: "Salva le modifiche" }).click();
    await list.getByText("Dati dell'ente aggiornati.").waitFor();
    await list.getByRole("link", { name: "Pagina pubblica dell'ente" }).click();
    await list.getByText("https://www.comune.bologna.it/comtem").waitFor();
    await list.getByText("3 apr 2017").waitFor();
    await list.close();
    await other.close();
  });

  it("records a nomination of a new person", async () => {
    const page = await signedIn(adminId, `${ADMIN}/nomine`);
    /** Comune di Piacenza nominates a new person by the act given. */
    const fillNewPerson = async (fields: Record<string, string>) => {
      await page.locator("#nomination-organizationId-search").fill("Piacenza");
      const piacenza = page.locator("#nomination-organizationId option", {
        hasText: "Comune di Piacenza",
      });
      await piacenza.waitFor({ state: "attached" });
      await page
        .locator("#nomination-organizationId")
        .selectOption((await piacenza.getAttribute("value"))!);
      await page.getByLabel("Persona nuova").check({ force: true });
      for (const [field, value] of Object.entries(fields)) {
        await page.locator(`#nomination-${field}`).fill(value);
      }
    };
    await fillNewPerson({
      givenName: "Giulia",
      familyName: "Rossetti",
      email: "giulia.rossetti@demo.comtem.example",
      publicRole: "Responsabile per la Transizione Digitale",
      actReference: "Decreto del Sindaco n. 7/2021",
    });
    // The fiscal code is optional, checked on the client in Italian when given.
    const fiscalCode = page.locator("#nomination-fiscalCode");
    const fiscalCodeError = page.locator("#nomination-fiscalCode-error");
    await fiscalCode.fill("RSSGLI85S41");
    await page.getByRole("button", { name: "Registra la nomina" }).click();
    await fiscalCodeError.waitFor();
    expect(await fiscalCodeError.textContent()).toBe(
      "Scrivi un codice fiscale valido di 16 caratteri, per esempio RSSMRA80A01H501U, o lascia il campo vuoto.",
    );
    await page.screenshot({ path: "/tmp/people-nomination-fiscal-code-it.png", fullPage: true });
    await fiscalCode.fill("tinit-rssgli85s41g337e");
    expect(await fiscalCodeError.count()).toBe(0);
    await page.getByRole("button", { name: "Registra la nomina" }).click();
    const done = page.locator("[data-testid=nomination-done]");
    await done.waitFor();
    expect(await done.textContent()).toMatch(
      /Nomina registrata: Giulia Rossetti per Comune di Piacenza, atto «Decreto del Sindaco n\. 7\/2021»/,
    );
    // The same fiscal code for another new person: the server's refusal, next to the field.
    await page.getByRole("button", { name: "Registra un'altra nomina" }).click();
    await fillNewPerson({
      givenName: "Giulia",
      familyName: "Rossetti Bis",
      email: "giulia.rossetti.bis@demo.comtem.example",
      publicRole: "Funzionaria",
      actReference: "Decreto del Sindaco n. 8/2021",
      fiscalCode: "RSSGLI85S41G337E",
    });
    await page.getByRole("button", { name: "Registra la nomina" }).click();
    await fiscalCodeError.waitFor();
    expect(await fiscalCodeError.textContent()).toBe(
      "Questo codice fiscale appartiene già a una persona registrata: scegli «Persona già registrata».",
    );
    expect(await fiscalCode.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#nomination-email-error").count()).toBe(0);
    expect(await page.locator("#nomination-familyName").inputValue()).toBe("Rossetti Bis");
    await page.screenshot({
      path: "/tmp/people-nomination-fiscal-code-taken-it.png",
      fullPage: true,
    });
    await page.close();

    // In English: the field, its hint and the client-side check, with no axe violation.
    const en = await signedIn(adminId, `${ADMIN}/nomine`, true);
    await en.getByLabel("New person").check({ force: true });
    await en.locator("#nomination-fiscalCode").fill("RSSGLI85S41");
    await en.getByRole("button", { name: "Record the nomination" }).click();
    await en.locator("#nomination-fiscalCode-error").waitFor();
    expect(await en.locator("#nomination-fiscalCode-error").textContent()).toBe(
      "Write a valid 16-character Italian fiscal code, for example RSSMRA80A01H501U, or leave the field empty.",
    );
    expect(await en.locator("#nomination-fiscalCode-hint").textContent()).toMatch(/^Optional\./);
    await en.waitForLoadState("networkidle");
    expect(await axeViolations(en)).toEqual([]);
    await en.screenshot({ path: "/tmp/people-nomination-fiscal-code-en.png", fullPage: true });
    await en.close();
  });

  it("lets an admin issue an API key, shows the secret once, and revoke it", async () => {
    const page = await signedIn(adminId, `${ADMIN}/chiavi-api`);
    await page.getByRole("button", { name: "Rilascia una nuova chiave" }).click();
    const form = page.locator("[data-testid=api-key-form]");
    await form.locator("#api-key-organizationId-search").fill("Lepida");
    await form.locator("#api-key-organizationId option", { hasText: "Lepida" }).first().waitFor({
      state: "attached",
    });
    await form.locator("#api-key-organizationId").selectOption({ index: 1 });
    expect(await form.locator("#api-key-scope option").allTextContents()).toEqual([
      "Sola lettura",
      "Lettura e scrittura",
    ]);
    await form.locator("#api-key-scope").selectOption("READ");
    await form.locator("#api-key-name").fill("Portale open data – prova");
    await form.getByRole("button", { name: "Rilascia la chiave" }).click();
    const panel = page.locator("[data-testid=api-key-secret-panel]");
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/È l'unica volta che la vedi/);
    const secret = await panel.locator("#api-key-secret").inputValue();
    expect(secret).toMatch(/^ctk_/);
    expect(await panel.getByRole("button", { name: "Copia la chiave" }).count()).toBe(1);
    // The key works for a partner's free-form query.
    const query = () =>
      fetch(`${gatewayUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": secret },
        body: JSON.stringify({ query: "{ organizations(first: 1) { totalCount } }" }),
      });
    expect((await query()).status).toBe(200);
    const row = page.locator("tr", { hasText: "Portale open data – prova" });
    expect(await row.textContent()).toContain(secret.slice(0, 8));
    await panel.getByRole("button", { name: "Ho conservato la chiave: nascondila" }).click();
    expect(await panel.count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole("button", { name: "Revoca la chiave Portale open data – prova" }).click();
    await row.getByText(/smetteranno di funzionare entro 30 secondi/).waitFor();
    await row.getByRole("button", { name: "Sì, revoca" }).click();
    await page.getByText("Chiave «Portale open data – prova» revocata.").waitFor();
    await row
      .locator("[data-testid=api-key-status]")
      .getByText(/^Revocata il/)
      .waitFor();
    expect(await row.getByRole("button").count()).toBe(0);
    // Revocation reaches the gateway within its cache time (30 s).
    const deadline = Date.now() + 40_000;
    let status = 200;
    while (Date.now() < deadline && (status = (await query()).status) === 200) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(status).toBe(401);
    await page.close();
  });

  it("lets an admin register a slice version, disable and re-enable it, and roll back", async () => {
    const page = await signedIn(adminId, `${ADMIN}/interfacce`);
    const card = page.locator("[data-testid=slice-card][data-name=people]");
    await card
      .locator("[data-testid=slice-enabled]")
      .getByText("Attiva", { exact: true })
      .waitFor();
    // The page warns that this is its own interface.
    await card.getByText(/È l'interfaccia di questa pagina/).waitFor();

    await card.getByRole("button", { name: "Registra una nuova versione" }).click();
    await card.locator("#register-people-version").fill("1.0.1");
    await card.getByRole("button", { name: "Registra", exact: true }).click();
    await page.getByText("«people»: registrata e in uso la versione 1.0.1.").waitFor();
    await card.getByText("Versione in uso: 1.0.1").waitFor();
    expect(await activeSlices()).toContainEqual({ name: "people", version: "1.0.1" });

    // The same version again: refused by the server, said next to the field.
    await card.getByRole("button", { name: "Registra una nuova versione" }).click();
    await card.locator("#register-people-version").fill("1.0.0");
    await card.getByRole("button", { name: "Registra", exact: true }).click();
    await card
      .locator("#register-people-version-error")
      .getByText(/già registrata/)
      .waitFor();
    await card.getByRole("button", { name: "Annulla" }).click();

    await card.getByRole("button", { name: "Disattiva" }).click();
    await card.getByRole("button", { name: "Sì, disattiva" }).click();
    await card
      .locator("[data-testid=slice-enabled]")
      .getByText("Disattivata", { exact: true })
      .waitFor();
    expect((await activeSlices()).map((s) => s.name)).not.toContain("people");
    // Still listed after a reload of the admin page? The page itself is the people slice, so
    // it is re-enabled from here before leaving.
    await card.getByRole("button", { name: "Riattiva" }).click();
    await card
      .locator("[data-testid=slice-enabled]")
      .getByText("Attiva", { exact: true })
      .waitFor();
    expect((await activeSlices()).map((s) => s.name)).toContain("people");

    await card.getByRole("button", { name: "Usa questa versione: 1.0.0" }).click();
    await card.getByRole("button", { name: "Conferma: usa la 1.0.0" }).click();
    await page.getByText("«people»: ora è in uso la versione 1.0.0.").waitFor();
    await card.getByText("Versione in uso: 1.0.0").waitFor();
    expect(await activeSlices()).toContainEqual({ name: "people", version: "1.0.0" });
    // A fresh load gets the slice again.
    await page.reload();
    await card
      .locator("[data-testid=slice-enabled]")
      .getByText("Attiva", { exact: true })
      .waitFor();
    await page.close();
  });

  it("shows a participant no admin link or action, and the admin pages say they may not", async () => {
    const page = await signedIn(participantId, "/people");
    await page.waitForSelector("[data-slice=people] table tbody tr");
    expect(await slice(page).locator("[data-testid=admin-link]").count()).toBe(0);
    expect(
      await slice(page)
        .getByText(/Amministrazione|Modifica/)
        .count(),
    ).toBe(0);
    await slice(page).locator("table tbody tr a[href*='/people/enti/']").first().click();
    await page.waitForSelector("[data-slice=people] dl");
    expect(
      await slice(page)
        .getByText(/Modifica/)
        .count(),
    ).toBe(0);
    for (const path of [ADMIN, `${ADMIN}/chiavi-api`, `${ADMIN}/interfacce`]) {
      await page.goto(`${web.shellUrl}${path}`);
      const forbidden = page.locator("[data-testid=admin-forbidden]");
      await forbidden.waitFor();
      expect(await forbidden.textContent()).toMatch(/non hai i permessi per accedervi/);
      expect(await slice(page).locator("form, button").count()).toBe(0);
    }
    await page.close();
  });

  it("has no serious or critical axe violation on each new page with its form open, in Italian and English", async () => {
    const checks: {
      who: string;
      path: string;
      open?: string;
      submit?: string;
      name: string;
    }[] = [
      { who: participantId, path: "/people/profilo", open: "edit-profile", name: "profile" },
      { who: participantId, path: ADMIN, name: "admin-forbidden" },
      { who: adminId, path: "/people/profilo", open: "edit-profile", name: "profile-admin" },
      { who: adminId, path: ADMIN, name: "admin" },
      { who: adminId, path: `${ADMIN}/enti`, open: "create-organization", name: "admin-bodies" },
      {
        who: adminId,
        path: `${ADMIN}/nomine`,
        submit: "[data-testid=nomination-form] button[type=submit]",
        name: "admin-nominations",
      },
      { who: adminId, path: `${ADMIN}/chiavi-api`, open: "issue-api-key", name: "admin-api-keys" },
      { who: adminId, path: `${ADMIN}/interfacce`, open: "register-slice", name: "admin-slices" },
      {
        who: adminId,
        path: `/people/amministrazione/persone/${participantId}`,
        name: "admin-person",
      },
    ];
    for (const english of [false, true]) {
      const lang = english ? "en" : "it";
      for (const check of checks) {
        const page = await signedIn(check.who, check.path, english);
        if (check.open) {
          await page.locator(`[aria-controls=${check.open}-panel]`).click();
          await page.locator(`#${check.open}-panel`).waitFor();
        }
        // Submit an empty form, so that the error states are checked too.
        const submit =
          check.submit ??
          (check.open && check.open !== "edit-profile"
            ? `#${check.open}-panel button[type=submit]`
            : null);
        if (submit) {
          await page.locator(submit).click();
          await page.locator("[data-slice=people] .invalid-feedback").first().waitFor();
        }
        await page.waitForLoadState("networkidle");
        const violations = await axeViolations(page);
        expect(violations, `${check.name} ${lang}: ${JSON.stringify(violations)}`).toEqual([]);
        expect(await rawEnums(page), `${check.name} ${lang}`).toEqual([]);
        await page.screenshot({ path: `/tmp/people-${check.name}-${lang}.png`, fullPage: true });
        await page.close();
      }
      // The organization editor (reached from the list) and the key's secret panel.
      const page = await signedIn(adminId, `${ADMIN}/enti`, english);
      await page.locator("table tbody tr a[href*='/amministrazione/enti/']").first().click();
      await page.locator("#org-edit-name").waitFor();
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
      expect(await rawEnums(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/people-admin-body-edit-${lang}.png`, fullPage: true });
      await page.close();
    }
    expect(
      requests.filter((url) => !/^(http:\/\/(localhost|127\.0\.0\.1)|data:|blob:)/.test(url)),
    ).toEqual([]);
  });
});
