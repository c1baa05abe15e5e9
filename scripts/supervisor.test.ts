import { spawn, type ChildProcess } from "node:child_process";
import { EventEmitter, once } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { backoffDelay, supervise, type ExitEvent, type Supervised } from "./supervisor.js";

/** A child that runs until killed, or exits with `code` after `ms`. */
const node = (script: string) => () =>
  spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "ignore"] });
const forever = node(
  "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000); console.log('up')",
);
/** Resolves once the child's script runs (its SIGTERM handler is installed). */
const up = async (child: ChildProcess) => {
  await once(child.stdout!, "data");
};

/** Stands in for a ChildProcess where only the exit matters (timings under fake timers). */
class FakeChild extends EventEmitter {
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  exit(code: number) {
    this.exitCode = code;
    this.emit("exit", code, null);
  }
  kill() {
    this.exit(0);
    return true;
  }
}

const waitFor = async (condition: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("supervisor", () => {
  const running: Supervised[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });

  it("doubles the delay from 250 ms up to the cap", () => {
    const policy = { initialMs: 250, maxMs: 10_000, resetAfterMs: 30_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 100].map((n) => backoffDelay(policy, n))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  it("restarts a child killed with SIGKILL, exposing the new one", async () => {
    const exits: ExitEvent[] = [];
    const supervised = supervise("svc", forever, { onExit: (event) => exits.push(event) });
    running.push(supervised);
    const first = supervised.child;
    await up(first);
    first.kill("SIGKILL");
    await waitFor(() => supervised.restarts === 1);
    expect(supervised.child).not.toBe(first);
    expect(supervised.child.pid).toBeTypeOf("number");
    expect(exits).toEqual([
      expect.objectContaining({ name: "svc", signal: "SIGKILL", restartInMs: 250 }),
    ]);
  });

  it("backs off exponentially while a child keeps crashing, and resets after a stable run", () => {
    vi.useFakeTimers();
    try {
      const children: FakeChild[] = [];
      const exits: ExitEvent[] = [];
      const supervised = supervise(
        "crashy",
        () => {
          children.push(new FakeChild());
          return children.at(-1) as unknown as ChildProcess;
        },
        {
          backoff: { initialMs: 20, maxMs: 80, resetAfterMs: 1_000 },
          onExit: (e) => exits.push(e),
        },
      );
      const crashAfter = (ms: number) => {
        vi.advanceTimersByTime(ms);
        children.at(-1)!.exit(3);
        vi.advanceTimersByTime(exits.at(-1)!.restartInMs);
      };
      for (let i = 0; i < 5; i += 1) crashAfter(10);
      expect(exits.map((e) => e.restartInMs)).toEqual([20, 40, 80, 80, 80]);
      expect(exits[0]).toMatchObject({ name: "crashy", code: 3, upMs: 10 });
      expect(supervised.restarts).toBe(5);
      expect(supervised.child).toBe(children.at(-1));
      // Up for longer than resetAfterMs: the series starts again at initialMs.
      crashAfter(1_000);
      crashAfter(10);
      expect(exits.slice(5).map((e) => e.restartInMs)).toEqual([20, 40]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not restart during or after stop, and stops a child cleanly", async () => {
    const exits: ExitEvent[] = [];
    const supervised = supervise("svc", forever, { onExit: (event) => exits.push(event) });
    const child = supervised.child;
    await up(child);
    await supervised.stop();
    expect(child.exitCode).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(supervised.restarts).toBe(0);
    expect(supervised.child).toBe(child);
    expect(exits).toEqual([]);
  });

  it("cancels a pending restart when stopped during the backoff", async () => {
    const supervised = supervise("svc", forever, {
      backoff: { initialMs: 300, maxMs: 300, resetAfterMs: 1_000 },
      onExit: () => {},
    });
    await once(supervised.child, "spawn");
    supervised.child.kill("SIGKILL");
    await once(supervised.child, "exit");
    await supervised.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(supervised.restarts).toBe(0);
  });
});
