import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const supergraph = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../infra/supergraph.graphql",
);

/**
 * graphql-codegen configuration of an app (shell or slice): documents written next to their
 * components with `graphql(...)` from `src/gql`, typed against the composed supergraph, and a
 * persisted-operations manifest (`src/gql/persisted-documents.json`, hash → operation) that the
 * gateway can load as a safelist. Documents are plain strings at run time: no graphql-js in the
 * browser bundle.
 */
export function appCodegenConfig(appDir: string): CodegenConfig {
  return {
    schema: relative(appDir, supergraph) || supergraph,
    documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
    ignoreNoDocuments: true,
    generates: {
      "./src/gql/": {
        preset: "client",
        presetConfig: {
          fragmentMasking: false,
          persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
        },
        config: {
          documentMode: "string",
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          avoidOptionals: false,
          scalars: { DateTime: "string", DateTimeISO: "string" },
        },
      },
    },
  };
}
