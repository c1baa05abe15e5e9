import type { CodegenConfig } from "@graphql-codegen/cli";

// A partner's graphql-codegen configuration: the schema is introspected from the live
// endpoint (with the API key in production), documents are the `graphql(...)` calls in src/.
const url = process.env.COMTEM_URL ?? "http://127.0.0.1:4000/graphql";
const apiKey = process.env.COMTEM_API_KEY;

const config: CodegenConfig = {
  schema: [{ [url]: { headers: apiKey ? { "x-api-key": apiKey } : {} } }],
  documents: ["src/**/*.ts", "!src/gql/**/*"],
  emitLegacyCommonJSImports: false,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { documentMode: "string", enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
