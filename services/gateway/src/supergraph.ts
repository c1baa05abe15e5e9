import { readFile } from "node:fs/promises";

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** The subgraphs named in a composed supergraph (its `join__Graph` enum), with routing URLs. */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const pattern = /@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g;
  return [...supergraphSdl.matchAll(pattern)].map(([, name, url]) => ({
    name: name as string,
    url: url as string,
  }));
}

export async function readSupergraph(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read the supergraph at ${path}: run \`pnpm supergraph\``, {
      cause: error,
    });
  }
}
