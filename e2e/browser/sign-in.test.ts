import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOidcProvider, type OidcTestAccount, type OidcTestProvider } from "@comtem/testing";
import { repositoryRoot } from "../../scripts/platform.js";
import { graphql } from "../client.js";
import {
  CHROMIUM,
  axeViolations,
  gatewayUrl,
  launchBrowser,
  ports,
  startWebPlatform,
  type WebPlatform,
} from "./harness.js";

const chromiumMissing = !existsSync(CHROMIUM);
const SCREENSHOTS = join(repositoryRoot, "docs/screenshots");
/** Access tokens live 60 s: the session must renew itself to last. */
const TOKEN_TTL = 60;

const COORDINATOR = "Sergio Vaccari"; // co-coordinator of the Dati community in the seed
const coordinator: OidcTestAccount = {
  fiscalCode: "VCCSRG70A01A944T",
  password: "vaccari-password",
  givenName: "Sergio",
  familyName: "Vaccari",
  email: "sergio.vaccari@example.org",
};
/** Nominated by an admin with this fiscal code during the test: linked at first sign-in. */
const nominee: OidcTestAccount = {
  fiscalCode: "NRELCU85M41A944P",
  password: "neri-password",
  givenName: "Lucia",
  familyName: "Neri",
  email: "lucia.neri@example.org",
};
/** Known to the provider, unknown to ComTem: the onboarding page. */
const newcomer: OidcTestAccount = {
  fiscalCode: "GLLMRC90C03H223Z",
  password: "galli-password",
  givenName: "Marco",
  familyName: "Galli",
  email: "marco.galli@example.org",
};

/** Operations this file sends itself (the gateway enforces its safelist). */
const OPERATIONS = {
  link: `mutation SignInTestLink($input: LinkIdentityInput!) { linkIdentity(input: $input) { id } }`,
  nominate: `mutation SignInTestNominate($input: NominatePersonInput!) { nominatePerson(input: $input) { person { id } userErrors { field message } } }`,
  organization: `query SignInTestOrganization { organizations(first: 1) { edges { node { id } } } }`,
  identities: `query SignInTestIdentities($id: ID!) { person(id: $id) { identities { issuer subject linkedHow linkedAt } } }`,
};

