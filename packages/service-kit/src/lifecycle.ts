import type { Logger } from "./logger.js";

/**
 * Graceful shutdown on SIGTERM/SIGINT: run the stop steps in order (stop taking requests,
 * drain, close the database), then exit. A step stuck past the grace period forces the exit.
 */
export function shutdownOnSignals(
  logger: Logger,
  steps: readonly (() => Promise<void>)[],
  graceMs = 10_000,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    // A terminal's Ctrl-C reaches every process of the group, and `pnpm start` forwards a
    // SIGTERM too: repeated signals are expected; the grace timer covers a stuck shutdown.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown took too long: exiting");
      process.exit(1);
    }, graceMs);
    timer.unref();
    try {
      for (const step of steps) await step();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", (signal) => void stop(signal));
  process.on("SIGINT", (signal) => void stop(signal));
}

/** Entry-point wrapper: configuration or start-up failures print clearly and exit 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof Error && error.cause) console.error("cause:", error.cause);
    process.exit(1);
  });
}
