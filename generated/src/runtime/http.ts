/**
 * The call machinery every generated operation goes through:
 * validate input → serialize → (rate limit → fetch with timeout → read capped body) × retries
 * → map status to error, or parse and validate the success body.
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
  OpenPhoneError,
  parseRetryAfter,
  redact,
} from "./errors.js";
import { createRateLimiter, type RateLimiter } from "./rate-limit.js";
import { isRetryable, retryDelay, systemClock } from "./retry.js";
import { serializeRequest } from "./serialize.js";
import type { CallOptions, ClientOptions, OperationDescriptor, ResponseInfo, SafeResult, ValidationIssue } from "./types.js";
import { runCheck } from "./validation.js";

/**
 * A configured client: the options minus the key, and the limiter shared by all its calls.
 * Made by `createClientCore`; passed as the first argument of every operation function.
 */
export interface ClientCore {
  readonly options: Readonly<Omit<ClientOptions, "apiKey">> & { readonly baseUrl: string };
  readonly limiter: RateLimiter | undefined;
  /** A function, so the key shows up neither in util.inspect nor in JSON.stringify of the client. */
  readonly apiKey: () => string;
}

/**
 * Check the options and build the client state. No I/O, no environment read.
 * `defaultBaseUrl` is the spec's first server, passed in by the generated client.
 */
export function createClientCore(options: ClientOptions, defaultBaseUrl: string): ClientCore {
  const { apiKey, ...rest } = options;
  // A key with control characters would make fetch throw a message that may quote it.
  if (typeof apiKey !== "string" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError("options.apiKey must be a non-empty string of visible ASCII");
  }
  const rate = rest.rateLimit ?? 10;
  return {
    options: { ...rest, baseUrl: rest.baseUrl || defaultBaseUrl },
    limiter: rate === false ? undefined : createRateLimiter(Math.max(1, Math.floor(rate)), rest.clock || systemClock),
    apiKey: () => apiKey,
  };
}

/** Call one operation: resolves to the (validated) success body, or throws an OpenPhoneError. */
export async function request<TResult>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  callOptions?: CallOptions,
): Promise<TResult> {
  return (await send<TResult>(client, descriptor, input, callOptions)).data;
}

/** As `request`, but never throws an OpenPhoneError: `{ ok: true, data, response } | { ok: false, error }`. */
export function safe<TResult, TError extends OpenPhoneError = OpenPhoneError>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  callOptions?: CallOptions,
): Promise<SafeResult<TResult, TError>> {
  return send<TResult>(client, descriptor, input, callOptions).catch((error: unknown) => {
    if (error instanceof OpenPhoneError) return { ok: false, error: error as TError };
    throw error;
  });
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
  const { url, body } = serialized;
  const headers: Record<string, string> = { accept: descriptor.accept || "application/json", ...serialized.headers, authorization: key };
  if (options.userAgent) headers["user-agent"] = options.userAgent;

  for (let attempt = 0, delay = 0; ; attempt++) {
    const event = { operationId, method, url, attempt };
    let started = 0;
    let error: OpenPhoneError | undefined;
    let info!: ResponseInfo;
    let text = "";
    const refuse = (reason: InvalidResponseReason, detail: string, body?: unknown, issues: ValidationIssue[] = []): OpenPhoneError =>
      fail("invalid_response", detail, { ...info, body, reason, issues });
    // One fetch, with its own timeout covering headers and body (armed once the waits are over).
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // The backoff before a retry, then the rate limiter's slot; the caller's signal ends either
      // wait (sleep rejects) or stops the call before anything is sent.
      if (attempt) await clock.sleep(delay, signal);
      const wait = client.limiter ? client.limiter.reserve() : 0;
      if (wait > 0) await clock.sleep(wait, signal);
      if (signal?.aborted) throw 0;
      started = clock.now();
      hook(options.onRequest, event);
      timer = setTimeout(stop, timeoutMs);
      signal?.addEventListener("abort", stop);
      // Called through a local, not as `options.fetch(...)`: a browser's fetch refuses another `this`.
      // The global is looked up at call time; where there is none, the ReferenceError
      // ("fetch is not defined") becomes a network error.
      const fetcher = options.fetch || fetch;
      const response = await fetcher(url, { method, headers, body, signal: controller.signal });
      info = { status: response.status, headers: headersObject(response.headers, key) };
      // Read up to `max` bytes: refused before reading when Content-Length announces more, else
      // the read stops (and the stream is cancelled) once past it.
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let size = Number(info.headers["content-length"]) > max ? Infinity : 0;
      while (reader) {
        if (size > max) {
          reader.cancel().catch(() => {});
          throw refuse("too_large", `body larger than maxResponseBytes (${max})`);
        }
        const chunk = await reader.read();
        if (chunk.done) break;
        size += chunk.value.byteLength;
        text += decoder.decode(chunk.value, { stream: true });
      }
      text = redact(text + decoder.decode(), key);
    } catch (caught) {
      // Our own refusals pass through; the caller's abort reason (a wait rejects with it) may be
      // an OpenPhoneError too, e.g. a sibling call's failure: that is still this call aborted.
      if (caught instanceof OpenPhoneError && caught !== signal?.reason) throw caught;
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
      if (options.onResponse) hook(options.onResponse, { ...event, ...info, durationMs: clock.now() - started });
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
      error = errorFromResponse({ ...where, ...info }, descriptor.errors, text, clock.now());
    }

    if (attempt >= (call.maxRetries ?? options.maxRetries ?? 2) || !isRetryable(error, method, call.retryUnsafe)) throw error;
    const next = retryDelay(
      attempt,
      // Retry-After counts on any status that sends it (429, 503), not only on 429.
      parseRetryAfter(error.headers["retry-after"], clock.now()),
      options.maxRetryAfterMs ?? 60000,
      options.random || Math.random,
    );
    if (next === undefined) throw error;
    delay = next;
  }
}
