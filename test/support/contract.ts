// The API's contract as the tests hold it: the OpenAPI document the app serves (/api/openapi.json),
// and every live answer checked against it. An answer must be to a declared operation (method and path
// template), with a declared status, a declared media type, and, when it is JSON, a body the declared
// schema accepts. The schemas are made strict here, for the tests only: an object schema that lists its
// properties and says nothing of others is closed (no undeclared field passes). Answers to paths the API
// does not have must be the shared error (a 4xx ApiError); better-auth's /api/auth/… are left alone
// unless the document declares them.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

interface MediaType {
  schema?: Schema;
}
interface ResponseObject {
  description?: string;
  content?: Record<string, MediaType>;
  $ref?: string;
}
interface Operation {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
  [key: string]: unknown;
}
export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation | unknown>>;
  components?: { schemas?: Record<string, Schema>; responses?: Record<string, ResponseObject> };
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One declared operation: its method, full path template (with the servers' base), id and statuses. */
export interface DeclaredOperation {
  /** "GET /api/nodes/{id}": how coverage and violations name it. */
  key: string;
  method: string;
  path: string;
  operationId: string | undefined;
  statuses: string[];
  /** The regular expression the template becomes: each {name} one segment, still percent-encoded. */
  pattern: RegExp;
  /** Literal characters in the template: the most specific of several matching templates wins. */
  literal: number;
  operation: Operation;
}

/** A request and its answer, as seen by a test or by the browser. */
export interface Exchange {
  method: string;
  /** The request's URL (absolute, or a path with its query). */
  url: string;
  status: number;
  contentType: string | null;
  /** The answer's text, when it is JSON (other bodies are not read). */
  body: string | null;
}

const AUTH_PREFIX = "/api/auth/";
const API_PREFIX = "/api/";
const SPEC_ID = "https://contract.hyoka.test/openapi.json";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const essence = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase();
const isJsonType = (type: string) =>
  type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);

/** The servers' base path ("/api" for servers: [{ url: "/api" }]; "" when the paths carry it). */
function basePath(doc: OpenApiDocument): string {
  const url = doc.servers?.[0]?.url;
  if (!url) return "";
  const path = /^[a-z]+:\/\//i.test(url) ? new URL(url).pathname : url;
  return path.replace(/\/+$/, "");
}

function templatePattern(template: string): RegExp {
  const parts = template
    .split(/(\{[^}]+\})/)
    .map((p) => (p.startsWith("{") ? "[^/]+" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${parts.join("")}$`);
}

/** Every operation the document declares. */
export function declaredOperations(doc: OpenApiDocument): DeclaredOperation[] {
  const base = basePath(doc);
  const out: DeclaredOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths ?? {})) {
    const path = `${base}${template}`;
    for (const method of METHODS) {
      const operation = (item as Record<string, unknown>)[method];
      if (!isObject(operation)) continue;
      const op = operation as Operation;
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        statuses: Object.keys(op.responses ?? {}),
        pattern: templatePattern(path),
        literal: path.replace(/\{[^}]+\}/g, "").length,
        operation: op,
      });
    }
  }
  return out;
}

// ---- strictness: closing the object schemas ----

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;
const refName = (ref: string) =>
  decodeURIComponent(COMPONENT_REF.exec(ref)?.[1] ?? "")
    .replace(/~1/g, "/")
    .replace(/~0/g, "~");
const defRef = (name: string) => `${SPEC_ID}#/$defs/${encodeURIComponent(name)}`;
const OPEN = "__open";

/**
 * A copy of the schemas in which every object schema that lists properties and says nothing of others
 * allows no others. Members of an allOf stay open (each sees only its own properties); the allOf as a
 * whole is closed with unevaluatedProperties, which sees what all of them declared.
 */
class Closer {
  readonly defs: Record<string, Schema> = {};
  private readonly components: Record<string, Schema>;
  constructor(components: Record<string, Schema>) {
    this.components = components;
  }

  /** The closed (or, inside an allOf, open) copy of a component, made once, by its name in $defs. */
  component(name: string, open: boolean): string {
    const key = open ? `${name}${OPEN}` : name;
    if (!(key in this.defs)) {
      const source = this.components[name];
      if (source === undefined) throw new Error(`the document has no schema ${name}`);
      this.defs[key] = {};
      Object.assign(this.defs[key], this.schema(source, open));
    }
    return defRef(key);
  }

  schema(node: Json, open = false): Schema {
    if (!isObject(node)) return node as unknown as Schema;
    const s = { ...(node as Schema) };
    if (typeof s.$ref === "string" && COMPONENT_REF.test(s.$ref))
      s.$ref = this.component(refName(s.$ref), open);
    const each = (key: string, asOpen = false) => {
      const v = s[key];
      if (Array.isArray(v)) s[key] = v.map((x) => this.schema(x, asOpen));
    };
    const map = (key: string) => {
      const v = s[key];
      if (isObject(v))
        s[key] = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.schema(x as Json)]));
    };
    const one = (key: string) => {
      if (isObject(s[key])) s[key] = this.schema(s[key]);
    };
    map("properties");
    map("patternProperties");
    map("$defs");
    map("dependentSchemas");
    each("prefixItems");
    each("anyOf");
    each("oneOf");
    each("allOf", true);
    for (const key of [
      "items",
      "additionalProperties",
      "unevaluatedProperties",
      "not",
      "if",
      "then",
      "else",
      "contains",
      "propertyNames",
    ])
      one(key);
    const declares = isObject(s.properties) || Array.isArray(s.allOf);
    if (!open && declares && !("additionalProperties" in s) && !("unevaluatedProperties" in s)) {
      if (Array.isArray(s.allOf)) s.unevaluatedProperties = false;
      else s.additionalProperties = false;
    }
    return s;
  }
}

