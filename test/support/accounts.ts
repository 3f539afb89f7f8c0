// Users and signed-in clients for tests that drive the API through Hono's request interface.
import { addUser, createAuth, resolveGrant } from "../../src/auth/auth.ts";
import type { Store } from "../../src/db/connect.ts";
import type { createApp } from "../../src/server/app.ts";

export const ORIGIN = "http://localhost";
export const PASSWORD = "correct-horse-battery";

type App = ReturnType<typeof createApp>;

export async function makeUser(
  store: Store,
  email: string,
  role: string,
  scope: { plan?: string; department?: string; organization?: string } = {},
): Promise<string> {
  const grant = await resolveGrant(store, role, scope);
  return addUser(
    createAuth(store),
    store,
    { email, name: email.split("@")[0]!, password: PASSWORD, grants: [grant] },
    TEST_SETUP,
  );
}

/** The audit trail's name for users the tests set up. */
export const TEST_SETUP = { userId: null, name: "テスト準備", email: "setup@test" };

let lastAddress = 0;
/** A peer address of its own for each sign-in, unless one is given (the rate limit counts per address). */
export const nextAddress = () => `198.51.100.${++lastAddress % 250}`;

/** What @hono/node-server hands the app: the peer's socket. */
export const fromAddress = (ip: string) => ({
  incoming: { socket: { remoteAddress: ip, remoteFamily: "IPv4" } },
});

/** Signs in; the response, and the session cookie ("name=value") when it succeeded. */
export async function signIn(app: App, email: string, password = PASSWORD, ip = nextAddress()) {
  const res = await app.request(
    `${ORIGIN}/api/auth/sign-in/email`,
    {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    },
    fromAddress(ip),
  );
  const setCookie = res.headers.getSetCookie().find((c) => c.includes("session_token"));
  return { res, setCookie, cookie: setCookie?.split(";")[0] ?? null };
}

export interface Client {
  get(path: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  send(method: string, path: string, payload?: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A client with the given session cookie (null: anonymous), sending from this site's origin. */
export function client(app: App, cookie: string | null): Client {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(cookie ? { Cookie: cookie } : {}),
    ...extra,
  });
  const parse = async (res: Response) => ({
    status: res.status,
    body: res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text(),
  });
  return {
    get: async (path) => parse(await app.request(`${ORIGIN}${path}`, { headers: headers() })),
    send: async (method, path, payload = {}) =>
      parse(
        await app.request(`${ORIGIN}${path}`, {
          method,
          headers: headers({ Origin: ORIGIN, "Content-Type": "application/json" }),
          body: JSON.stringify(payload),
        }),
      ),
  };
}
