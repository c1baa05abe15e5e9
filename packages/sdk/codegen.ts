import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * The SDK's documents (`src/documents/*.graphql`) typed against the public API schema
 * (`infra/schema/api.graphql`, what partners see). Documents are plain strings at run time
 * (`documentMode: "string"`): no graphql-js needed to send them. Run `pnpm --filter
 * @comtem/sdk codegen` after changing a document or the schema.
 */
const config: CodegenConfig = {
  schema: "../../infra/schema/api.graphql",
  documents: ["src/documents/*.graphql"],
  emitLegacyCommonJSImports: false,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: "string", DateTimeISO: "string" },
      },
    },
  },
};

export default config;
