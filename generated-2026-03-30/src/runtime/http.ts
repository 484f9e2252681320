/**
 * The call machinery every generated operation goes through:
 * validate input → serialize → (rate limit → fetch with timeout → read capped body) × retries
 * → map status to error, or parse and validate the success body.
 *
 * Redirects are answered by this code, not by fetch (`redirect: "manual"`): a bodyless GET, HEAD
 * or DELETE follows a same-origin redirect (at most 5); anything else is never re-sent (a
 * re-POSTed /v1/messages texts someone twice, and the key must not travel to another origin) and
 * ends in an `unexpected_status` error naming the status and the Location.
 *
 * Written for a small bundle and a short call path: the whole call is one function (`send`),
 * every error's context is built in one place (`fail`), and the onResponse event (an object
 * spread, the costliest line when profiled) is built only when a hook observes it.
 */
import {
  type ErrorContext,
  type ErrorKind,
  errorFromResponse,
  headersObject,
  type InvalidResponseReason,
  isOpenPhoneError,
  OpenPhoneError,
  parseRetryAfter,
  redact,
  redactError,
} from "./errors.js";
import type { ValidationIssue } from "./issues.js";
import { createRateLimiter, sharedRateLimiter } from "./rate-limit.js";
import { isRetryable, retryDelay, systemClock } from "./retry.js";
import { serializeRequest } from "./serialize.js";
import type { CallOptions, ClientOptions, OperationDescriptor, RateLimiter, RequestEvent, ResponseInfo, SafeResult } from "./types.js";
import { runCheck } from "./validation.js";

/** Redirects a bodyless call follows before it reports the last one as an error. */
const MAX_REDIRECTS = 5;
const REDIRECT = /^30[12378]$/;
/** Headers the client sets itself: `headers` options may not replace them. */
const RESERVED = /^(authorization|content-type|content-length)$/i;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * A configured client: the options minus the key, and the limiter shared by all its calls.
 * Made by `createClientCore`; passed as the first argument of every operation function.
 */
export interface ClientCore {
  readonly options: Readonly<Omit<ClientOptions, "apiKey">> & { readonly baseUrl: string; readonly headers: Record<string, string> };
  readonly limiter: RateLimiter | undefined;
  /** A function, so the key shows up neither in util.inspect nor in JSON.stringify of the client. */
  readonly apiKey: () => string;
}

/**
 * Check the options and build the client state. No I/O, no environment read.
 * `defaultBaseUrl` is the spec's first server, passed in by the generated client.
 * Throws a TypeError that never quotes the key or the baseUrl (either may hold a secret).
 */
export function createClientCore(options: ClientOptions, defaultBaseUrl: string): ClientCore {
  const { apiKey, ...rest } = options;
  // A key with control characters would make fetch throw a message that may quote it.
  if (typeof apiKey !== "string" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError("options.apiKey must be a non-empty string of visible ASCII");
  }
  const baseUrl = rest.baseUrl || defaultBaseUrl;
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    // refused below, with the same message as another scheme
  }
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    throw new TypeError('options.baseUrl must be an absolute http(s) URL, e.g. "https://api.openphone.com"');
  }
  // fetch would send them as Basic auth next to the key, and they would show in every error.
  if (parsed.username || parsed.password) {
    throw new TypeError(
      "options.baseUrl must not contain credentials (user:password@): remove them; the client sends apiKey itself, and other credentials go in options.headers",
    );
  }
  const headers = checkHeaders(rest.headers, "options.headers");
  if (typeof headers === "string") throw new TypeError(headers);
  const rate = rest.rateLimit ?? 10;
  if (rate !== false && !(rate > 0 && rate < Infinity)) throw new TypeError("options.rateLimit must be a positive number or false");
  let limiter: RateLimiter | undefined = rest.rateLimiter;
  if (!limiter && rate !== false) {
    // An injected clock (tests) gets a limiter of its own; real clients share one per key.
    // The vendor limits per key across its APIs: each package's own default host counts as one
    // place (""), so a v1 and a dated client with one key share a limiter without being told to.
    limiter = rest.clock
      ? createRateLimiter({ perSecond: rate, clock: rest.clock })
      : sharedRateLimiter(apiKey, trim(baseUrl) === trim(defaultBaseUrl) ? "" : baseUrl, rate);
  }
  return { options: { ...rest, baseUrl, headers }, limiter, apiKey: () => apiKey };
}

const trim = (url: string): string => url.replace(/\/+$/, "");

/**
 * The `headers` option, names lower-cased; or why it is refused (the message names the header,
 * never its value, which may be a secret of its own).
 */