describe.skipIf(chromiumMissing)("sign-in with a real OpenID Connect provider", () => {
  let provider: OidcTestProvider;
  let web: WebPlatform;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const shell = `http://localhost:${ports.shell}`;

  const asAdmin = async (query: string, variables: Record<string, unknown>) => {
    const answer = await graphql(`${gatewayUrl}/graphql`, query, {
      token: web.adminToken,
      variables,
    });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data;
  };

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  /** Anonymous → "Accedi" → the provider's login page → credentials → back in the shell. */
  async function signIn(page: Page, account: OidcTestAccount): Promise<void> {
    await page.goto(shell);
    await page.getByRole("link", { name: "Accedi" }).click();
    await page.getByRole("button", { name: "Entra con SPID o CIE" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole("heading", { name: "Accedi" }).waitFor();
    await page.getByLabel("Codice fiscale").fill(account.fiscalCode);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Entra" }).click();
    await page.waitForURL((url) => url.origin === shell && url.pathname !== "/auth/callback");
  }

  const signedInAs = (page: Page) => page.getByTestId("signed-in");
  const sessionToken = (page: Page) =>
    page.evaluate<string>(`JSON.parse(sessionStorage.getItem("comtem.session") ?? "null")?.token`);

  async function shot(page: Page, name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    provider = await startOidcProvider({
      accounts: [coordinator, nominee, newcomer],
      redirectUris: [`${shell}/auth/callback`],
      postLogoutRedirectUris: [`${shell}/`],
      audience: "comtem",
      accessTokenTtl: TOKEN_TTL,
    });
    web = await startWebPlatform(["communities", "planning", "people", "repository"], {
      oidc: provider,
      operations: OPERATIONS,
    });
    ({ browser, close: closeBrowser } = await launchBrowser());
    // An admin links the coordinator's identity at the provider to their ComTem person.
    const people = (await (await fetch(`${gatewayUrl}/dev-issuer/people`)).json()) as {
      people: { id: string; fullName: string }[];
    };
    const person = people.people.find((p) => p.fullName === COORDINATOR);
    await asAdmin(OPERATIONS.link, {
      input: {
        issuer: provider.issuer,
        subject: provider.subjectOf(coordinator.fiscalCode),
        personId: person!.id,
        fiscalCode: coordinator.fiscalCode,
      },
    });
  }, 600_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await closeBrowser?.();
    await web?.stop();
    await provider?.close();
  });

  it("signs in at the provider and lands as the linked person, with their communities; logout ends the provider's session too", async () => {
    const page = await newPage();
    await signIn(page, coordinator);
    // The ComTem person the gateway linked, not the provider's subject.
    await expect.poll(() => signedInAs(page).textContent()).toContain(COORDINATOR);
    await page.getByRole("link", { name: "Le mie comunità" }).click();
    await page.getByTestId("my-communities").waitFor();
    await expect
      .poll(() => page.getByTestId("my-communities").locator("li").count())
      .toBeGreaterThan(0);
    await shot(page, "sign-in-provider-it");

    const { refresh_token: refreshToken } = await page.evaluate<{ refresh_token: string }>(
      `JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith("oidc.user:"))))`,
    );
    // Logout: the provider confirms, ends its session and sends the browser home.
    await page.getByRole("button", { name: "Esci" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole("button", { name: "Esci" }).click();
    await page.waitForURL((url) => url.origin === shell);
    await page.getByRole("link", { name: "Accedi" }).waitFor();
    // The refresh token was revoked: nothing can renew that session any more.
    const refreshed = await fetch(`${provider.issuer}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: provider.clientId,
      }),
    });
    expect(refreshed.status).toBe(400);
    expect(((await refreshed.json()) as { error: string }).error).toBe("invalid_grant");
    // Signing in again asks for credentials: no silent way back in.
    await page.getByRole("link", { name: "Accedi" }).click();
    await page.getByRole("button", { name: "Entra con SPID o CIE" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByLabel("Codice fiscale").waitFor();
  });

  it(
    "stays signed in across 3 minutes of use with 60-second tokens (silent renew)",
    async () => {
      const page = await newPage();
      await signIn(page, coordinator);
      const tokens = new Set<string>([await sessionToken(page)]);
      const until = Date.now() + 3 * 60_000;
      let round = 0;
      while (Date.now() < until) {
        await page.waitForTimeout(15_000);
        // Use the platform: each page asks the gateway with the current token.
        await page
          .getByRole("link", { name: round++ % 2 ? "Home" : "Le mie comunità", exact: true })
          .click();
        if (round % 2) await page.getByTestId("my-communities").waitFor();
        await expect.poll(() => signedInAs(page).textContent()).toContain(COORDINATOR);
        expect(await page.getByTestId("session-expired").count()).toBe(0);
        tokens.add(await sessionToken(page));
      }
      // A 60-second token renewed 20 s ahead: about four renewals in three minutes.
      expect(tokens.size).toBeGreaterThanOrEqual(4);
      await page.getByRole("link", { name: "Le mie comunità" }).click();
      await page.getByTestId("my-communities").waitFor();
    },
    5 * 60_000,
  );

  it("says to sign in again, without errors, when the refresh token is revoked", async () => {
    const page = await newPage();
    await signIn(page, coordinator);
    await expect.poll(() => signedInAs(page).textContent()).toContain(COORDINATOR);
    // The provider revokes the refresh token (as when the person ends their sessions elsewhere).
    const stored = await page.evaluate<{ refresh_token: string }>(
      `JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith("oidc.user:"))))`,
    );
    const revoked = await fetch(`${provider.issuer}/token/revocation`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        token: stored.refresh_token,
        token_type_hint: "refresh_token",
        client_id: provider.clientId,
      }),
    });
    expect(revoked.status).toBe(200);
    // At the next renewal (20 s before the 60 s expiry) the shell ends the session and says so.
    await page.getByTestId("session-expired").waitFor({ timeout: TOKEN_TTL * 1000 });
    expect(await page.getByTestId("session-expired").textContent()).toContain("Accedi di nuovo");
    await page.getByRole("link", { name: "Accedi", exact: true }).waitFor();
    expect(await page.locator(".alert-danger").count()).toBe(0);
    await shot(page, "sign-in-expired-it");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByTestId("session-expired").getByText("Sign in again").waitFor();
    await shot(page, "sign-in-expired-en");
  });

  it("links a nominated person at their first sign-in, recorded with date and provider", async () => {
    const nominated = await asAdmin(OPERATIONS.nominate, {
      input: {
        organizationId: (await asAdmin(OPERATIONS.organization, {})).organizations.edges[0].node.id,
        newPerson: {
          givenName: nominee.givenName,
          familyName: nominee.familyName,
          email: nominee.email,
          publicRole: "Responsabile per la Transizione Digitale",
          fiscalCode: nominee.fiscalCode,
        },
        nominatedOn: "2021-03-01",
        actReference: "Decreto del Sindaco n. 7/2021",
      },
    });
    expect(nominated.nominatePerson.userErrors).toEqual([]);
    const personId = nominated.nominatePerson.person.id as string;

    const before = Date.now();
    const page = await newPage();
    await signIn(page, nominee);
    await expect.poll(() => signedInAs(page).textContent()).toContain("Lucia Neri");
    const { person } = await asAdmin(OPERATIONS.identities, { id: personId });
    expect(person.identities).toHaveLength(1);
    expect(person.identities[0]).toMatchObject({
      issuer: provider.issuer,
      subject: provider.subjectOf(nominee.fiscalCode),
      linkedHow: "NOMINATION",
    });
    expect(Date.parse(person.identities[0].linkedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("an unknown person sees the onboarding page, asks to be added, an admin approves in the UI, and the next sign-in lands in the platform", async () => {
    const page = await newPage();
    await signIn(page, newcomer);
    const welcome = page.getByRole("heading", { level: 1, name: "Benvenuto in ComTem" });
    await welcome.waitFor();
    // Nothing else is offered meanwhile, not even by a direct address.
    const nav = page.getByRole("navigation", { name: "Navigazione principale" });
    expect(await nav.getByRole("link", { name: "Comunità", exact: true }).count()).toBe(0);
    await page.goto(`${shell}/communities`);
    await welcome.waitFor();
    expect(await page.getByLabel("Nome e cognome").inputValue()).toBe("Marco Galli");
    await shot(page, "onboarding-it");
    expect(await axeViolations(page)).toEqual([]);

    // A mistake is shown next to its field, and nothing typed is lost.
    await page.getByLabel("E-mail").fill("marco.galli-at-comune");
    await page.getByRole("button", { name: "Invia la richiesta" }).click();
    await page.getByText("Scrivi un indirizzo e-mail valido").waitFor();
    await page.getByText("Scegli l'ente che rappresenti.").waitFor();
    await page.getByLabel("E-mail").fill("marco.galli@comune.bologna.it");
    await page.getByLabel("Ente che rappresenti: cerca per nome").fill("Bologna");
    const organization = page.locator("select#access-organizationId");
    await expect
      .poll(() => organization.locator("option").allTextContents())
      .toEqual(["— Scegli —", "Città metropolitana di Bologna (BO)", "Comune di Bologna (BO)"]);
    await organization.selectOption({ label: "Comune di Bologna (BO)" });
    await page
      .getByLabel("Messaggio per gli amministratori")
      .fill("Responsabile della transizione digitale.");
    await page.getByRole("button", { name: "Invia la richiesta" }).click();
    await page.getByTestId("access-request-pending").waitFor();
    await shot(page, "onboarding-pending-it");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Welcome to ComTem" }).waitFor();
    await shot(page, "onboarding-pending-en");
    await page.getByRole("button", { name: "Italiano" }).click();

    // An admin finds the request in the people slice and approves it.
    const admin = await newPage();
    const { people } = (await (await fetch(`${gatewayUrl}/dev-issuer/people`)).json()) as {
      people: { fullName: string; systemRoles: string[] }[];
    };
    const adminName = people.find((p) => p.systemRoles.includes("ADMIN"))!.fullName;
    await admin.goto(`${shell}/accedi`);
    const select = admin.locator("#dev-person");
    await select.waitFor();
    const label = (await select.locator("option").allTextContents()).find((o) =>
      o.startsWith(adminName),
    );
    await select.selectOption({ label: label! });
    await admin.locator("main form button[type=submit]").click();
    await signedInAs(admin).waitFor();
    await admin.goto(`${shell}/people/amministrazione/richieste`);
    await admin.getByText("marco.galli@comune.bologna.it").waitFor();
    await admin.getByRole("button", { name: "English" }).click();
    await admin.getByRole("heading", { level: 1, name: "Access requests" }).waitFor();
    await shot(admin, "access-requests-en");
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByRole("button", { name: "Italiano" }).click();
    await admin.getByRole("button", { name: "Accogli la richiesta di Marco Galli" }).click();
    await admin.getByRole("button", { name: "Conferma" }).click();
    await admin.getByTestId("access-request-done").waitFor();
    await shot(admin, "access-requests-approved-it");

    // The next sign-in (after the gateway's 10-second identity cache) lands in the platform.
    await page.locator("header").getByRole("button", { name: "Esci" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole("button", { name: "Esci" }).click();
    await page.waitForURL((url) => url.origin === shell);
    await page.waitForTimeout(11_000);
    await signIn(page, newcomer);
    await expect.poll(() => signedInAs(page).textContent()).toContain("Marco Galli");
    await nav.getByRole("link", { name: "Comunità", exact: true }).waitFor();
    expect(await welcome.count()).toBe(0);
  });
});
