import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../apps/explorer/src/examples.js";
import {
  deployables,
  repositoryRoot,
  startPlatform,
  startService,
  type Platform,
} from "../../scripts/platform.js";
import { adminDevToken } from "../../scripts/register-slices.js";
import {
  CHROMIUM,
  buildApps,
  gatewayUrl,
  launchBrowser,
  origin,
  ports,
  type Browser,
  type Page,
} from "./harness.js";

const chromiumMissing = !existsSync(CHROMIUM);
const SCREENSHOTS = join(repositoryRoot, "docs/screenshots");
/** A second gateway over the same subgraphs, holding callers without a key to the safelist. */
const safelistedUrl = origin(ports.gateway + 5);
const ORGANIZATION_DESCRIPTION =
  "A public body (ente) taking part in, or known to, the ComTem system.";

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
}

/** Every request of the page and its workers, and every CSP refusal or worker fallback. */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("worker", (worker) => requests.push(worker.url()));
  page.on("websocket", (socket) => requests.push(socket.url()));
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Could not create web worker|Refused to/i.test(text)) {
      problems.push(text);
    }
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // Run by the browser before the page's scripts (not subject to the page's policy).
  await page.addInitScript(`document.addEventListener("securitypolicyviolation", (event) => {
    console.error("Content Security Policy: " + event.violatedDirective + " " + event.blockedURI);
  });`);
  await page.goto(url);
  return { page, requests, problems };
}

