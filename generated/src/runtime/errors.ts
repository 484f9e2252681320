/**
 * Every failure a call can meet is an `OpenPhoneError`, one class told apart by `kind`, a
 * string literal, so `switch (error.kind)` over an operation's error union is exhaustive.
 * The variant names (`ApiError`, `RateLimitError`, ...) are types narrowing `kind` and the
 * fields that kind carries; `error.name` is still the variant's name, so logs read the same.
 * One class instead of nine keeps a one-operation bundle small.
 *
 * The API key is never stored here: header values are redacted when copied, and error bodies
 * after they are parsed (a 401 page could echo the key back, JSON-escaped or not).
 *
 * `instanceof OpenPhoneError` is answered by a brand (a registered symbol), not the prototype
 * chain: the ESM and CommonJS builds of the package each define this class, and an error thrown
 * by one must still be recognised by code that imported the other.
 */
import type { ValidationIssue } from "./issues.js";

export type ErrorKind =
  | "api"
  | "rate_limited"
  | "unexpected_status"
  | "network"
  | "timeout"
  | "aborted"
  | "invalid_response"
  | "invalid_request";

/**
 * Why a response was refused: a 2xx body that is not JSON, over `maxResponseBytes` or not
 * matching the contract; or pages that never end (a repeated `nextPageToken`, or more than `maxPages`).
 */
export type InvalidResponseReason = "json" | "too_large" | "validation" | "pagination";

/**
 * What an error is made from: the operation, the response when there was one, and the fields
 * of its kind (`retryAfterMs` for rate_limited, `reason` + `issues` for invalid_response,
 * `issues` for invalid_request).
 */
export interface ErrorContext {
  operationId: string;
  method: string;
  /** The path template (no parameter values, so no personal data). */
  path: string;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  code?: string;
  title?: string;
  traceId?: string;
  cause?: unknown;
  retryAfterMs?: number;
  reason?: InvalidResponseReason;
  issues?: ValidationIssue[];
  /** A redirect that was not followed: its Location (redacted), when it sent one. */
  location?: string;
}

/** Shared by every copy of this class (ESM and CommonJS builds, two versions of the package). */
const BRAND: unique symbol = Symbol.for("openphone-api.error");

export class OpenPhoneError extends Error {
  declare readonly kind: ErrorKind;
  /** HTTP status, when a response arrived. */
  declare readonly status: number | undefined;
  /** The documented error code (flat body) or the envelope's `key`. */
  declare readonly code: string | undefined;
  declare readonly title: string | undefined;
  declare readonly traceId: string | undefined;
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly path: string;
  /** Response headers, lower-case names, `authorization` removed. */
  declare readonly headers: Record<string, string>;
  /** The response body: parsed JSON, else the text, else undefined. */
  declare readonly body: unknown;
  declare readonly cause: unknown;
  // Present only on their kinds; declared here too so `error.retryAfterMs` reads after a plain
  // `instanceof OpenPhoneError` (a switch over an error union narrows them to required).
  /** rate_limited: from Retry-After (seconds or HTTP date), when the server sent one. */
  declare readonly retryAfterMs?: number;
  /** invalid_response: why the 2xx body was refused. */
  declare readonly reason?: InvalidResponseReason;
  /** invalid_response (the validator's, else empty) and invalid_request: what was wrong. */
  declare readonly issues?: ValidationIssue[];
  /** unexpected_status for a redirect that was not followed: where it pointed. */
  declare readonly location?: string;

  /**
   * The message is `HTTP <status> <code>: <detail> (<method> <path>, <operationId>)`, the
   * `HTTP ...:` part only when a response arrived.
   */
  constructor(kind: ErrorKind, detail: string, context: ErrorContext) {
    const { cause, ...fields } = context;
    const { status, code } = fields;
    super(`${status ? `HTTP ${status}${code ? ` ${code}` : ""}: ` : ""}${detail} (${fields.method} ${fields.path}, ${fields.operationId})`);
    // The common fields are always present (undefined when unknown): one shape for all kinds.
    // retryAfterMs, reason and issues exist only on their kinds.
    Object.assign(
      this,
      {
        // "rate_limited" → "RateLimitError", else the kind in PascalCase: "invalid_request" → "InvalidRequestError".
        name: `${kind === "rate_limited" ? "RateLimit" : kind.replace(/(?:^|_)(.)/g, (_, c: string) => c.toUpperCase())}Error`,
        kind,
        status,
        code,
        title: undefined,
        traceId: undefined,
        headers: {},
        body: undefined,
      },
      fields,
    );
    // Kept for debugging (e.g. ECONNRESET) but not enumerable, so left out of toJSON.
    if (cause !== undefined) Object.defineProperty(this, "cause", { value: cause });
  }

