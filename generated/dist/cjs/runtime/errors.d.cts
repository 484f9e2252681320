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
import type { ValidationIssue } from "./issues.cjs";
export type ErrorKind = "api" | "rate_limited" | "unexpected_status" | "network" | "timeout" | "aborted" | "invalid_response" | "invalid_request";
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
export declare class OpenPhoneError extends Error {
    readonly kind: ErrorKind;
    /** HTTP status, when a response arrived. */
    readonly status: number | undefined;
    /** The documented error code (flat body) or the envelope's `key`. */
    readonly code: string | undefined;
    readonly title: string | undefined;
    readonly traceId: string | undefined;
    readonly operationId: string;
    readonly method: string;
    readonly path: string;
    /** Response headers, lower-case names, `authorization` removed. */
    readonly headers: Record<string, string>;
    /** The response body: parsed JSON, else the text, else undefined. */
    readonly body: unknown;
    readonly cause: unknown;
    /** rate_limited: from Retry-After (seconds or HTTP date), when the server sent one. */
    readonly retryAfterMs?: number;
    /** invalid_response: why the 2xx body was refused. */
    readonly reason?: InvalidResponseReason;
    /** invalid_response (the validator's, else empty) and invalid_request: what was wrong. */
    readonly issues?: ValidationIssue[];
    /** unexpected_status for a redirect that was not followed: where it pointed. */
    readonly location?: string;
    /**
     * The message is `HTTP <status> <code>: <detail> (<method> <path>, <operationId>)`, the
     * `HTTP ...:` part only when a response arrived.
     */
    constructor(kind: ErrorKind, detail: string, context: ErrorContext);
    toJSON(): Record<string, unknown>;
}
/** Whether `value` is an OpenPhoneError, from this copy of the package or any other (ESM, CommonJS). */
export declare function isOpenPhoneError(value: unknown): value is OpenPhoneError;
/**
 * A documented error status; `status` narrows to the documented ones per operation, `code` to
 * that status's documented codes (while still accepting codes the API adds later), and `body` to
 * the error body the document declares for it. The body is not checked at run time: a gateway's
 * page arrives as a string, so narrow with `typeof error.body === "object"` before reading fields.
 */
export type ApiError<TStatus extends number = number, TCode extends string = string, TBody = unknown> = OpenPhoneError & {
    readonly kind: "api";
    readonly status: TStatus;
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
export type UnexpectedStatusError = OpenPhoneError & {
    readonly kind: "unexpected_status";
    readonly status: number;
};
/** No response: DNS, refused or reset connection, or no fetch available. */
export type NetworkError = OpenPhoneError & {
    readonly kind: "network";
};
/** An attempt took longer than `timeoutMs` (headers or body). */
export type TimeoutError = OpenPhoneError & {
    readonly kind: "timeout";
};
/** The caller's AbortSignal fired; `cause` is its reason. */
export type AbortedError = OpenPhoneError & {
    readonly kind: "aborted";
};
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
export type InvalidRequestError = OpenPhoneError & {
    readonly kind: "invalid_request";
    readonly issues: ValidationIssue[];
};
/** Errors any call can meet besides its documented statuses. */
export type CommonError = RateLimitError | UnexpectedStatusError | NetworkError | TimeoutError | AbortedError | InvalidResponseError | InvalidRequestError;
/** Replace every occurrence of `secret` in `text`. */
export declare function redact(text: string, secret: string): string;
/**
 * Redact `secret` from every string (values and property names) of a parsed JSON value, in place;
 * returns the value (a string is returned redacted). Iterative, so a deeply nested body cannot
 * overflow the stack. Runs after JSON.parse, so JSON-escaped echoes of the key are caught too.
 */
export declare function redactValue(value: unknown, secret: string): unknown;
/**
 * The last pass over every error a call throws: the key out of message, stack, body and issues,
 * whatever produced them. Cheap when there is nothing to do (`includes` checks).
 */
export declare function redactError(error: OpenPhoneError, secret: string): OpenPhoneError;
/** Copy headers into a plain object (lower-case names), without `authorization`, secrets redacted. */
export declare function headersObject(headers: Headers, secret: string): Record<string, string>;
/** Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export declare function parseRetryAfter(value: string | undefined, now: number): number | undefined;
/**
 * Read an error body without ever throwing. Two JSON shapes are known:
 * the documented flat `{message, code, status, title, trace, ...}` and the live API's
 * `{"error": {"message", "key", "trace"}}`. Anything else (HTML from a gateway, empty) is kept as text.
 */
export declare function parseErrorBody(raw: string): {
    body: unknown;
    message?: string;
    code?: string;
    title?: string;
    traceId?: string;
};
/**
 * The one place a non-2xx status becomes an error: 429 → rate_limited (with `retryAfterMs`),
 * a documented status → api, anything else → unexpected_status. The body is parsed first and
 * then redacted (`secret`), so an echo of the key is caught however the JSON escaped it.
 * `unread` describes a body that was not read (over the size cap); the status still decides the kind.
 */
export declare function errorFromResponse(context: ErrorContext & {
    status: number;
    headers: Record<string, string>;
}, documented: readonly number[], rawBody: string, now: number, secret?: string, unread?: string): OpenPhoneError;