/** The text of GraphiQL's result pane once it shows something. */
async function result(page: Page): Promise<string> {
  const pane = page.locator(".result-window");
  await expect
    .poll(async () => (await pane.innerText()).trim().length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  return pane.innerText();
}

describe.skipIf(chromiumMissing)("API explorer at /explorer", () => {
  let platform: Platform;
  let safelisted: ChildProcess;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let dataDir: string;
  let apiKey: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "comtem-explorer-"));
    const built = buildApps(["explorer"]);
    platform = await startPlatform({
      ports: {
        gateway: ports.gateway,
        communities: ports.communities,
        planning: ports.planning,
        repository: ports.repository,
        people: ports.people,
      },
      env: { DATA_DIR: dataDir, LOG_LEVEL: "warn", RATE_LIMIT_PER_IP: "100000" },
      stdio: process.env.E2E_LOGS ? "inherit" : "ignore",
    });
    // As in production with the shell's manifest: callers without an API key may run only the
    // platform's registered operations (no introspection, no free-form query).
    const gateway = deployables.find((d) => d.name === "gateway")!;
    safelisted = startService(
      gateway,
      ports.gateway + 5,
      { stdio: process.env.E2E_LOGS ? "inherit" : "ignore" },
      {
        LOG_LEVEL: "warn",
        SUPERGRAPH_PATH: join(repositoryRoot, "infra/supergraph.graphql"),
        PUBLIC_URL: safelistedUrl,
        COMMUNITIES_URL: `${platform.url("communities")}/graphql`,
        PLANNING_URL: `${platform.url("planning")}/graphql`,
        REPOSITORY_URL: `${platform.url("repository")}/graphql`,
        PEOPLE_URL: `${platform.url("people")}/graphql`,
        PERSISTED_OPERATIONS: join(repositoryRoot, "apps/shell/src/gql/persisted-documents.json"),
        SAFELIST: "enforce",
      },
    ).child;
    const adminToken = await adminDevToken(gatewayUrl);
    const issued = (await (
      await fetch(`${gatewayUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({
          query: `mutation ExplorerTestKey($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret userErrors { message } } }`,
          variables: { input: await keyInput(adminToken) },
        }),
      })
    ).json()) as { data?: { issueApiKey: { secret: string | null } }; errors?: unknown };
    if (!issued.data?.issueApiKey.secret) throw new Error(`issueApiKey: ${JSON.stringify(issued)}`);
    apiKey = issued.data.issueApiKey.secret;
    await waitReady(safelistedUrl);
    await built;
    ({ browser, close: closeBrowser } = await launchBrowser());
  });

  afterAll(async () => {
    await closeBrowser?.();
    if (safelisted && safelisted.exitCode === null) {
      const exited = once(safelisted, "exit");
      safelisted.kill("SIGTERM");
      await exited;
    }
    await platform?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("loads from the gateway alone, runs the first example and shows the docs", async () => {
    const { page, requests, problems } = await visit(browser, `${gatewayUrl}/explorer`);
    try {
      await page.locator(".graphiql-execute-button").waitFor({ timeout: 30_000 });
      // The first tab is the first example; the headers editor shows the template.
      await expect
        .poll(() => page.locator(".graphiql-query-editor").innerText())
        .toContain("OrganizationsOfBologna");
      expect(await page.locator(".graphiql-editor-tool").innerText()).toContain('"x-api-key"');
      await page.locator(".graphiql-execute-button").click();
      const text = await result(page);
      expect(text).toContain('"organizations"');
      expect(text).toContain("Bologna");
      expect(text).not.toContain('"errors"');

      await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
      await page.locator("[data-cy=doc-explorer-input]").fill("Organization");
      await page
        .locator(".graphiql-doc-explorer-search-type", { hasText: /^Organization$/ })
        .first()
        .click();
      await page.getByText(ORGANIZATION_DESCRIPTION).waitFor({ timeout: 10_000 });
      expect(await page.locator(".explorer-hint").count()).toBe(0);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, "api-explorer.png") });

      expect(requests.length).toBeGreaterThan(5);
      expect(requests.filter((url) => !url.startsWith(`${gatewayUrl}/`))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("says what to do when the schema is refused, and works with an API key", async () => {
    const { page, requests, problems } = await visit(browser, `${safelistedUrl}/explorer`);
    try {
      const hint = page.locator(".explorer-hint");
      await hint.waitFor({ timeout: 30_000 });
      expect(await hint.getAttribute("data-code")).toBe("PERSISTED_QUERY_REQUIRED");
      expect(await hint.innerText()).toContain("x-api-key");

      // The key in the headers editor, then the schema fetched again.
      const headers = page.locator(".graphiql-editor-tool .monaco-editor .view-lines").last();
      await headers.waitFor();
      await headers.click();
      await page.waitForFunction(
        `Boolean(document.activeElement?.closest(".graphiql-editor-tool .monaco-editor"))`,
      );
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.insertText(JSON.stringify({ "x-api-key": apiKey }));
      // Monaco closed the quote and brace it saw opened: drop what follows the cursor.
      await page.keyboard.press("Shift+End");
      await page.keyboard.press("Delete");
      await page.getByRole("button", { name: /Re-fetch GraphQL schema/i }).click();

      await expect.poll(() => hint.count(), { timeout: 20_000 }).toBe(0);
      await page.locator(".graphiql-execute-button").click();
      const text = await result(page);
      expect(text).toContain("Bologna");
      expect(text).not.toContain('"errors"');

      expect(requests.filter((url) => !url.startsWith(`${safelistedUrl}/`))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("every example passes the gateway's limits and answers data", async () => {
    for (const example of examples) {
      const response = await fetch(`${safelistedUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": apiKey },
        body: JSON.stringify({
          query: example.query,
          variables: example.variables ? JSON.parse(example.variables) : {},
        }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors, example.query.split("\n")[1]).toBeUndefined();
      expect(Object.values(body.data ?? {}).length).toBe(1);
    }
  });
});

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} not ready`);
}

/** A READ key for the first organization. */
async function keyInput(adminToken: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: "{ organizations(first: 1) { edges { node { id } } } }" }),
  });
  const body = (await response.json()) as {
    data: { organizations: { edges: { node: { id: string } }[] } };
  };
  return {
    organizationId: body.data.organizations.edges[0]!.node.id,
    name: "explorer test",
    scope: "READ",
  };
}
