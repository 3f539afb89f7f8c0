// Writes the OpenAPI document the app serves to a file (default test-results/openapi.json), for
// Redocly's lint (`npm run lint:api`) and for anyone who wants it without starting the server.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { liveDocument } from "./openapi.ts";

const out = resolve(process.argv[2] ?? "test-results/openapi.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(await liveDocument(), null, 2)}\n`);
console.log(`wrote ${out}`);
