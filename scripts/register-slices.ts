/**
 * Registers UI slices in the registry through the gateway (`registerUiSlice`), or re-activates
 * the version if it is already registered (`activateUiSliceVersion`), so it can run at every
 * start. Each slice is read from apps/<dir>/package.json (`comtem.slice`, `comtem.port`, version).
 *
 *   node --import @swc-node/register/esm-register scripts/register-slices.ts [name...]
 *     --gateway http://localhost:4000   (default: GATEWAY_URL or that)
 *     --origin  http://localhost        (manifests at <origin>:<port>/mf-manifest.json)
 *     --token   <bearer>                (a co-coordinator's or admin's token; default: a
 *                                        development token of the first seeded admin)
 *     --community <slug>                (a community's slice; default: platform-wide)
 * Without names: every slice in apps/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface LocalSlice {
  name: string;
  port: number;
  version: string;
}

export function localSlices(): LocalSlice[] {
  const apps = join(root, "apps");
  return readdirSync(apps)
    .filter((dir) => !dir.startsWith("_"))
    .map((dir) => join(apps, dir, "package.json"))
    .filter(existsSync)
    .map(
      (file) =>
        JSON.parse(readFileSync(file, "utf8")) as {
          version: string;
          comtem?: { slice?: string; port?: number };
        },
    )
    .filter((pkg) => pkg.comtem?.slice && pkg.comtem.port)
    .map((pkg) => ({ name: pkg.comtem!.slice!, port: pkg.comtem!.port!, version: pkg.version }));
}

async function gql<T>(
  gateway: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${gateway}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      body.errors?.map((e) => e.message).join("; ") ?? `gateway answered ${response.status}`,
    );
  }
  return body.data;
}

/** A development token of the first seeded admin (the development issuer must be on). */
export async function adminDevToken(gateway: string): Promise<string> {
  const people = (await (await fetch(`${gateway}/dev-issuer/people`)).json()) as {
    people: { id: string; systemRoles: string[] }[];
  };
  const admin = people.people.find((p) => p.systemRoles.includes("ADMIN"));
  if (!admin) throw new Error("no seeded admin: pass --token");
  const response = await fetch(`${gateway}/dev-issuer/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personId: admin.id }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The registry operations this script sends (a gateway with a safelist must list them). */
export const REGISTER = `mutation RegisterUiSlice($input: RegisterUiSliceInput!) {
  registerUiSlice(input: $input) { uiSlice { name version manifestUrl } userErrors { code field message } }
}`;
export const ACTIVATE = `mutation ActivateUiSliceVersion($name: String!, $version: String!) {
  activateUiSliceVersion(name: $name, version: $version) { uiSlice { name version } userErrors { code message } }
}`;

export interface SliceRegistration {
  name: string;
  remoteName: string;
  manifestUrl: string;
  exposedModule?: string;
  version: string;
  communityId?: string | null;
}

/** Registers one slice version, or re-activates it when that version is already registered. */
export async function registerSlice(
  gateway: string,
  token: string,
  slice: SliceRegistration,
): Promise<string> {
  const input = { exposedModule: "./App", ...slice };
  const data = await gql<{
    registerUiSlice: { uiSlice: unknown; userErrors: { code: string; message: string }[] };
  }>(gateway, REGISTER, { input }, token);
  const errors = data.registerUiSlice.userErrors;
  if (errors.length === 0) return "registered";
  if (errors[0]!.code === "DUPLICATE") {
    const activated = await gql<{ activateUiSliceVersion: { userErrors: { message: string }[] } }>(
      gateway,
      ACTIVATE,
      { name: slice.name, version: slice.version },
      token,
    );
    const activationErrors = activated.activateUiSliceVersion.userErrors;
    if (activationErrors.length) throw new Error(activationErrors[0]!.message);
    return "re-activated";
  }
  throw new Error(`${errors[0]!.code}: ${errors[0]!.message}`);
}

async function main(argv: string[]) {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const gateway = (flag("--gateway") ?? process.env.GATEWAY_URL ?? "http://localhost:4000").replace(
    /\/+$/,
    "",
  );
  const origin = (flag("--origin") ?? "http://localhost").replace(/\/+$/, "");
  const community = flag("--community");
  const token = flag("--token") ?? (await adminDevToken(gateway));
  const names = args.filter((a) => !a.startsWith("--"));
  const slices = localSlices().filter((s) => names.length === 0 || names.includes(s.name));
  if (names.length && slices.length !== names.length) {
    throw new Error(
      `unknown slice(s): ${names.filter((n) => !slices.some((s) => s.name === n)).join(", ")}`,
    );
  }
  let communityId: string | null = null;
  if (community) {
    const data = await gql<{ community: { id: string } | null }>(
      gateway,
      "query($slug: String) { community(slug: $slug) { id } }",
      { slug: community },
    );
    if (!data.community) throw new Error(`no community ${community}`);
    communityId = data.community.id;
  }
  for (const slice of slices) {
    const outcome = await registerSlice(gateway, token, {
      name: slice.name,
      remoteName: `comtem_${slice.name.replace(/-/g, "_")}`,
      manifestUrl: `${origin}:${slice.port}/mf-manifest.json`,
      version: slice.version,
      communityId,
    });
    console.log(
      `${slice.name}@${slice.version} ${outcome} (${origin}:${slice.port}/mf-manifest.json)`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
