import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every app the tests make checks its answers against its OpenAPI document.
    setupFiles: ["test/support/contract-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
