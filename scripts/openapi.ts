// The API's OpenAPI document as the app serves it (GET /api/openapi.json of an app on an empty
// in-memory store), and the TypeScript types openapi-typescript generates from it for the web app
// (web/src/api/schema.d.ts). Shared by the scripts write-openapi.ts and generate-api-types.ts and by the
// test that fails when the committed types are not those of the live document.
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import { openStore } from "../src/db/connect.ts";
import { loadProfiles } from "../src/profiles.ts";
import { createApp } from "../src/server/app.ts";

/** Where the generated types live, from the repository's root. */
export const API_TYPES = "web/src/api/schema.d.ts";

/** The document the app serves. */
export async function liveDocument(): Promise<Record<string, unknown>> {
  const store = openStore("sqlite::memory:");
  try {
    const app = createApp(store, loadProfiles(), {
      auth: { secret: "openapi-document-only-0123456789abcd" },
    });
    const res = await app.request("http://localhost/api/openapi.json");
    if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await store.db.destroy();
  }
}

const HEADER = `// Generated from /api/openapi.json by openapi-typescript: do not edit. \`npm run generate:api\` writes
// it anew; test/integration/api-types.test.ts fails when it is not what the live document gives.
`;

/** The types of the document, formatted as the repository formats TypeScript. */
export async function apiTypes(document: Record<string, unknown>, root: string): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: false });
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(`${root}/${API_TYPES}`)) ?? {};
  return prettier.format(source, { ...options, filepath: `${root}/${API_TYPES}` });
}
