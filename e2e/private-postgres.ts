import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "../scripts/platform.js";

const run = promisify(execFile);

/** The newest PostgreSQL server binaries installed the Debian way, if any. */
export function postgresBinaries(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter(
      (v) => existsSync(join(root, v, "bin/pg_ctl")) && existsSync(join(root, v, "bin/initdb")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

export interface PrivatePostgres {
  /** Superuser URL (trust authentication) of the private server. */
  url: string;
  port: number;
  /** Stops the server (fast: sessions terminated), waits `downMs`, starts it again. */
  restart(downMs?: number): Promise<void>;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own (initdb into a temporary folder, a free port, the
 * socket in that folder), so a test may restart it without touching the machine's shared
 * server that other tests use. PostgreSQL refuses to run as root: as root, the commands run as
 * the `postgres` user. Undefined when no server binaries are installed.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres | undefined> {
  const bin = postgresBinaries();
  if (!bin) return undefined;
  const dir = await mkdtemp(join(tmpdir(), "comtem-pg-"));
  const data = join(dir, "data");
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (command: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(bin, command), ...args])
      : run(join(bin, command), args);
  const pgCtl = (...args: string[]) =>
    pg("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;

  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  await pgCtl("-o", options, "start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart(downMs = 0) {
      await pgCtl("-m", "fast", "stop");
      if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
      await pgCtl("-o", options, "start");
    },
    async stop() {
      await pgCtl("-m", "immediate", "stop").catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
