import { join } from "node:path";
import { repositoryRoot, startPlatform } from "./platform.js";

/**
 * `pnpm start`: every service on the embedded database (seeded on first run), URLs printed,
 * everything stopped cleanly on Ctrl-C.
 */
const platform = await startPlatform({
  env: { DATA_DIR: process.env.DATA_DIR ?? join(repositoryRoot, ".data") },
}).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

console.log("\nComTem is running:");
for (const service of platform.services) {
  console.log(
    `  ${service.name.padEnd(12)} ${service.url}/graphql   (${service.url}/health, /ready, /metrics)`,
  );
}
console.log(
  `  dev tokens   pnpm token            (lists seeded people; pnpm token <personId> prints a token)`,
);
console.log("Press Ctrl-C to stop.\n");

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await platform.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
for (const service of platform.services) {
  service.child.on("exit", (code) => {
    if (stopping) return;
    console.error(`${service.name} exited unexpectedly (code ${code}); stopping the platform`);
    void stop(1);
  });
}