  toJSON(): Record<string, unknown> {
    return Object.assign({ name: this.name, message: this.message }, this as object);
  }
}

// On the prototype, so it costs nothing per error and is not a field of toJSON.
Object.defineProperty(OpenPhoneError.prototype, BRAND, { value: true });
// `instanceof OpenPhoneError` is true for an error of any copy of this class (see the file
// comment); a subclass keeps the ordinary prototype check. Defined here rather than as a static
// method: TypeScript's declaration emit would print a static well-known-symbol method twice.
Object.defineProperty(OpenPhoneError, Symbol.hasInstance, {
  value(this: unknown, value: unknown): boolean {
    return this === OpenPhoneError ? isOpenPhoneError(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  },
});

/** Whether `value` is an OpenPhoneError, from this copy of the package or any other (ESM, CommonJS). */
export function isOpenPhoneError(value: unknown): value is OpenPhoneError {
  return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * A documented error status; `status` narrows to the documented ones per operation, `code` to
 * that status's documented codes (while still accepting codes the API adds later), and `body` to
 * the error body the document declares for it. The body is not checked at run time: a gateway's
 * page arrives as a string, so narrow with `typeof error.body === "object"` before reading fields.
 */
export type ApiError<TStatus extends number = number, TCode extends string = string, TBody = unknown> = OpenPhoneError & {
  readonly kind: "api";
  readonly status: TStatus;
  // `string & {}` keeps editor completion for the documented literals without rejecting new codes.
  readonly code: TCode | (string & {}) | undefined;
  readonly body: TBody | string | undefined;
};

/** 429: over 10 requests per second per key. Declared by no operation. */
export type RateLimitError = OpenPhoneError & {
  readonly kind: "rate_limited";
  readonly status: 429;
  /** From Retry-After (seconds or HTTP date), when the server sent one. */
  readonly retryAfterMs: number | undefined;
};

/** A status the operation does not document (e.g. a gateway's 502). */
export type UnexpectedStatusError = OpenPhoneError & { readonly kind: "unexpected_status"; readonly status: number };

/** No response: DNS, refused or reset connection, or no fetch available. */
export type NetworkError = OpenPhoneError & { readonly kind: "network" };

/** An attempt took longer than `timeoutMs` (headers or body). */
export type TimeoutError = OpenPhoneError & { readonly kind: "timeout" };

/** The caller's AbortSignal fired; `cause` is its reason. */
export type AbortedError = OpenPhoneError & { readonly kind: "aborted" };

/**
 * A 2xx whose body could not be accepted (not JSON, over the size cap, not matching the
 * contract), or pages that never end (reason "pagination", no status).
 */
export type InvalidResponseError = OpenPhoneError & {
  readonly kind: "invalid_response";
  readonly status: number | undefined;
  readonly reason: InvalidResponseReason;
  /** The validator's issues (reason "validation"), else empty. */
  readonly issues: ValidationIssue[];
};

/** The input was refused locally; nothing was sent. */
export type InvalidRequestError = OpenPhoneError & { readonly kind: "invalid_request"; readonly issues: ValidationIssue[] };

/** Errors any call can meet besides its documented statuses. */
export type CommonError =
  | RateLimitError
  | UnexpectedStatusError
  | NetworkError
  | TimeoutError
  | AbortedError
  | InvalidResponseError
  | InvalidRequestError;

/** Replace every occurrence of `secret` in `text`. */
export function redact(text: string, secret: string): string {
  // `includes` first: most texts hold no key, and it is cheaper than split + join.
  return secret && text.includes(secret) ? text.split(secret).join("[redacted]") : text;
}

/**
 * Redact `secret` from every string (values and property names) of a parsed JSON value, in place;
 * returns the value (a string is returned redacted). Iterative, so a deeply nested body cannot
 * overflow the stack. Runs after JSON.parse, so JSON-escaped echoes of the key are caught too.
 */
export function redactValue(value: unknown, secret: string): unknown {
  if (typeof value === "string") return redact(value, secret);
  if (!secret || typeof value !== "object" || value === null) return value;
  const todo: object[] = [value];
  for (let node = todo.pop(); node; node = todo.pop()) {
    const record = node as Record<string, unknown>;
    for (const name of Object.keys(record)) {
      const item = record[name];
      const clean = typeof item === "string" ? redact(item, secret) : item;
      if (item !== null && typeof item === "object") todo.push(item);
      const cleanName = redact(name, secret);
      if (cleanName !== name) delete record[name];
      // defineProperty, not assignment: a property named "__proto__" stays data.
      if (cleanName !== name || clean !== item) {
        Object.defineProperty(record, cleanName, { value: clean, writable: true, enumerable: true, configurable: true });
      }
    }
  }
  return value;
}

/**
 * The last pass over every error a call throws: the key out of message, stack, body and issues,
 * whatever produced them. Cheap when there is nothing to do (`includes` checks).
 */
export function redactError(error: OpenPhoneError, secret: string): OpenPhoneError {
  if (!secret) return error;
  const fields = error as unknown as Record<string, unknown>;
  for (const name of ["message", "stack"]) {
    const value = fields[name];
    if (typeof value === "string" && value.includes(secret)) fields[name] = redact(value, secret);
  }
  if (fields.body !== undefined) fields.body = redactValue(fields.body, secret);
  if (fields.issues !== undefined) redactValue(fields.issues, secret);
  return error;
}

/** Copy headers into a plain object (lower-case names), without `authorization`, secrets redacted. */
export function headersObject(headers: Headers, secret: string): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== "authorization") out[name] = redact(value, secret);
  });
  return out;
}

/** Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = +value;
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/**
 * Read an error body without ever throwing. Two JSON shapes are known:
 * the documented flat `{message, code, status, title, trace, ...}` and the live API's
 * `{"error": {"message", "key", "trace"}}`. Anything else (HTML from a gateway, empty) is kept as text.
 */
export function parseErrorBody(raw: string): { body: unknown; message?: string; code?: string; title?: string; traceId?: string } {
  let body: unknown = raw || undefined;
  try {
    body = JSON.parse(raw);
  } catch {
    // Kept as text: reading properties of a string finds none.
  }
  const flat = Object(body) as Record<string, unknown>;
  const envelope = flat.error;
  const from = (typeof envelope === "object" && envelope ? envelope : flat) as Record<string, unknown>;
  return {
    body,
    message: text(from.message),
    code: text(from === flat ? from.code : from.key),
    title: text(from.title),
    traceId: text(from.trace),
  };
}

/**
 * The one place a non-2xx status becomes an error: 429 → rate_limited (with `retryAfterMs`),
 * a documented status → api, anything else → unexpected_status. The body is parsed first and
 * then redacted (`secret`), so an echo of the key is caught however the JSON escaped it.
 * `unread` describes a body that was not read (over the size cap); the status still decides the kind.
 */
export function errorFromResponse(
  context: ErrorContext & { status: number; headers: Record<string, string> },
  documented: readonly number[],
  rawBody: string,
  now: number,
  secret = "",
  unread?: string,
): OpenPhoneError {
  const { status } = context;
  const parsedBody = parseErrorBody(rawBody);
  redactValue(parsedBody, secret);
  const { message, ...parsed } = parsedBody;
  const about = unread || message || (rawBody ? "non-JSON body" : "empty body");
  const full: ErrorContext = { ...context, ...parsed };
  if (status === 429) full.retryAfterMs = parseRetryAfter(context.headers["retry-after"], now);
  return new OpenPhoneError(
    status === 429 ? "rate_limited" : documented.includes(status) ? "api" : "unexpected_status",
    about.length > 300 ? `${about.slice(0, 300)}…` : about,
    full,
  );
}
