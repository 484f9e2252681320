/**
 * The call machinery every generated operation goes through:
 * validate input → serialize → (rate limit → fetch with timeout → read capped body) × retries
 * → map status to error, or parse and validate the success body.
 */
import {
  AbortedError,
  type ErrorContext,
  errorFromResponse,
  headersObject,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  OpenPhoneError,
  parseRetryAfter,
  redact,
  TimeoutError,
} from "./errors.js";
import { createRateLimiter, type RateLimiter } from "./rate-limit.js";
import { isRetryable, retryDelay, systemClock } from "./retry.js";
import { serializeRequest } from "./serialize.js";
import type { CallOptions, ClientOptions, OperationDescriptor, ResponseInfo, SafeResult, ValidationIssue } from "./types.js";

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
    throw new TypeError("OpenPhone client: options.apiKey must be a non-empty string of visible ASCII characters");
  }
  const rate = rest.rateLimit === undefined ? 10 : rest.rateLimit;
  const clock = rest.clock || systemClock;
  return {
    options: { ...rest, baseUrl: rest.baseUrl || defaultBaseUrl },
    limiter: rate === false ? undefined : createRateLimiter(Math.max(1, Math.floor(rate)), clock),
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
  return (await send<TResult>(client, descriptor, input, callOptions || {})).data;
}

/** As `request`, but never throws an OpenPhoneError: `{ ok: true, data, response } | { ok: false, error }`. */
export async function safe<TResult, TError extends OpenPhoneError = OpenPhoneError>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  callOptions?: CallOptions,
): Promise<SafeResult<TResult, TError>> {
  try {
    const { data, response } = await send<TResult>(client, descriptor, input, callOptions || {});
    return { ok: true, data, response };
  } catch (error) {
    if (error instanceof OpenPhoneError) return { ok: false, error: error as TError };
    throw error;
  }
}

const swallow = (hook: (() => void) | undefined): void => {
  try {
    hook?.();
  } catch {
    // A hook is an observer: its failure must not change the call's outcome.
  }
};

async function send<T>(
  client: ClientCore,
  descriptor: OperationDescriptor,
  input: unknown,
  call: CallOptions,
): Promise<{ data: T; response: ResponseInfo }> {
  const options = client.options;
  const clock = options.clock || systemClock;
  const { operationId, method } = descriptor;
  const where: ErrorContext = { operationId, method, path: descriptor.path };
  const key = client.apiKey();
  const invalid = (found: ValidationIssue[]): InvalidRequestError => {
    // Issues quote input values; an input could hold the key (e.g. pasted into a field by mistake).
    const issues = found.map((i) => ({ ...i, found: redact(i.found, key), message: redact(i.message, key) }));
    return new InvalidRequestError(`invalid input: ${issues.map((i) => i.message).join("; ")}`, where, issues);
  };

  if (options.validateRequests !== false && descriptor.request) {
    const checked = descriptor.request.validate(input);
    if (!checked.ok) throw invalid(checked.issues);
  }
  const serialized = serializeRequest(options.baseUrl, descriptor, input as Record<string, unknown> | undefined);
  if (Array.isArray(serialized)) throw invalid(serialized);

  const headers: Record<string, string> = { accept: "application/json", ...serialized.headers, authorization: key };
  if (options.userAgent) headers["user-agent"] = options.userAgent;
  const signal = call.signal;
  const maxRetries = call.maxRetries ?? options.maxRetries ?? 2;
  const init = { method, headers, body: serialized.body };
  const aborted = (): AbortedError => new AbortedError("aborted by the caller", { ...where, cause: signal?.reason });

  for (let attempt = 0; ; attempt++) {
    let error: OpenPhoneError;
    try {
      const wait = client.limiter ? client.limiter.reserve() : 0;
      if (wait > 0) await clock.sleep(wait, signal);
    } catch {
      throw aborted();
    }
    if (signal?.aborted) throw aborted();
    try {
      const started = clock.now();
      const event = { operationId, method, url: serialized.url, attempt };
      swallow(() => options.onRequest?.(event));
      const { status, headers: responseHeaders, text } = await attemptOnce(client, where, serialized.url, init, call);
      swallow(() => options.onResponse?.({ ...event, status, headers: responseHeaders, durationMs: clock.now() - started }));
      const context = { ...where, status, headers: responseHeaders };
      if (status >= 200 && status < 300) {
        return { data: parseSuccess<T>(client, descriptor, context, text), response: { status, headers: responseHeaders } };
      }
      throw errorFromResponse(context, descriptor.errors, text, clock.now());
    } catch (caught) {
      if (!(caught instanceof OpenPhoneError)) throw caught;
      error = caught;
    }
    if (attempt >= maxRetries || !isRetryable(error, method, call.retryUnsafe === true)) throw error;
    const delay = retryDelay(
      attempt,
      // Retry-After counts on any status that sends it (429, 503), not only on 429.
      parseRetryAfter(error.headers["retry-after"], clock.now()),
      options.maxRetryAfterMs ?? 60000,
      options.random || Math.random,
    );
    if (delay === undefined) throw error;
    try {
      await clock.sleep(delay, signal);
    } catch {
      throw aborted();
    }
  }
}