// ---- the contract ----

/**
 * Ajv's errors, short: array indices as *, the same error at many indices once, undeclared fields
 * grouped by where they are, the schema's place after $defs.
 */
function formatErrors(errors: ErrorObject[] | null | undefined): string {
  const undeclared = new Map<string, Set<string>>();
  const other = new Set<string>();
  for (const e of errors ?? []) {
    const at = e.instancePath.replace(/\/\d+(?=\/|$)/g, "/*") || "(body)";
    const field =
      e.keyword === "additionalProperties"
        ? (e.params as { additionalProperty: string }).additionalProperty
        : e.keyword === "unevaluatedProperties"
          ? (e.params as { unevaluatedProperty: string }).unevaluatedProperty
          : null;
    if (field !== null) undeclared.set(at, (undeclared.get(at) ?? new Set()).add(field));
    else other.add(`${at} ${e.message ?? e.keyword} (${e.schemaPath.replace(`${SPEC_ID}#/$defs/`, "")})`);
  }
  return [
    ...[...undeclared].map(([at, fields]) => `${at} has undeclared fields ${[...fields].join(", ")}`),
    ...[...other].slice(0, 6),
  ].join("; ");
}

export interface Contract {
  readonly document: OpenApiDocument;
  readonly operations: readonly DeclaredOperation[];
  /** What is wrong with the answer (empty: it keeps the contract); the answer is counted as seen. */
  check(x: Exchange): string[];
  /** The operation a request goes to, if the document declares it. */
  operationOf(method: string, url: string): DeclaredOperation | undefined;
  /** Statuses seen, by operation key ("GET /api/nodes/{id}" → {"200", "404"}). */
  readonly seen: Map<string, Set<string>>;
  /** Every violation found so far, in order. */
  readonly violations: string[];
}

export function contractOf(document: OpenApiDocument): Contract {
  const operations = declaredOperations(document);
  const closer = new Closer(document.components?.schemas ?? {});
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // Every response schema is made (closed) first, so that the components they use are in $defs.
  const closed = new Map<string, Schema>();
  const responseOf = (op: DeclaredOperation, status: string): ResponseObject | undefined => {
    let r = op.operation.responses?.[status];
    if (r?.$ref) r = document.components?.responses?.[r.$ref.replace("#/components/responses/", "")];
    return r;
  };
  for (const op of operations)
    for (const status of op.statuses)
      for (const [type, media] of Object.entries(responseOf(op, status)?.content ?? {}))
        if (media.schema) closed.set(`${op.key} ${status} ${type}`, closer.schema(media.schema));
  for (const name of Object.keys(document.components?.schemas ?? {})) closer.component(name, false);
  ajv.addSchema({ $id: SPEC_ID, $defs: closer.defs });
  const validators = new Map<string, ValidateFunction>();
  const validator = (key: string) => {
    let v = validators.get(key);
    if (!v) {
      v = ajv.compile(closed.get(key)!);
      validators.set(key, v);
    }
    return v;
  };
  const apiError = document.components?.schemas?.ApiError ? ajv.compile({ $ref: defRef("ApiError") }) : null;

  const seen = new Map<string, Set<string>>();
  const violations: string[] = [];

  const operationOf = (method: string, url: string) => {
    const path = new URL(url, "http://localhost").pathname;
    return operations
      .filter((o) => o.method === method.toUpperCase() && o.pattern.test(path))
      .sort((a, b) => b.literal - a.literal)[0];
  };

  const parsed = (x: Exchange): { ok: true; value: unknown } | { ok: false; why: string } => {
    try {
      return { ok: true, value: JSON.parse(x.body ?? "") };
    } catch (e) {
      return {
        ok: false,
        why: `the body is not JSON (${(e as Error).message}): ${(x.body ?? "").slice(0, 200)}`,
      };
    }
  };

  const check = (x: Exchange): string[] => {
    const path = new URL(x.url, "http://localhost").pathname;
    if (!path.startsWith(API_PREFIX)) return [];
    const op = operationOf(x.method, x.url);
    const type = x.contentType ? essence(x.contentType) : null;
    const status = String(x.status);
    const named = `${x.method.toUpperCase()} ${path} → ${status}`;
    const problems: string[] = [];
    if (!op) {
      if (path.startsWith(AUTH_PREFIX)) return [];
      // A path (or method) the API does not have: the shared error, whatever the reason (not found, a
      // NUL in the path, another origin).
      if (x.status < 400 || x.status >= 500) problems.push(`${named}: no operation is declared for it`);
      else if (!type || !isJsonType(type))
        problems.push(`${named}: an undeclared path answered ${type ?? "no body"}`);
      else if (apiError) {
        const body = parsed(x);
        if (!body.ok) problems.push(`${named}: ${body.why}`);
        else if (!apiError(body.value))
          problems.push(
            `${named}: an undeclared path's answer is not an ApiError: ${formatErrors(apiError.errors)}`,
          );
      }
      violations.push(...problems);
      return problems;
    }
    const where = `${named} (${op.key}${op.operationId ? `, ${op.operationId}` : ""})`;
    if (!seen.has(op.key)) seen.set(op.key, new Set());
    seen.get(op.key)!.add(status);
    const declared = op.operation.responses?.[status]
      ? status
      : op.operation.responses?.[`${status[0]}XX`]
        ? `${status[0]}XX`
        : op.operation.responses?.default
          ? "default"
          : null;
    if (declared === null) {
      problems.push(`${where}: status ${status} is not declared (declared: ${op.statuses.join(", ")})`);
    } else {
      const content = responseOf(op, declared)?.content ?? {};
      const types = Object.keys(content);
      if (!types.length) {
        if (type) problems.push(`${where}: declared without a body, answered ${type}`);
      } else if (!type) {
        problems.push(`${where}: answered without a Content-Type (declared: ${types.join(", ")})`);
      } else {
        const match =
          types.find((t) => essence(t) === type) ??
          types.find((t) => t.endsWith("/*") && type.startsWith(t.slice(0, -1))) ??
          types.find((t) => t === "*/*");
        if (!match) {
          problems.push(`${where}: media type ${type} is not declared (declared: ${types.join(", ")})`);
        } else if (isJsonType(type) && content[match]?.schema) {
          const body = parsed(x);
          if (!body.ok) problems.push(`${where}: ${body.why}`);
          else {
            const validate = validator(`${op.key} ${declared} ${match}`);
            if (!validate(body.value)) problems.push(`${where}: ${formatErrors(validate.errors)}`);
          }
        }
      }
    }
    violations.push(...problems);
    return problems;
  };

  return { document, operations, check, operationOf, seen, violations };
}

// ---- watching an app ----

/** What createApp returns, as far as the watch needs it. */
interface FetchingApp {
  fetch: (request: Request, ...rest: never[]) => Response | Promise<Response>;
}

export class ContractViolation extends Error {
  override name = "ContractViolation";
}

/** Options of the watch, for this test file: throwing on a violation (the default) or only recording it. */
export const watch = {
  throwOnViolation: true,
  /** The contract of the apps watched in this file (one document: every app serves the same). */
  contract: null as Contract | null,
};

async function contractFor(fetch: FetchingApp["fetch"]): Promise<Contract> {
  if (watch.contract) return watch.contract;
  const res = await fetch(new Request("http://localhost/api/openapi.json"));
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  watch.contract = contractOf((await res.json()) as OpenApiDocument);
  return watch.contract;
}

/** The exchange of a request and its answer (the answer's JSON read from a clone). */
export async function exchangeOf(request: Request, res: Response): Promise<Exchange> {
  const contentType = res.headers.get("content-type");
  const json = contentType !== null && isJsonType(essence(contentType));
  return {
    method: request.method,
    url: request.url,
    status: res.status,
    contentType,
    body: json ? await res.clone().text() : null,
  };
}

/**
 * The app, its every answer checked against the document it serves: a violation is recorded and, unless
 * told otherwise, thrown (the request, and so the test, fails with it).
 */
export function watched<A extends FetchingApp>(app: A): A {
  const original = app.fetch.bind(app) as FetchingApp["fetch"];
  const fetch = async (request: Request, ...rest: never[]) => {
    const res = await original(request, ...rest);
    const path = new URL(request.url).pathname;
    if (!path.startsWith(API_PREFIX)) return res;
    const contract = await contractFor(original);
    const problems = contract.check(await exchangeOf(request, res));
    if (problems.length && watch.throwOnViolation)
      throw new ContractViolation(`the answer breaks the API's contract:\n${problems.join("\n")}`);
    return res;
  };
  app.fetch = fetch as A["fetch"];
  return app;
}
