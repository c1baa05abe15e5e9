import { join } from "node:path";
import { repositoryRoot, startPlatform } from "./platform.js";
import { startWeb, stopWeb, type WebApp } from "./web.js";

/**
 * `pnpm start`: every service on the embedded database (seeded on first run), then the web
 * shell and slices (built, served, registered), URLs printed, all stopped cleanly on Ctrl-C.
 * A service that crashes is restarted with backoff (platform.ts) while the others keep serving.
 * `pnpm start --api` runs the API only.
 */
const apiOnly = process.argv.includes("--api");
const platform = await startPlatform({
  env: { DATA_DIR: process.env.DATA_DIR ?? join(repositoryRoot, ".data") },
}).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

let web: WebApp[] = [];
if (!apiOnly) {
  web = await startWeb(platform.url("gateway")).catch(async (error: Error) => {
    console.error(error.message);
    await platform.stop();
    process.exit(1);
  });
}

console.log("\nComTem is running:");
for (const app of web) {
  console.log(`  ${app.name.padEnd(12)} ${app.url}${app.name === "shell" ? "   ← open this" : ""}`);
}
for (const service of platform.services) {
  console.log(
    `  ${service.name.padEnd(12)} ${service.url}/graphql   (${service.url}/health, /ready, /metrics)`,
  );
}
if (!apiOnly) console.log(`  explorer     ${platform.url("gateway")}/explorer   (GraphiQL)`);
console.log(
  `  dev tokens   pnpm token            (lists seeded people; pnpm token <personId> prints a token)`,
);
console.log("Press Ctrl-C to stop.\n");

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  // The supervisor is told first (synchronously): services exiting on the terminal's own
  // Ctrl-C are not restarted.
  await Promise.all([platform.stop(), stopWeb(web)]);
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
// Services are supervised by the platform; a web server that dies stops everything.
for (const app of web) {
  app.child.on("exit", (code) => {
    if (stopping) return;
    console.error(`${app.name} exited unexpectedly (code ${code}); stopping the platform`);
    void stop(1);
  });
}
