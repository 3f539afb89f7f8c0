// Every app a test makes with createApp (src/server/app.ts) is watched: each answer of /api/… is checked
// against the OpenAPI document the app serves (test/support/contract.ts). A violation fails the request
// and so the test; the file fails as well if any was recorded (say, a test that caught the error).
import { afterAll, expect, vi } from "vitest";
import type * as App from "../../src/server/app.ts";
import { watch, watched } from "./contract.ts";

vi.mock("../../src/server/app.ts", async (importOriginal) => {
  const real = await importOriginal<typeof App>();
  return {
    ...real,
    createApp: (...args: Parameters<typeof real.createApp>) => watched(real.createApp(...args)),
  };
});

afterAll(() => {
  expect([...new Set(watch.contract?.violations)], "answers that break the API's contract").toEqual([]);
});
