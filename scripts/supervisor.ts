import type { ChildProcess } from "node:child_process";
import { once } from "node:events";

/** When to restart a child that exited on its own. */
export interface BackoffPolicy {
  /** Delay before the first restart. */
  initialMs: number;
  /** Each further restart in a row doubles the delay, up to this cap. */
  maxMs: number;
  /** A child that stayed up this long counts as healthy: the next crash starts again at `initialMs`. */
  resetAfterMs: number;
}

export const defaultBackoff: BackoffPolicy = {
  initialMs: 250,
  maxMs: 10_000,
  resetAfterMs: 30_000,
};

/** Delay before restart number `attempt` of a series (0 = the first restart after a crash). */
export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt, 30));
}

export interface ExitEvent {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** How long the child had been running. */
  upMs: number;
  /** Delay before it is started again. */
  restartInMs: number;
}

export interface Supervised {
  readonly name: string;
  /** The child running now; a new object after each restart. */
  readonly child: ChildProcess;
  /** Restarts so far. */
  readonly restarts: number;
  /** Stops supervising (no more restarts), sends SIGTERM and waits for the child to exit. */
  stop(): Promise<void>;
}

/**
 * Keeps one child process running: when it exits without being asked to, it is started again
 * after an exponential backoff (reset once a child stayed up `resetAfterMs`). `stop()` ends the
 * supervision first, so a child exiting during shutdown is never restarted.
 */
export function supervise(
  name: string,
  start: () => ChildProcess,
  options: { backoff?: BackoffPolicy; onExit?: (event: ExitEvent) => void } = {},
): Supervised {
  const policy = options.backoff ?? defaultBackoff;
  let child: ChildProcess;
  let startedAt = 0;
  let attempt = 0;
  let restarts = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const launch = () => {
    timer = undefined;
    startedAt = Date.now();
    child = start();
    const current = child;
    current.once("exit", (code, signal) => {
      if (stopping || current !== child) return;
      const upMs = Date.now() - startedAt;
      if (upMs >= policy.resetAfterMs) attempt = 0;
      const restartInMs = backoffDelay(policy, attempt);
      attempt += 1;
      options.onExit?.({ name, code, signal, upMs, restartInMs });
      timer = setTimeout(() => {
        if (stopping) return;
        restarts += 1;
        launch();
      }, restartInMs);
    });
  };
  launch();

  return {
    name,
    get child() {
      return child;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      const current = child;
      if (current.exitCode !== null || current.signalCode !== null) return;
      const exited = once(current, "exit");
      current.kill("SIGTERM");
      await exited;
    },
  };
}
