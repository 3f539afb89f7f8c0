#!/usr/bin/env node
// The `hyoka` command. It runs the TypeScript sources directly, which needs Node 24: the one that
// `npm install` puts in node_modules/.bin (the `node` package), found first on PATH by `npx hyoka`.
//
// Node's compile cache keeps the modules compiled (the TypeScript stripped of its types) between runs,
// in the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off. It must be on before the
// first TypeScript module is loaded, hence the dynamic import.
import module from "node:module";

const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `エラー: Hyoka には Node 24 以上が必要です（この Node は ${process.version}）。` +
      "npm install の後に npx hyoka で実行すると、node_modules/.bin の Node 24 を使います。",
  );
  process.exit(2);
}
module.enableCompileCache();
await import("../src/cli/main.ts");
