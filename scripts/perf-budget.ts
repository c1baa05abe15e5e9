/**
 * Performance budget of the web front end, measured in Chromium against the real platform:
 * - the shell's initial JS (gzip): every script the shell's origin serves for a page with no slice;
 * - each slice's own JS (gzip): every script fetched from the slice's origin when its page opens
 *   inside the shell (manifest excluded; remoteEntry with the federation runtime included);
 * - React copies: distinct providers of `react` in the federation share scope, plus any script
 *   from a slice origin carrying React's code.
 * Budget (issue 6): shell ≤ 200 KB gzip including React and the UI kit; each slice ≤ 60 KB.
 *   node --import @swc-node/register/esm-register scripts/perf-budget.ts   (exit 1 when over)
 */
import { gzipSync } from "node:zlib";
import { launchBrowser, ports, startWebPlatform, type Page } from "../e2e/browser/harness.js";

const SHELL_BUDGET = 200 * 1024;
const SLICE_BUDGET = 60 * 1024;
const SLICES = ["communities", "planning", "people", "repository"];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Script {
  port: number;
  url: string;
  gzip: number;
  react: boolean;
}

async function measure(
  page: Page,
  path: string,
  ready: string,
  shellUrl: string,
): Promise<Script[]> {
  const scripts: Script[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js") || response.status() !== 200) return;
    pending.push(
      response.body().then((body) => {
        scripts.push({
          port: Number(url.port),
          url: url.pathname,
          gzip: gzipSync(body).length,
          react: body.includes("react.dev/errors/"),
        });
      }),
    );
  });
  await page.goto(`${shellUrl}${path}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  return scripts;
}

async function main() {
  const web = await startWebPlatform(SLICES);
  const { browser, close } = await launchBrowser();
  let over = false;
  try {
    const shellPage = await browser.newPage();
    const shell = await measure(shellPage, "/accessibilita", "h1", web.shellUrl);
    const shellBytes = shell
      .filter((s) => s.port === ports.shell)
      .reduce((sum, s) => sum + s.gzip, 0);
    await shellPage.close();
    const rows: string[] = [];
    const status = (bytes: number, budget: number) =>
      bytes <= budget ? "ok" : ((over = true), "OVER");
    rows.push(
      `shell initial JS     ${kb(shellBytes).padStart(10)}  (budget ${kb(SHELL_BUDGET)}) ${status(shellBytes, SHELL_BUDGET)}`,
    );
    let reactInSlices = 0;
    let providers = new Set<string>();
    for (const slice of SLICES) {
      const page = await browser.newPage();
      const scripts = await measure(page, `/${slice}`, `[data-slice=${slice}] h1`, web.shellUrl);
      const own = scripts.filter((s) => s.port === ports.slices[slice]);
      const bytes = own.reduce((sum, s) => sum + s.gzip, 0);
      const entry = own.find((s) => s.url.endsWith("remoteEntry.js"))?.gzip ?? 0;
      reactInSlices += own.filter((s) => s.react).length;
      const found = (await page.evaluate(`(() => {
        const out = new Set();
        for (const scope of Object.values(globalThis.__FEDERATION__.__SHARE__))
          for (const [version, shared] of Object.entries((scope.default || {}).react || {}))
            if (shared.loaded) out.add(shared.from + "@" + version);
        return [...out];
      })()`)) as string[];
      providers = new Set([...providers, ...found]);
      rows.push(
        `slice ${slice.padEnd(14)} ${kb(bytes).padStart(10)}  (budget ${kb(SLICE_BUDGET)}) ${status(bytes, SLICE_BUDGET)}` +
          `  = remoteEntry ${kb(entry)} + own chunks ${kb(bytes - entry)} in ${own.length} files`,
      );
      await page.close();
    }
    const copies = providers.size + reactInSlices;
    rows.push(
      `React copies loaded  ${String(copies).padStart(10)}  (${[...providers].join(", ")}; in slice scripts: ${reactInSlices})`,
    );
    if (copies !== 1) over = true;
    console.log(`\nComTem web performance budget (gzip)\n${rows.join("\n")}\n`);
  } finally {
    await close();
    await web.stop();
  }
  process.exit(over ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
