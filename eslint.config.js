import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "data", "dist", "web/dist", "coverage", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The browser UI: React hooks rules and static accessibility checks.
    files: ["web/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["web/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        window: "readonly",
        document: "readonly",
        fetch: "readonly",
        localStorage: "readonly",
        URLSearchParams: "readonly",
        AbortController: "readonly",
      },
    },
  },
  {
    // The web app knows the server through the API's document only: the types generated from it
    // (web/src/api/schema.d.ts, named in web/src/api/types.ts) and the rules both sides share
    // (src/domain). No import of server code, not even of a type, so that no hand copy comes back.
    files: ["web/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+src/(?!domain/)",
              message:
                "The web app may import from src/domain only: take the API's types from web/src/api/types.ts (generated from the document by `npm run generate:api`).",
            },
          ],
        },
      ],
    },
  },
);
