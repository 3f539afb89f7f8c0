// The typed client docs/api.md shows for other systems: openapi-fetch with the types openapi-typescript
// generates from /api/openapi.json (here the web app's, web/src/api/schema.d.ts), on both stores. The
// type check holds the calls to the document (a path, parameter or field that is not there does not
// compile); the contract watch (test/support/contract-setup.ts) holds the answers to it.
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { createApp } from "../../src/server/app.ts";
import { openCycle } from "../../src/services/cycle.ts";
import type { paths } from "../../web/src/api/schema.d.ts";
import { ORIGIN, PASSWORD, fromAddress, makeUser, nextAddress } from "../support/accounts.ts";
import { TEST_EVALUATOR } from "../support/publish.ts";
import { importSeeds, nodeIdByCode } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-sogo-keikaku";

for (const dialect of DIALECTS) {
  describe(`a client generated from the document, on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    let nodeId: number;
    let cycleId: number;
    /** The app's own fetch, each request from an address of its own (sign-in is limited per address). */
    const fetch = (request: Request) => Promise.resolve(app.fetch(request, fromAddress(nextAddress())));

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["000"]);
      const profiles = loadProfiles();
      app = createApp(store, profiles, { auth: { secret: "client-secret-0123456789abcdef012345" } });
      nodeId = await nodeIdByCode(store.db, "2(2)A_0505");
      cycleId = (await openCycle(store.db, profiles, TEST_EVALUATOR, PLAN, { fiscalYear: 2024 })).id;
      await makeUser(store, "editor@example.jp", "editor", { department: "産業振興課" });
    });
    afterAll(async () => store.cleanup());

    it("reads public data, and is told a refusal's code", async () => {
      const hyoka = createClient<paths>({ baseUrl: ORIGIN, fetch });
      const node = await hyoka.GET("/api/nodes/{id}", { params: { path: { id: nodeId } } });
      expect(node.error).toBeUndefined();
      expect([node.data?.node.code, node.data?.indicators.length]).toEqual(["2(2)A_0505", 3]);
      const missing = await hyoka.GET("/api/nodes/{id}", { params: { path: { id: 999999 } } });
      expect([missing.response.status, missing.error?.code]).toEqual([404, "not_found"]);
    });

    it("signs in, saves an item from its version, and is refused a stale save", async () => {
      const hyoka = createClient<paths>({ baseUrl: ORIGIN, fetch });
      const signIn = await hyoka.POST("/api/auth/sign-in/email", {
        body: { email: "editor@example.jp", password: PASSWORD },
        headers: { Origin: ORIGIN },
      });
      expect(signIn.error).toBeUndefined();
      const cookie = signIn.response.headers.getSetCookie()[0]!.split(";")[0]!;
      const work = createClient<paths>({
        baseUrl: ORIGIN,
        fetch,
        headers: { Cookie: cookie, Origin: ORIGIN },
      });
      const path = { id: cycleId, node: nodeId };
      const item = await work.GET("/api/cycles/{id}/items/{node}", { params: { path } });
      if (item.error) throw new Error(`${item.error.code}: ${item.error.message}`);
      const saved = await work.PUT("/api/cycles/{id}/items/{node}", {
        params: { path },
        body: { version: item.data.version, changes: { "urgency/rating": "○" } },
      });
      expect(saved.data).toEqual({ version: item.data.version + 1, changed: 1 });
      const stale = await work.PUT("/api/cycles/{id}/items/{node}", {
        params: { path },
        body: { version: item.data.version, changes: { "urgency/rating": "△" } },
      });
      expect([stale.response.status, stale.error?.code]).toEqual([409, "conflict"]);
    });
  });
}
