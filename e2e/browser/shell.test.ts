import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { developmentPrincipalSigner } from "@comtem/service-kit";
import { createSlice } from "../../scripts/create-slice.js";
import { repositoryRoot } from "../../scripts/platform.js";
import {
  CHROMIUM,
  axeViolations,
  gatewayUrl,
  launchBrowser,
  newPage,
  origin,
  ports,
  run,
  startWebPlatform,
  type WebPlatform,
} from "./harness.js";

const SCREENSHOTS = join(repositoryRoot, "docs/screenshots");

const SLICES = ["communities", "planning", "people", "repository"];
const communitiesDocuments = JSON.parse(
  readFileSync(
    new URL("../../apps/communities/src/gql/persisted-documents.json", import.meta.url),
    "utf8",
  ),
) as Record<string, string>;
const COMMUNITIES_LIST = Object.keys(communitiesDocuments).find((id) =>
  communitiesDocuments[id]!.startsWith("query CommunitiesList"),
)!;

/** The real shell in Chromium, with the real slices, gateway and subgraphs. */
/**
 * Without Chromium (a laptop with only Node.js) the suite is reported as skipped; CI installs
 * Debian's package and, with CI=true, a missing browser fails instead.
 */
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === "true") {
  throw new Error(`CI=true but Chromium is not at ${CHROMIUM}`);
}

