import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.data/**",
      "**/*.graphql",
      "**/src/gql/**",
      // A partner's project outside the workspace (copied to a temporary folder by e2e/partner.test.ts).
      "e2e/partner-project/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      // Configuration is read in one place per deployable, so it is parsed and validated once.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read process.env only in environment.ts." },
      ],
    },
  },
  {
    files: [
      "**/environment.ts",
      "**/*.test.ts",
      "**/test/**",
      "packages/testing/**",
      "scripts/**",
      "e2e/**",
      "services/gateway/src/dev-issuer/cli.ts",
      "*.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
