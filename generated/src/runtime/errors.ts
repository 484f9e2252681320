/**
 * Every failure a call can meet is an `OpenPhoneError`; the subclass is told by `kind`,
 * a string literal, so `switch (error.kind)` over an operation's error union is exhaustive.
 *
 * The API key is never stored here: header values and body text are redacted before they
 * become fields or message text (a 401 page could echo the key back).
 */
import type { ValidationIssue } from "./types.js";

export type ErrorKind =
  | "api"
  | "rate_limited"
  | "unexpected_status"
  | "network"
  | "timeout"
  | "aborted"
  | "invalid_response"
  | "invalid_request";

/** Where an error happened: the operation, and the response when there was one. */
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
}

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

  constructor(kind: ErrorKind, name: string, detail: string, context: ErrorContext) {
    super(`${detail} (${context.method} ${context.path}, ${context.operationId})`);
    // Every field is always present (undefined when unknown): one shape for all kinds.
    this.name = name;
    this.kind = kind;
    this.status = context.status;
    this.code = context.code;
    this.title = context.title;
    this.traceId = context.traceId;
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
    this.headers = context.headers || {};
    this.body = context.body;
    // Kept for debugging (e.g. ECONNRESET) but not enumerable, so left out of toJSON.
    if (context.cause !== undefined) Object.defineProperty(this, "cause", { value: context.cause });
  }

  toJSON(): Record<string, unknown> {
    return Object.assign({ name: this.name, message: this.message }, this as object);
  }
}

/**
 * A documented error status; `status` narrows to the documented ones per operation and
 * `code` to that status's documented codes, while still accepting codes the API adds later.
 */
export class ApiError<TStatus extends number = number, TCode extends string = string> extends OpenPhoneError {
  declare readonly kind: "api";
  declare readonly status: TStatus;
  // `string & {}` keeps editor completion for the documented literals without rejecting new codes.
  declare readonly code: TCode | (string & {}) | undefined;
  constructor(detail: string, context: ErrorContext) {
    super("api", "ApiError", detail, context);
  }
}

/** 429: over 10 requests per second per key. Declared by no operation. */
export class RateLimitError extends OpenPhoneError {
  declare readonly kind: "rate_limited";
  declare readonly status: 429;
  /** From Retry-After (seconds or HTTP date), when the server sent one. */
  declare readonly retryAfterMs: number | undefined;
  constructor(detail: string, context: ErrorContext, retryAfterMs: number | undefined) {
    super("rate_limited", "RateLimitError", detail, context);
    this.retryAfterMs = retryAfterMs;
  }
}

/** A status the operation does not document (e.g. a gateway's 502). */
export class UnexpectedStatusError extends OpenPhoneError {
  declare readonly kind: "unexpected_status";
  declare readonly status: number;
  constructor(detail: string, context: ErrorContext) {
    super("unexpected_status", "UnexpectedStatusError", detail, context);
  }
}

/** No response: DNS, refused or reset connection, or no fetch available. */
export class NetworkError extends OpenPhoneError {
  declare readonly kind: "network";
  constructor(detail: string, context: ErrorContext) {
    super("network", "NetworkError", detail, context);
  }
}

/** An attempt took longer than `timeoutMs` (headers or body). */
export class TimeoutError extends OpenPhoneError {
  declare readonly kind: "timeout";
  constructor(detail: string, context: ErrorContext) {
    super("timeout", "TimeoutError", detail, context);
  }
}

/** The caller's AbortSignal fired. */
export class AbortedError extends OpenPhoneError {
  declare readonly kind: "aborted";
  constructor(detail: string, context: ErrorContext) {
    super("aborted", "AbortedError", detail, context);
  }
}

/** A 2xx whose body could not be accepted: not JSON, over the size cap, or not matching the contract. */
export class InvalidResponseError extends OpenPhoneError {
  declare readonly kind: "invalid_response";
  declare readonly status: number;
  declare readonly reason: "json" | "too_large" | "validation";
  declare readonly issues: ValidationIssue[];
  constructor(detail: string, context: ErrorContext, reason: "json" | "too_large" | "validation", issues: ValidationIssue[]) {
    super("invalid_response", "InvalidResponseError", detail, context);
    this.reason = reason;
    this.issues = issues;
  }
}

/** The input was refused locally; nothing was sent. */
export class InvalidRequestError extends OpenPhoneError {
  declare readonly kind: "invalid_request";
  declare readonly issues: ValidationIssue[];
  constructor(detail: string, context: ErrorContext, issues: ValidationIssue[]) {
    super("invalid_request", "InvalidRequestError", detail, context);
    this.issues = issues;
  }
}

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
  return secret ? text.split(secret).join("[redacted]") : text;
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
  const seconds = Number(value);
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
    return { body };
  }
  if (typeof body !== "object" || body === null) return { body };
  const flat = body as Record<string, unknown>;
  const envelope = flat.error;
  if (typeof envelope === "object" && envelope !== null) {
    const e = envelope as Record<string, unknown>;
    return { body, message: text(e.message), code: text(e.key), traceId: text(e.trace) };
  }
  return { body, message: text(flat.message), code: text(flat.code), title: text(flat.title), traceId: text(flat.trace) };
}

/**
 * The one place a non-2xx status becomes an error: 429 → RateLimitError, a documented
 * status → ApiError, anything else → UnexpectedStatusError.
 */
export function errorFromResponse(
  context: ErrorContext & { status: number; headers: Record<string, string> },
  documented: readonly number[],
  rawBody: string,
  now: number,
): OpenPhoneError {
  const { status } = context;
  const { message, ...parsed } = parseErrorBody(rawBody);
  const full: ErrorContext = { ...context, ...parsed };
  const about = message || (rawBody ? "non-JSON body" : "empty body");
  const detail = `HTTP ${status}${parsed.code ? ` ${parsed.code}` : ""}: ${about.length > 300 ? `${about.slice(0, 300)}…` : about}`;
  if (status === 429) return new RateLimitError(detail, full, parseRetryAfter(context.headers["retry-after"], now));
  if (documented.indexOf(status) >= 0) return new ApiError(detail, full);
  return new UnexpectedStatusError(detail, full);
}
