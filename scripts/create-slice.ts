/**
 * `pnpm create-slice <name> [--port N] [--out DIR] [--no-install]`: a new UI slice from
 * apps/_template, which builds and passes its own test as generated. Then:
 *   pnpm --filter @comtem/<name>-app dev        # serves it on its port against the gateway
 *   pnpm --filter @comtem/<name>-app register   # registerUiSlice through the gateway
 * and it appears in the running shell at /<name> on the next page load.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const template = join(root, "apps/_template");
const TEMPLATE_NAME = "slice-template";
const TEMPLATE_PORT = 3010;
/** Same rule as the registry (services/communities slice.input.ts). */
const SLICE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SKIP = new Set(["node_modules", "dist", ".rsbuild"]);
/** Files whose "../../" means the repository root. */
const ROOT_RELATIVE = new Set(["tsconfig.json", "vitest.config.ts", "package.json"]);

export interface CreateSliceOptions {
  name: string;
  port?: number;
  /** Target folder; default apps/<name>. Outside the workspace, dependencies are linked. */
  out?: string;
  install?: boolean;
}

function usedPorts(): number[] {
  const apps = join(root, "apps");
  return readdirSync(apps)
    .map((dir) => join(apps, dir, "package.json"))
    .filter(existsSync)
    .map(
      (file) =>
        (JSON.parse(readFileSync(file, "utf8")) as { comtem?: { port?: number } }).comtem?.port,
    )
    .filter((port): port is number => typeof port === "number");
}

/** The first port from 3005 not used by an app (3000..3010 are allowed in development). */
export function nextPort(): number {
  const used = new Set([...usedPorts(), TEMPLATE_PORT]);
  for (let port = 3005; port < 3100; port++) if (!used.has(port)) return port;
  throw new Error("no free port");
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (SKIP.has(entry)) return [];
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? textFiles(path) : [path];
  });
}

export function createSlice(options: CreateSliceOptions): string {
  const { name } = options;
  if (!SLICE_NAME.test(name) || name.length < 2 || name.length > 60) {
    throw new Error(
      `"${name}" is not a slice name: lowercase words joined by hyphens, e.g. calendario-riunioni`,
    );
  }
  if (name === "shell" || name.startsWith("_")) throw new Error(`"${name}" is reserved`);
  const out = resolve(options.out ?? join(root, "apps", name));
  if (existsSync(out)) throw new Error(`${relative(process.cwd(), out) || out} already exists`);
  const port = options.port ?? nextPort();
  cpSync(template, out, { recursive: true, filter: (src) => !SKIP.has(src.split(/[\\/]/).pop()!) });

  const toRoot = relative(out, root).split("\\").join("/") || ".";
  const underscored = name.replace(/-/g, "_");
  for (const file of textFiles(out)) {
    const before = readFileSync(file, "utf8");
    let after = before
      .replaceAll(TEMPLATE_NAME, name)
      .replaceAll("slice_template", underscored)
      .replaceAll(String(TEMPLATE_PORT), String(port));
    // Paths to the repository root (tsconfig, the UI kit's test stand-ins, the register script).
    if (toRoot !== "../.." && ROOT_RELATIVE.has(relative(out, file))) {
      after = after.replaceAll("../../", `${toRoot}/`);
    }
    if (after !== before) writeFileSync(file, after);
  }
  const packageFile = join(out, "package.json");
  const pkg = JSON.parse(readFileSync(packageFile, "utf8")) as Record<string, unknown>;
  pkg.description = `UI slice "${name}" of ComTem`;
  writeFileSync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);

  const insideWorkspace = relative(join(root, "apps"), out) === name;
  if (!insideWorkspace) {
    // Outside the workspace (tests, experiments): reuse the template's installed dependencies.
    symlinkSync(join(template, "node_modules"), join(out, "node_modules"), "dir");
  } else if (options.install !== false) {
    const result = spawnSync("pnpm", ["install", "--prefer-offline"], {
      cwd: root,
      stdio: "inherit",
    });
    if (result.status !== 0) throw new Error("pnpm install failed");
  }
  return out;
}

function main(argv: string[]) {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const noInstall = args.includes("--no-install");
  const port = flag("--port");
  const out = flag("--out");
  const name = args.filter((a) => !a.startsWith("--"))[0];
  if (!name) {
    console.error("usage: pnpm create-slice <name> [--port N] [--out DIR] [--no-install]");
    process.exit(2);
  }
  try {
    const dir = createSlice({
      name,
      port: port ? Number(port) : undefined,
      out,
      install: !noInstall,
    });
    const pkg = `@comtem/${name}-app`;
    console.log(`\nCreated ${relative(process.cwd(), dir)}. Next:`);
    console.log(
      `  pnpm --filter ${pkg} dev        # http://localhost:<port>/${name}, against the gateway`,
    );
    console.log(`  pnpm --filter ${pkg} register   # registers it; the shell shows it at /${name}`);
    console.log(`See ${relative(process.cwd(), join(dir, "README.md"))}.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
