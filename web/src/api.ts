// Fetching from the JSON API: one helper that turns the API's error bodies ({code, message, parameter})
// and network failures into ApiRequestError with a Japanese message, and a hook for components.
import { useEffect, useState } from "react";
import type { ApiError } from "../../src/server/api-types.ts";

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
    if (res.ok) throw new ApiRequestError(res.status, { message: "サーバーの応答を読み取れませんでした。" });
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

/** What a refused change carries besides the message: the fields in error, or the current values. */
export interface ProblemBody {
  code: string;
  message: string;
  errors?: { field: string; message: string; label?: string }[];
  [key: string]: unknown;
}

export class ProblemError extends ApiRequestError {
  readonly body: ProblemBody;
  constructor(status: number, body: ProblemBody) {
    super(status, body);
    this.body = body;
  }
}

/** Sends JSON (POST / PUT) to the API; a refusal becomes a ProblemError with the API's body. */
export async function sendJson<T>(method: "POST" | "PUT", path: string, payload: unknown = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new ApiRequestError(0, {});
  }
  const body = (await res.json().catch(() => ({}))) as ProblemBody;
  if (!res.ok) {
    const message =
      res.status === 429 ? "試行が多すぎます。1分ほど待ってからもう一度お試しください。" : body.message;
    throw new ProblemError(res.status, { ...body, message: message || defaultMessage(res.status) });
  }
  return body as T;
}