/** A 2xx body: JSON (or empty), validated in the client's mode. */
function parseSuccess<R>(core: ClientCore, operation: OperationDescriptor, context: ErrorContext & { status: number }, text: string): R {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new InvalidResponseError(`HTTP ${context.status}: body is not JSON`, { ...context, body: text }, "json", []);
  }
  const mode = core.options.validateResponses || "compatible";
  const validator = operation.responses?.[context.status];
  if (mode === "off" || !validator) return body as R;
  const onUnknown = core.options.onUnknown;
  const checked = validator.validate(body, {
    mode,
    onUnknown: onUnknown && ((info) => swallow(() => onUnknown({ ...info, operationId: operation.operationId }))),
  });
  if (checked.ok) return checked.value as R;
  const { issues } = checked;
  throw new InvalidResponseError(
    `HTTP ${context.status}: body does not match the contract: ${issues
      .slice(0, 3)
      .map((i) => i.message)
      .join("; ")}`,
    { ...context, body },
    "validation",
    issues,
  );
}

/**
 * One fetch, with its own timeout covering headers and body. The body is read up to
 * `maxResponseBytes`; a longer one is cancelled and refused.
 */
async function attemptOnce(
  client: ClientCore,
  where: ErrorContext,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined },
  call: CallOptions,
): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const options = client.options;
  const key = client.apiKey();
  const controller = new AbortController();
  const signal = call.signal;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = (): void => controller.abort();
  signal?.addEventListener("abort", forward);
  try {
    // Called through a local, not as `options.fetch(...)`: a browser's fetch refuses another `this`.
    const fetcher = options.fetch || globalThis.fetch;
    if (!fetcher) throw new NetworkError("no fetch: pass options.fetch", where);
    const response = await fetcher(url, { ...init, signal: controller.signal });
    const headers = headersObject(response.headers, key);
    const max = options.maxResponseBytes ?? 52428800;
    const tooLarge = (): InvalidResponseError =>
      new InvalidResponseError(
        `HTTP ${response.status}: body larger than maxResponseBytes (${max})`,
        { ...where, status: response.status, headers },
        "too_large",
        [],
      );
    if (Number(headers["content-length"]) > max) {
      response.body?.cancel().catch(() => {});
      throw tooLarge();
    }
    let text = "";
    const reader = response.body?.getReader();
    if (reader) {
      const decoder = new TextDecoder();
      let size = 0;
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        size += chunk.value.byteLength;
        if (size > max) {
          reader.cancel().catch(() => {});
          throw tooLarge();
        }
        text += decoder.decode(chunk.value, { stream: true });
      }
      text += decoder.decode();
    }
    return { status: response.status, headers, text: redact(text, key) };
  } catch (error) {
    if (error instanceof OpenPhoneError) throw error;
    if (signal?.aborted) throw new AbortedError("aborted by the caller", { ...where, cause: signal.reason });
    if (timedOut) throw new TimeoutError(`no complete response within ${timeoutMs} ms`, where);
    // Node's fetch says only "fetch failed"; the socket's code (ECONNRESET...) is on its cause.
    const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    const text = `${(error as Error | undefined)?.message}${typeof code === "string" ? ` (${code})` : ""}`;
    throw new NetworkError(`network error: ${redact(text, key)}`, { ...where, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forward);
  }
}
