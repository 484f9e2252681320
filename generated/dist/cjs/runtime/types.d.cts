/**
 * Types shared by the runtime, the generated operation modules and the generated validators.
 * Type-only: this module emits no JavaScript.
 */
import type { QueryWriter } from "./deep-object.cjs";
import type { UnknownInfo, ValidationIssue } from "./issues.cjs";
import type { OperationChecks } from "./validation.cjs";
export type { UnknownInfo, ValidationIssue };
/**
 * "strict": the body must match the contract exactly (undeclared properties fail);
 * "compatible": undeclared properties and enum values pass (reported to `onUnknown`);
 * "off": no response validation.
 */
export type ResponseValidation = "strict" | "compatible" | "off";
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";
/**
 * What the generator emits per operation. Input keys are the wire names.
 * - `path` fields are found from the `{name}` placeholders of `path`;
 * - `query` / `header` list the query and header fields;
 * - `body`: "flat" sends every other input field as the JSON body's properties,
 *   "nested" sends `input.body` as the JSON body; absent: no body.
 */
export interface OperationDescriptor {
    readonly operationId: string;
    readonly method: HttpMethod;
    /** Path template with `{name}` placeholders, e.g. "/v1/contacts/{id}". */
    readonly path: string;
    readonly query?: readonly string[];
    /** Query arrays sent as repeated keys (`a=1&a=2`); other arrays are comma-joined (`a=1,2`). */
    readonly explode?: readonly string[];
    /** Writes the `style: deepObject` query fields (`name[key]=value`): `deepObjectQuery([...])` from deep-object.ts. */
    readonly deepObject?: QueryWriter;
    readonly header?: readonly string[];
    readonly body?: "flat" | "nested";
    /** Only for an operation whose success bodies are not JSON: the Accept header; the body is returned as text. */
    readonly accept?: string;
    /** `security: []` in the document: the operation takes no credentials, so no Authorization header is sent. */
    readonly anonymous?: true;
    /** Documented error statuses (>= 400): these become `ApiError`, others `UnexpectedStatusError`. */
    readonly errors: readonly number[];
    /** The generated `${fn}Checks`: the input check, run before anything is sent, and the success body checks by status. */
    readonly checks?: OperationChecks;
}
/**
 * Decides when each request may start. `createRateLimiter` makes the default one; any object with
 * this shape can be passed as `rateLimiter` (e.g. one backed by a store shared between processes).
 */
export interface RateLimiter {
    /**
     * Resolves when one request may start (call it once per request, retries and redirects
     * included); rejects with `signal.reason` if the signal aborts first (the place is then given up).
     */
    acquire(signal?: AbortSignal): Promise<void>;
}
/** Time source and sleeper; injectable so tests do not depend on the wall clock. */
export interface Clock {
    now(): number;
    /** Resolves after `ms`; rejects (with anything) as soon as `signal` aborts. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export interface RequestEvent {
    operationId: string;
    method: HttpMethod;
    url: string;
    /** 0 for the first try. */
    attempt: number;
}
export interface ResponseEvent extends RequestEvent {
    status: number;
    /** Response headers, lower-case names. */
    headers: Record<string, string>;
    durationMs: number;
}
export interface ClientOptions {
    /** Sent as is in `Authorization` (no "Bearer"). Never logged, never part of an error. */
    apiKey: string;
    /** Default: the server the generated client passes in (https://api.openphone.com). */
    baseUrl?: string;
    /** Default: `globalThis.fetch`, looked up at call time. */
    fetch?: (input: string, init: RequestInit) => Promise<Response>;
    /** Per attempt, headers and body included. Default 30000. */
    timeoutMs?: number;
    /** Default 2 (so at most 3 attempts). */
    maxRetries?: number;
    /**
     * Requests started per second; `false` disables the limiter. Default 10 (OpenPhone limits each
     * API key to 10 per second). Clients with the same key, baseUrl and rate share one limiter.
     */
    rateLimit?: number | false;
    /** Your own limiter (e.g. `createRateLimiter({ perSecond: 5 })` shared by chosen clients); wins over `rateLimit`. */
    rateLimiter?: RateLimiter;
    /**
     * Sent with every request (tracing, a mock server's switches). Authorization, Content-Type and
     * Content-Length are refused: the client sets those itself.
     */
    headers?: Record<string, string>;
    /** Default "compatible". */
    validateResponses?: ResponseValidation;
    /** Check the input before sending. Default true. */
    validateRequests?: boolean;
    /** Told about undeclared properties and enum values when validateResponses is "compatible". */
    onUnknown?: (info: UnknownInfo & {
        operationId: string;
    }) => void;
    userAgent?: string;
    /** Called before every attempt. A throwing hook is ignored. */
    onRequest?: (event: RequestEvent) => void;
    /** Called after the body of every attempt was read. A throwing hook is ignored. */
    onResponse?: (event: ResponseEvent) => void;
    /** Cap on the response body read, in bytes. Default 50 MiB. */
    maxResponseBytes?: number;
    /** Longest Retry-After honoured; a longer one ends the retries. Default 60000. */
    maxRetryAfterMs?: number;
    clock?: Clock;
    /** Jitter source, [0, 1). Default Math.random. */
    random?: () => number;
}
export interface CallOptions {
    /** Cancels the request and any wait (rate limit, backoff). */
    signal?: AbortSignal;
    timeoutMs?: number;
    maxRetries?: number;
    /** Sent with this call, over the client's `headers` (same reserved names refused). */
    headers?: Record<string, string>;
    /**
     * Also retry POST/PATCH on network errors, timeouts, 408 and 5xx. Off by default: the request
     * may have reached the server (POST /v1/messages would text someone twice).
     */
    retryUnsafe?: boolean;
}
export interface ResponseInfo {
    status: number;
    headers: Record<string, string>;
}
export type SafeResult<TData, TError> = {
    ok: true;
    data: TData;
    response: ResponseInfo;
} | {
    ok: false;
    error: TError;
};