describe.skipIf(chromiumMissing)("web shell in Chromium", () => {
  let web: WebPlatform;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let communitySlug: string;
  const scratch = mkdtempSync(join(tmpdir(), "comtem-slices-"));
  /** Every URL any page asked for during the whole file. */
  const requests: string[] = [];
  /** Bodies of JS fetched from slice origins, to prove no slice ships React. */
  const sliceScripts: { url: string; body: string }[] = [];
  const shellScripts: { url: string; body: string }[] = [];

  async function open(path: string): Promise<Page> {
    const page = await newPage(browser, requests);
    page.on("response", async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith(".js") || response.status() !== 200) return;
      const body = await response.text().catch(() => "");
      const port = Number(url.port);
      if (port === ports.shell) shellScripts.push({ url: url.href, body });
      else if (port > ports.shell && port <= ports.down) sliceScripts.push({ url: url.href, body });
    });
    await page.goto(`${web.shellUrl}${path}`);
    return page;
  }

  /** Builds a scaffolded slice outside the workspace, optionally broken, and serves it. */
  async function scaffold(
    name: string,
    port: number,
    patch?: (dir: string) => void,
  ): Promise<void> {
    const dir = createSlice({ name, port, out: join(scratch, name), install: false });
    patch?.(dir);
    await run("pnpm", ["exec", "rsbuild", "build"], dir);
    await web.serve(name, join(dir, "dist"), port);
  }

  beforeAll(async () => {
    web = await startWebPlatform(SLICES);
    ({ browser, close: closeBrowser } = await launchBrowser());
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // The communities slice's own document (its operations joined the safelist when it was
      // registered): the gateway enforces the safelist in these tests.
      body: JSON.stringify({ documentId: COMMUNITIES_LIST }),
    });
    communitySlug = ((await response.json()) as any).data.communities.edges[0].node.slug;
  });

  afterAll(async () => {
    await closeBrowser?.();
    await web?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("keeps free-form operations out while the apps run on the safelist", async () => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ communities(first: 1) { totalCount } }" }),
    });
    expect(((await response.json()) as any).errors[0].extensions.code).toBe(
      "PERSISTED_QUERY_REQUIRED",
    );
  });

  it("renders stored XSS payloads as text: nothing runs, nothing is parsed as HTML", async () => {
    const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    // Stored straight in the subgraphs with a signed principal (the gateway's safelist keeps
    // free-form mutations out), as if typed by a user on another client.
    const people = (await (await fetch(`${gatewayUrl}/dev-issuer/people`)).json()) as {
      people: { id: string; systemRoles: string[] }[];
    };
    const adminId = people.people.find((p) => p.systemRoles.includes("ADMIN"))!.id;
    const principal = await (
      await developmentPrincipalSigner()
    ).sign({ personId: adminId, systemRoles: ["ADMIN"], communityRoles: [] }, [
      "communities",
      "planning",
      "repository",
      "people",
    ]);
    const direct = async (port: number, query: string, variables: object) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-comtem-principal": principal },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as any;
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const community = await direct(
      ports.communities,
      `query($slug: String!) { community(slug: $slug) { id } }`,
      { slug: communitySlug },
    );
    await direct(
      ports.communities,
      `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { userErrors { message } } }`,
      { input: { communityId: community.community.id, title: `Avviso ${payload}`, body: payload } },
    );
    const organizations = await direct(
      ports.people,
      `{ organization(ipaCode: "r_emiro") { id } }`,
      {},
    );
    const created = await direct(
      ports.repository,
      `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id version } userErrors { message } } }`,
      {
        input: {
          title: `Zanzibar ${payload}`,
          summary: `Zanzibar ${payload}`,
          body: payload,
          kind: "GUIDA",
          topics: ["sicurezza"],
          organizationId: organizations.organization.id,
        },
      },
    );
    const { id, version } = created.createResource.resource;
    await direct(
      ports.repository,
      `mutation($id: ID!, $v: Int!) { publishResource(id: $id, version: $v) { userErrors { message } } }`,
      { id, v: version },
    );

    for (const [path, text] of [
      [`/communities/${communitySlug}`, "Avviso <img"],
      ["/repository", "Zanzibar <img"],
    ] as const) {
      const page = await open(path);
      if (path === "/repository") {
        await page.getByLabel("Cerca nelle risorse").fill("Zanzibar");
        await page.getByLabel("Cerca nelle risorse").press("Enter");
      }
      await page.waitForSelector(`text=${text}`);
      expect(await page.evaluate("window.__xss")).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator("main script").count()).toBe(0);
      await page.close();
    }
  });

  it("renders the communities slice with data through the gateway", async () => {
    const page = await open("/communities");
    await page.waitForSelector("[data-testid=community-card]");
    expect(await page.locator("[data-testid=community-card]").count()).toBeGreaterThan(3);
    await page.locator("[data-testid=community-card] a").first().click();
    await page.waitForSelector("#declaratoria-title");
    expect(await page.locator("[data-testid=calendar-feed]").getAttribute("href")).toMatch(
      /\/calendar\/.+\.ics$/,
    );
    expect(await page.locator("[data-testid^=members-]").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("renders the planning slice: 2020 dashboard, Gantt, PdA board", async () => {
    const page = await open("/planning");
    await page.waitForSelector("[data-testid=system-figures]");
    await page.waitForSelector("[data-testid=bar-chart]");
    await page.goto(`${web.shellUrl}/planning/cronoprogramma`);
    await page.waitForSelector("[data-testid=gantt-row]");
    await page.goto(`${web.shellUrl}/planning/comunita/${communitySlug}`);
    await page.waitForSelector("h1");
    await page.close();
  });

  it("renders the people slice: directory and organization page", async () => {
    const page = await open("/people");
    await page.waitForSelector("table tbody tr");
    await page.locator("table tbody tr a").first().click();
    await page.waitForSelector("dl");
    await page.close();
  });

  it("renders the repository slice search", async () => {
    const page = await open("/repository");
    await page.waitForSelector("[data-testid=search-results], .callout");
    await page.close();
  });

  it("logs in with the development issuer and shows my communities and my profile", async () => {
    const page = await open("/accedi");
    const select = page.locator("#dev-person");
    await select.waitFor();
    const people = await select.locator("option").allTextContents();
    await select.selectOption({ index: people.findIndex((p, i) => i > 0 && !p.includes("ADMIN")) });
    await page.getByRole("button", { name: /Accedi come/ }).click();
    await page.waitForSelector("[data-testid=signed-in]");
    await page.goto(`${web.shellUrl}/le-mie-comunita`);
    await page.waitForSelector("[data-testid=my-communities] li, .callout");
    await page.goto(`${web.shellUrl}/people/profilo`);
    await page.waitForSelector("[data-testid=my-profile]");
    await page.close();
  });

  it("switches to English", async () => {
    const page = await open("/");
    await page.getByRole("button", { name: /English/ }).click();
    await page.waitForSelector("text=System of Thematic Communities");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("button", { name: /Italiano/ }).click();
    await page.close();
  });

  it("loads React once: provided by the shell, never fetched from a slice", async () => {
    const page = await open("/communities");
    await page.waitForSelector("[data-testid=community-card]");
    const providers = (await page.evaluate(`(() => {
      const out = {};
      for (const scope of Object.values(globalThis.__FEDERATION__.__SHARE__)) {
        for (const [pkg, versions] of Object.entries(scope.default || {})) {
          for (const [version, shared] of Object.entries(versions)) {
            const provider = shared.from + "@" + version;
            if ((shared.loaded || shared.loading) && !(out[pkg] ??= []).includes(provider)) out[pkg].push(provider);
          }
        }
      }
      return out;
    })()`)) as Record<string, string[]>;
    for (const pkg of ["react", "react-dom", "react-router", "@comtem/client", "@comtem/ui"]) {
      expect(providers[pkg], pkg).toEqual([expect.stringMatching(/^comtem_shell@/)]);
    }
    // React's production builds carry their error-decoder URL: only the shell's scripts may.
    expect(shellScripts.some((s) => s.body.includes("react.dev/errors/"))).toBe(true);
    expect(sliceScripts.length).toBeGreaterThan(0);
    expect(
      sliceScripts.filter((s) => s.body.includes("react.dev/errors/")).map((s) => s.url),
    ).toEqual([]);
    await page.close();
  });

  it("shows a fallback for a slice whose server is down, the rest keeps working", async () => {
    await web.register("fuori-servizio", ports.down);
    const page = await open("/fuori-servizio");
    await page.waitForSelector("[data-slice-fallback=fuori-servizio]", { timeout: 30_000 });
    expect(await page.getByRole("button", { name: "Riprova" }).count()).toBeGreaterThan(0);
    // The header (navigation from the registry) and the other slices still work.
    await page.getByRole("link", { name: "Comunità", exact: true }).click();
    await page.waitForSelector("[data-testid=community-card]");
    await page.close();
  });

  it("shows a fallback for a slice that throws while rendering", async () => {
    await scaffold("rotta", ports.extra[0]!, (dir) => {
      const app = join(dir, "src/App.tsx");
      writeFileSync(
        app,
        readFileSync(app, "utf8").replace(
          "export function App(props: SliceProps) {",
          "export function App(props: SliceProps) {\n  throw new Error(`${props.sliceName} broken on purpose`);",
        ),
      );
    });
    await web.register("rotta", ports.extra[0]!);
    const page = await open("/rotta");
    await page.waitForSelector("[data-slice-fallback=rotta]");
    await page.goto(`${web.shellUrl}/people`);
    await page.waitForSelector("table tbody tr");
    await page.close();
  });

  it("shows a scaffolded slice registered while the shell runs after a reload, with no shell rebuild", async () => {
    await scaffold("calendario", ports.extra[1]!);
    const page = await open("/");
    await page.waitForSelector("nav a[href='/communities']");
    expect(await page.locator("nav a[href='/calendario']").count()).toBe(0);
    await web.register("calendario", ports.extra[1]!);
    await page.reload();
    await page.locator("nav a[href='/calendario']").click();
    await page.waitForSelector("[data-slice=calendario] table tbody tr");
    await page.close();
  });

  it("never requests a slice from an origin outside the shell's allowlist", async () => {
    const trap = await web.serve("esterna", join(scratch), ports.disallowed);
    await web.register("esterna", ports.disallowed);
    const page = await open("/");
    await page.waitForSelector("nav a[href='/communities']");
    expect(await page.locator("nav a[href='/esterna']").count()).toBe(0);
    await page.goto(`${web.shellUrl}/esterna`);
    await page.waitForSelector("h1");
    // The gateway itself may read the registered slice's persisted-documents.json (its safelist
    // refreshes from the registry every 30 s): that is the server, not the browser.
    expect(trap.hits.filter((path) => path !== "/persisted-documents.json")).toEqual([]);
    expect(requests.filter((u) => u.startsWith(origin(ports.disallowed)))).toEqual([]);
    await page.close();
  });

  it("enforces its Content Security Policy: no script from, and no request to, an origin it does not list", async () => {
    const page = await open("/");
    await page.waitForSelector("nav a[href='/communities']");
    const policy = await page.evaluate<string>(
      `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`,
    );
    expect(policy).toContain(`connect-src 'self' ${gatewayUrl}`);
    const outside = `${origin(ports.disallowed)}/remoteEntry.js`;
    // A script injected from an unlisted origin (as an XSS would) is refused before any request.
    const violation = await page.evaluate<string>(`new Promise((resolve) => {
      document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective + " " + e.blockedURI), { once: true });
      const script = document.createElement("script");
      script.src = ${JSON.stringify(outside)};
      document.head.append(script);
    })`);
    expect(violation).toBe(`script-src-elem ${outside}`);
    // And nothing, a token included, can be sent there.
    const sent = await page.evaluate<string>(
      `fetch(${JSON.stringify(outside)}, { method: "POST", body: "token" }).then(() => "sent", () => "refused")`,
    );
    expect(sent).toBe("refused");
    // Chromium refused both before sending: the server there (started by the allowlist test)
    // saw nothing.
    const trap = web.servers.esterna ?? (await web.serve("esterna", scratch, ports.disallowed));
    expect(trap.hits.filter((path) => path === "/remoteEntry.js")).toEqual([]);
    await page.close();
  });

  it("has no serious or critical axe-core violation on any page", async () => {
    const paths = [
      "/",
      "/accessibilita",
      "/accedi",
      "/communities",
      `/communities/${communitySlug}`,
      "/planning",
      "/planning/cronoprogramma",
      `/planning/comunita/${communitySlug}`,
      "/people",
      "/people/profilo",
      "/repository",
      "/repository/importa",
      "/fuori-servizio",
    ];
    const found: Record<string, unknown> = {};
    for (const path of paths) {
      const page = await open(path);
      await page.waitForLoadState("networkidle");
      const violations = await axeViolations(page);
      if (violations.length) found[path] = violations;
      await page.close();
    }
    expect(found).toEqual({});
  });

  it("has an accessibility statement with a feedback link", async () => {
    const page = await open("/accessibilita");
    await page.waitForSelector("h1:has-text('Dichiarazione di accessibilità')");
    expect(await page.locator("[data-testid=accessibility-feedback]").getAttribute("href")).toMatch(
      /^mailto:/,
    );
    await page.close();
  });

  it("sends no request outside localhost (no CDN, no fonts, no analytics)", () => {
    expect(requests.length).toBeGreaterThan(50);
    const outside = requests.filter((u) => {
      const url = new URL(u);
      if (url.protocol === "data:" || url.protocol === "blob:") return false;
      return url.hostname !== "localhost" && url.hostname !== "127.0.0.1";
    });
    expect(outside).toEqual([]);
  });

  // Last: it stops the people subgraph for good.
  it("keeps the community page with the people subgraph down: names and bodies read as unavailable", async () => {
    await web.platform.services.find((service) => service.name === "people")!.stop();
    const page = await open(`/communities/${communitySlug}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByText("non sono disponibili in questo momento").waitFor();
    await page.getByText("non disponibile").first().waitFor();
    expect(await page.locator("[data-slice-fallback]").count()).toBe(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: join(SCREENSHOTS, "people-down-community-it.png"),
      fullPage: true,
    });
    await page.getByRole("button", { name: /English/ }).click();
    await page.getByText("unavailable right now").waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, "people-down-community-en.png"),
      fullPage: true,
    });
    await page.getByRole("button", { name: /Italiano/ }).click();
    await page.close();
  });
});
