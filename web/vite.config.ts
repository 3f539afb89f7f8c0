// The browser UI: built from web/ into web/dist, which `hyoka serve` serves with an SPA fallback.
// In development (`npx vite --config web/vite.config.ts`) /api is proxied to a running `hyoka serve`.
// Each page is a chunk of its own (React.lazy in src/App.tsx); docs/web.md describes the chunks.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The framework every page runs on, in two chunks that change only when a dependency is upgraded, so
 * browsers keep them across deploys (the app's own chunks name each other's hashes and change on every
 * deploy): React with the router, and Mantine with what it needs and the design tokens behind the theme.
 * Two rather than one keeps each under Vite's 500 kB warning limit. Mantine's components come in one
 * file rather than a dozen small ones. Listed by name on purpose: any other dependency (zod, behind the
 * item page's form) stays with the pages that use it.
 */
const VENDOR: Record<string, RegExp> = {
  react: /\/node_modules\/(react|react-dom|scheduler|react-router)\//,
  mantine:
    /\/node_modules\/(@mantine\/[^/]+|@floating-ui\/[^/]+|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|clsx|@digital-go-jp\/design-tokens)\//,
};

const vendorChunk = (id: string) => Object.keys(VENDOR).find((name) => VENDOR[name]!.test(id));

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: vendorChunk,
      },
      onwarn(warning, warn) {
        // zod's sources have prose comments that mention `@__PURE__` next to real annotations; Rollup
        // drops those comments and says so. Nothing in the output changes, so this one is not shown.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/node_modules/zod/")) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3100", changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3100", changeOrigin: false },
    },
  },
});
