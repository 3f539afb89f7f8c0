// The web app's API types (web/src/api/schema.d.ts) are generated from the document the app serves:
// when a route's declaration changes and the types were not generated anew (`npm run generate:api`),
// this fails — the spec and the code that uses it never disagree silently.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { API_TYPES, apiTypes, liveDocument } from "../../scripts/openapi.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Where two texts first differ: the line's number and a few lines of each from there. */
function firstDifference(a: string, b: string): string {
  const [x, y] = [a.split("\n"), b.split("\n")];
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i === -1 ? x.length : i;
  const show = (lines: string[]) => lines.slice(at, at + 4).join("\n");
  return `line ${at + 1}:\n--- committed\n${show(x)}\n--- generated\n${show(y)}`;
}

it(`${API_TYPES} is what openapi-typescript makes of the live /api/openapi.json`, async () => {
  const committed = readFileSync(`${ROOT}${API_TYPES}`, "utf8");
  const fresh = await apiTypes(await liveDocument(), ROOT);
  if (committed !== fresh)
    expect.fail(
      `${API_TYPES} is out of date: run \`npm run generate:api\`. ${firstDifference(committed, fresh)}`,
    );
});
