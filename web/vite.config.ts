// The browser UI: built from web/ into web/dist, which `hyoka serve` serves with an SPA fallback.
// In development (`npx vite --config web/vite.config.ts`) /api is proxied to a running `hyoka serve`.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
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
