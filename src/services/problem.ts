// A refusal the caller can act on: an HTTP status, a stable code, a Japanese message and, where it
// helps, details (the fields in error, the current values after a conflict).
export class Problem extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409 | 422;
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(
    status: Problem["status"],
    code: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const forbidden = (what: string) => new Problem(403, "forbidden", `${what}権限がありません。`);
export const unauthenticated = () =>
  new Problem(401, "unauthenticated", "サインインが必要です。サインインしてからもう一度お試しください。");
