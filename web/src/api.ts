// Talking to the JSON API, typed by its document (/api/openapi.json, generated into api/schema.d.ts).
// Reads that a page's address names go through useApi(path) / fetchJson(path), the answer named by its
// schema (api/types.ts); what a page builds itself, its changes above all, goes through `api`, the typed
// client (openapi-fetch), so that each call's path, parameters, body and answer are the document's.
// Either way the API's error bodies ({code, message, parameter, errors}) and network failures become an
// ApiRequestError with a Japanese message.
import createClient from "openapi-fetch";
import { useEffect, useState } from "react";
import type { paths } from "./api/schema.d.ts";
import type { ApiError } from "./api/types.ts";

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly parameter: string | undefined;

  constructor(status: number, body: Partial<ApiError>) {
    super(body.message ?? defaultMessage(status));
    this.name = "ApiRequestError";
    this.status = status;
    this.code = body.code ?? (status === 0 ? "network_error" : "http_error");
    this.parameter = body.parameter;
  }
}

function defaultMessage(status: number): string {
  if (status === 0)
    return "サーバーに接続できませんでした。ネットワークを確認し、時間をおいて再度お試しください。";
  if (status === 404) return "お探しの情報は見つかりませんでした。";
  if (status >= 500) return "サーバーでエラーが発生しました。時間をおいて再度お試しください。";
  return `データを取得できませんでした（HTTP ${status}）。`;
}

const UNREADABLE = "サーバーの応答を読み取れませんでした。";

/** GET a JSON resource under /api. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: "application/json" }, ...(signal ? { signal } : {}) });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiRequestError(0, {});
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    if (res.ok) throw new ApiRequestError(res.status, { message: UNREADABLE });
  }
  if (!res.ok) throw new ApiRequestError(res.status, (body ?? {}) as Partial<ApiError>);
  return body as T;
}

/** A query string from the given parameters, leaving out empty ones: "?q=…&grade=Ａ" or "". */
export function queryString(params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export type ApiState<T> =
  { status: "loading" } | { status: "error"; error: ApiRequestError } | { status: "ok"; data: T };

/** Fetches `path` (again whenever it changes); null fetches nothing and stays loading. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [result, setResult] = useState<{ path: string; state: ApiState<T> } | null>(null);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    fetchJson<T>(path, controller.signal).then(
      (data) => setResult({ path, state: { status: "ok", data } }),
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const error =
          e instanceof ApiRequestError
            ? e
            : new ApiRequestError(0, { message: "データの読み込み中に問題が発生しました。" });
        setResult({ path, state: { status: "error", error } });
      },
    );
    return () => controller.abort();
  }, [path]);
  return result && result.path === path ? result.state : { status: "loading" };
}

/** A refused call: besides the message, the API's body (the fields in error, or the current values). */
export class ProblemError extends ApiRequestError {
  readonly body: ApiError;
  constructor(status: number, body: ApiError) {
    super(status, body);
    this.body = body;
  }
}

/** The API, typed by its document: `send(api.PUT("/api/cycles/{id}/items/{node}", { params, body }))`. */
export const api = createClient<paths>({
  headers: { Accept: "application/json" },
  // A request that gets no answer (offline, the server down) says so.
  fetch: (request) =>
    fetch(request).catch(() => {
      throw new ApiRequestError(0, {});
    }),
});

/** What a call of `api` answers (openapi-fetch's result: the data, or the error with the response). */
interface Called<T, E> {
  data?: T;
  error?: E;
  response: Response;
}

/** The answer of a call of `api`; a refusal becomes a ProblemError with the API's body. */
export async function send<T, E extends Partial<ApiError>>(call: Promise<Called<T, E>>): Promise<T> {
  let result: Called<T, E>;
  try {
    result = await call;
  } catch (e) {
    // Not a network failure: an answer that is not JSON.
    throw e instanceof ApiRequestError ? e : new ApiRequestError(0, { message: UNREADABLE });
  }
  const { data, error, response } = result;
  if (!response.ok) {
    // A body that is not JSON (a proxy's page) comes as text: only the status is known then.
    const body: Partial<ApiError> = typeof error === "object" && error !== null ? error : {};
    const message =
      response.status === 429 ? "試行が多すぎます。1分ほど待ってからもう一度お試しください。" : body.message;
    throw new ProblemError(response.status, {
      ...body,
      code: body.code ?? "http_error",
      message: message || defaultMessage(response.status),
    });
  }
  if (data === undefined) throw new ApiRequestError(response.status, { message: UNREADABLE });
  return data;
}
