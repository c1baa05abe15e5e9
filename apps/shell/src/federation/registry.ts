import type { GraphQLClient } from "@comtem/client";
import { graphql } from "../gql";

export const UiSlicesQuery = graphql(`
  query ShellUiSlices {
    uiSlices {
      name
      remoteName
      manifestUrl
      exposedModule
      version
      community {
        slug
      }
    }
  }
`);

export interface RegisteredSlice {
  name: string;
  remoteName: string;
  manifestUrl: string;
  exposedModule: string;
  version: string;
  communitySlug: string | null;
}

export interface Registry {
  slices: RegisteredSlice[];
  /** Registered, but served from an origin outside the shell's allowlist: never requested. */
  refused: { name: string; manifestUrl: string }[];
}

export function isAllowed(manifestUrl: string, allowedOrigins: string[]): boolean {
  try {
    const url = new URL(manifestUrl);
    if (url.username || url.password) return false;
    if (url.protocol !== "https:" && url.protocol !== "http:") return false;
    return allowedOrigins.includes(url.origin);
  } catch {
    return false;
  }
}

/** Splits the registry's active slices into loadable ones and refused ones (shell allowlist). */
export function filterSlices(
  rows: {
    name: string;
    remoteName: string;
    manifestUrl: string;
    exposedModule: string;
    version: string;
    community?: { slug: string } | null;
  }[],
  allowedOrigins: string[],
): Registry {
  const registry: Registry = { slices: [], refused: [] };
  for (const row of rows) {
    if (!isAllowed(row.manifestUrl, allowedOrigins)) {
      registry.refused.push({ name: row.name, manifestUrl: row.manifestUrl });
      continue;
    }
    registry.slices.push({
      name: row.name,
      remoteName: row.remoteName,
      manifestUrl: row.manifestUrl,
      exposedModule: row.exposedModule,
      version: row.version,
      communitySlug: row.community?.slug ?? null,
    });
  }
  return registry;
}

/** Asks the gateway which slices are active now: read at every page load, never cached. */
export async function fetchRegistry(
  client: GraphQLClient,
  allowedOrigins: string[],
): Promise<Registry> {
  const data = await client.request(UiSlicesQuery);
  const registry = filterSlices(data.uiSlices, allowedOrigins);
  for (const refused of registry.refused) {
    console.warn(
      `[comtem] slice "${refused.name}" refused: ${refused.manifestUrl} is not an allowed origin`,
    );
  }
  return registry;
}