function checkHeaders(given: Record<string, string> | undefined, where: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const name of Object.keys(given || {})) {
    const value = (given as Record<string, unknown>)[name];
    if (RESERVED.test(name)) return `${where}: "${name}" is set by the client itself and cannot be replaced; remove it`;
    if (!TOKEN.test(name)) return `${where}: ${JSON.stringify(name)} is not a valid header name`;
    if (typeof value !== "string" || /[\r\n\0]/.test(value)) {
      return `${where}: the value of "${name}" must be a string without line breaks`;
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}

/** The absolute URL a redirect points to when it stays on the origin of `from`, else undefined. */
function sameOrigin(from: string, location: string | undefined): string | undefined {
  if (!location) return undefined;
  try {
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Set (to true) in the call options by a bound `.safe` method: `request` then resolves to the
 * `SafeResult` instead of throwing, so binding an operation needs only its one function.
 */
export const SAFE: unique symbol = Symbol("openphone-api.safe");

/** Call one operation: resolves to the (validated) success body, or throws an OpenPhoneError. */
export function request<TResult>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  callOptions?: CallOptions,
): Promise<TResult> {
  const sent = safe<TResult>(client, descriptor, input, callOptions);
  if (callOptions && (callOptions as { [SAFE]?: boolean })[SAFE]) return sent as Promise<never>;
  return sent.then((result) => {
    if (result.ok) return result.data;
    throw result.error;
  });
}

/** As `request`, but never throws an OpenPhoneError: `{ ok: true, data, response } | { ok: false, error }`. */
export function safe<TResult, TError extends OpenPhoneError = OpenPhoneError>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  callOptions?: CallOptions,
): Promise<SafeResult<TResult, TError>> {
  return send<TResult>(client, descriptor, input, callOptions).catch((error: unknown) => {
    if (isOpenPhoneError(error)) return { ok: false, error: redactError(error, client.apiKey()) as TError };
    throw error;
  });
}

/** Why a redirect was not followed, for its `unexpected_status` error (status and Location are fields too). */
function redirectDetail(location: string | undefined, followable: boolean, hops: number): string {
  const why = !location
    ? "it names no Location"
    : !followable
      ? "only a GET, HEAD or DELETE without a body is sent again"
      : hops >= MAX_REDIRECTS
        ? `more than ${MAX_REDIRECTS} redirects`
        : "it leads to another origin (the API key is never sent there) or is not a URL";
  const to = location ? ` to ${location.length > 200 ? `${location.slice(0, 200)}…` : location}` : "";
  return `redirect${to} not followed: ${why}`;
}

/** Call an observer; its failure must not change the call's outcome. */
function hook<E>(observer: ((event: E) => void) | undefined, event: E): void {
  try {
    observer?.(event);
  } catch {
    // ignored on purpose
  }
}

async function send<T>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  call: CallOptions = {},
): Promise<{ ok: true; data: T; response: ResponseInfo }> {
  const options = client.options;
  const clock = options.clock || systemClock;
  const key = client.apiKey();
  const { operationId, method } = descriptor;
  const signal = call.signal;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30000;
  const max = options.maxResponseBytes ?? 52428800;
  // The one place an error's context is built: the operation, then what is known.
  const where = { operationId, method, path: descriptor.path };
  const fail = (kind: ErrorKind, detail: string, more?: Partial<ErrorContext>): OpenPhoneError =>
    new OpenPhoneError(kind, detail, { ...where, ...more });
  const invalid = (found: ValidationIssue[]): OpenPhoneError => {
    // Issues quote input values; an input could hold the key (e.g. pasted into a field by mistake).
    const issues = found.map((i) => ({ ...i, found: redact(i.found, key), message: redact(i.message, key) }));
    return fail("invalid_request", `invalid input: ${issues.map((i) => i.message).join("; ")}`, { issues });
  };

  const checks = descriptor.checks;
  if (options.validateRequests !== false && checks) {
    const checked = runCheck(checks.request, input, true);
    if (!checked.ok) throw invalid(checked.issues);
  }
  const serialized = serializeRequest(options.baseUrl, descriptor, input as Record<string, unknown> | undefined);
  if (Array.isArray(serialized)) throw invalid(serialized);
  const { body } = serialized;
  let url = serialized.url;
  const callHeaders = call.headers ? checkHeaders(call.headers, "headers") : undefined;
  if (typeof callHeaders === "string") {
    throw fail("invalid_request", callHeaders, { issues: [{ pointer: "", expected: "headers", found: "headers", message: callHeaders }] });
  }
  const headers: Record<string, string> = {
    accept: descriptor.accept || "application/json",
    ...options.headers,
    ...callHeaders,
    ...serialized.headers,
  };
  if (!descriptor.anonymous) headers.authorization = key;
  if (options.userAgent) headers["user-agent"] = options.userAgent;
  // Only a request without a body can be sent again to where a redirect points.
  const followable = body === undefined && (method === "GET" || method === "HEAD" || method === "DELETE");
  let hops = 0;
  // The wait before a retry (none before the first try or a followed redirect).
  let backoff: number | undefined;

  for (let attempt = 0; ; attempt++) {
    // Hook events are built only when a hook observes them.
    const event = (): RequestEvent => ({ operationId, method, url, attempt });
    let started = 0;
    let error: OpenPhoneError | undefined;
    let info!: ResponseInfo;
    let text = "";
    let unread: string | undefined;
    let next: string | undefined;
    const refuse = (reason: InvalidResponseReason, detail: string, body?: unknown, issues: ValidationIssue[] = []): OpenPhoneError =>
      fail("invalid_response", detail, { ...info, body, reason, issues });
    // One fetch, with its own timeout covering headers and body (armed once the waits are over).
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // The backoff before a retry, then the rate limiter's slot; the caller's signal ends either
      // wait (sleep rejects) or stops the call before anything is sent.
      if (backoff !== undefined) await clock.sleep(backoff, signal);
      backoff = undefined;
      if (client.limiter) await client.limiter.acquire(signal);
      if (signal?.aborted) throw 0;
      started = clock.now();
      if (options.onRequest) hook(options.onRequest, event());
      timer = setTimeout(stop, timeoutMs);
      signal?.addEventListener("abort", stop);
      // Called through a local, not as `options.fetch(...)`: a browser's fetch refuses another `this`.
      // The global is looked up at call time; where there is none, the ReferenceError
      // ("fetch is not defined") becomes a network error.
      const fetcher = options.fetch || fetch;
      const response = await fetcher(url, { method, headers, body, signal: controller.signal, redirect: "manual" });
      info = { status: response.status, headers: headersObject(response.headers, key) };
      if (followable && hops < MAX_REDIRECTS && REDIRECT.test(String(info.status))) {
        next = sameOrigin(url, info.headers.location);
        if (next) response.body?.cancel().catch(() => {});
      }
      // Read up to `max` bytes: refused before reading when Content-Length announces more, else
      // the read stops (and the stream is cancelled) once past it. The cap holds for every body;
      // over it, a 2xx is refused, an error status is still reported (and retried) by its status.
      const reader = next ? undefined : response.body?.getReader();
      const decoder = new TextDecoder();
      let size = Number(info.headers["content-length"]) > max ? Infinity : 0;
      while (reader) {
        if (size > max) {
          reader.cancel().catch(() => {});
          const over = `body larger than maxResponseBytes (${max})`;
          if (info.status > 199 && info.status < 300) throw refuse("too_large", over);
          unread = `${over}, not read`;
          text = "";
          break;
        }
        const chunk = await reader.read();
        if (chunk.done) break;
        size += chunk.value.byteLength;
        text += decoder.decode(chunk.value, { stream: true });
      }
      if (!unread) text += decoder.decode();
    } catch (caught) {
      // Our own refusals pass through; the caller's abort reason (a wait rejects with it) may be
      // an OpenPhoneError too, e.g. a sibling call's failure: that is still this call aborted.
      if (isOpenPhoneError(caught) && caught !== signal?.reason) throw caught;
      if (signal?.aborted) throw fail("aborted", "aborted by the caller", { cause: signal.reason });
      // Node's fetch says only "fetch failed"; the socket's code (ECONNRESET...) is on its cause.
      const code = (caught as { cause?: { code?: unknown } } | undefined)?.cause?.code;
      const about = `${(caught as Error | undefined)?.message}${code ? ` (${code})` : ""}`;
      error = controller.signal.aborted
        ? fail("timeout", `no complete response within ${timeoutMs} ms`)
        : fail("network", `network error: ${redact(about, key)}`, { cause: caught });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", stop);
    }

    if (!error) {
      if (options.onResponse) hook(options.onResponse, { ...event(), ...info, durationMs: clock.now() - started });
      if (next) {
        // Followed at once: a redirect is neither a retry nor a failure.
        url = next;
        hops++;
        attempt--;
        continue;
      }
      const { status } = info;
      if (status > 199 && status < 300) {
        let data: unknown;
        if (descriptor.accept) {
          // A non-JSON success body (text/plain...): the text itself, checked as a string.
          data = text;
        } else {
          try {
            data = text ? JSON.parse(text) : undefined;
          } catch {
            throw refuse("json", "body is not JSON", text);
          }
        }
        const mode = options.validateResponses || "compatible";
        const check = checks?.responses[status];
        if (mode !== "off" && check) {
          const onUnknown = options.onUnknown;
          const checked = runCheck(
            check,
            data,
            mode === "strict",
            onUnknown && ((unknown) => hook(onUnknown, { ...unknown, operationId })),
          );
          if (!checked.ok) {
            const issues = checked.issues;
            const first = issues.slice(0, 3).map((i) => i.message);
            throw refuse("validation", `body does not match the contract: ${first.join("; ")}`, data, issues);
          }
          data = checked.value;
        }
        return { ok: true, data: data as T, response: info };
      }
      // Status 0: a browser's opaque redirect, whose target it hides.
      const location = info.headers.location;
      error =
        REDIRECT.test(String(status)) || status === 0
          ? fail("unexpected_status", redirectDetail(location, followable, hops), { ...info, location })
          : errorFromResponse({ ...where, ...info }, descriptor.errors, text, clock.now(), key, unread);
    }

    if (attempt >= (call.maxRetries ?? options.maxRetries ?? 2) || !isRetryable(error, method, call.retryUnsafe)) throw error;
    const wait = retryDelay(
      attempt,
      // Retry-After counts on any status that sends it (429, 503), not only on 429.
      parseRetryAfter(error.headers["retry-after"], clock.now()),
      options.maxRetryAfterMs ?? 60000,
      options.random || Math.random,
    );
    if (wait === undefined) throw error;
    backoff = wait;
  }
}
