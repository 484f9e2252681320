import {
  AbortedError,
  errorFromResponse,
  headersObject,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  OpenPhoneError,
  parseRetryAfter,
  redact,
  TimeoutError
} from "./errors.js";
import { createRateLimiter } from "./rate-limit.js";
import { isRetryable, retryDelay, systemClock } from "./retry.js";
import { serializeRequest } from "./serialize.js";
function createClientCore(options, defaultBaseUrl) {
  const { apiKey, ...rest } = options;
  if (typeof apiKey !== "string" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError("OpenPhone client: options.apiKey must be a non-empty string of visible ASCII characters");
  }
  const rate = rest.rateLimit === void 0 ? 10 : rest.rateLimit;
  const clock = rest.clock || systemClock;
  return {
    options: { ...rest, baseUrl: rest.baseUrl || defaultBaseUrl },
    limiter: rate === false ? void 0 : createRateLimiter(Math.max(1, Math.floor(rate)), clock),
    apiKey: () => apiKey
  };
}
async function request(client, descriptor, input, callOptions) {
  return (await send(client, descriptor, input, callOptions || {})).data;
}
async function safe(client, descriptor, input, callOptions) {
  try {
    const { data, response } = await send(client, descriptor, input, callOptions || {});
    return { ok: true, data, response };
  } catch (error) {
    if (error instanceof OpenPhoneError) return { ok: false, error };
    throw error;
  }
}
const swallow = (hook) => {
  try {
    hook?.();
  } catch {
  }
};
async function send(client, descriptor, input, call) {
  const options = client.options;
  const clock = options.clock || systemClock;
  const { operationId, method } = descriptor;
  const where = { operationId, method, path: descriptor.path };
  const key = client.apiKey();
  const invalid = (found) => {
    const issues = found.map((i) => ({ ...i, found: redact(i.found, key), message: redact(i.message, key) }));
    return new InvalidRequestError(`invalid input: ${issues.map((i) => i.message).join("; ")}`, where, issues);
  };
  if (options.validateRequests !== false && descriptor.request) {
    const checked = descriptor.request.validate(input);
    if (!checked.ok) throw invalid(checked.issues);
  }
  const serialized = serializeRequest(options.baseUrl, descriptor, input);
  if (Array.isArray(serialized)) throw invalid(serialized);
  const headers = { accept: "application/json", ...serialized.headers, authorization: key };
  if (options.userAgent) headers["user-agent"] = options.userAgent;
  const signal = call.signal;
  const maxRetries = call.maxRetries ?? options.maxRetries ?? 2;
  const init = { method, headers, body: serialized.body };
  const aborted = () => new AbortedError("aborted by the caller", { ...where, cause: signal?.reason });
  for (let attempt = 0; ; attempt++) {
    let error;
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
        return { data: parseSuccess(client, descriptor, context, text), response: { status, headers: responseHeaders } };
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
      options.maxRetryAfterMs ?? 6e4,
      options.random || Math.random
    );
    if (delay === void 0) throw error;
    try {
      await clock.sleep(delay, signal);
    } catch {
      throw aborted();
    }
  }
}
function parseSuccess(core, operation, context, text) {
  let body;
  try {
    body = text ? JSON.parse(text) : void 0;
  } catch {
    throw new InvalidResponseError(`HTTP ${context.status}: body is not JSON`, { ...context, body: text }, "json", []);
  }
  const mode = core.options.validateResponses || "compatible";
  const validator = operation.responses?.[context.status];
  if (mode === "off" || !validator) return body;
  const onUnknown = core.options.onUnknown;
  const checked = validator.validate(body, {
    mode,
    onUnknown: onUnknown && ((info) => swallow(() => onUnknown({ ...info, operationId: operation.operationId })))
  });
  if (checked.ok) return checked.value;
  const { issues } = checked;
  throw new InvalidResponseError(
    `HTTP ${context.status}: body does not match the contract: ${issues.slice(0, 3).map((i) => i.message).join("; ")}`,
    { ...context, body },
    "validation",
    issues
  );
}
async function attemptOnce(client, where, url, init, call) {
  const options = client.options;
  const key = client.apiKey();
  const controller = new AbortController();
  const signal = call.signal;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 3e4;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  signal?.addEventListener("abort", forward);
  try {
    const fetcher = options.fetch || globalThis.fetch;
    if (!fetcher) throw new NetworkError("no fetch: pass options.fetch", where);
    const response = await fetcher(url, { ...init, signal: controller.signal });
    const headers = headersObject(response.headers, key);
    const max = options.maxResponseBytes ?? 52428800;
    const tooLarge = () => new InvalidResponseError(
      `HTTP ${response.status}: body larger than maxResponseBytes (${max})`,
      { ...where, status: response.status, headers },
      "too_large",
      []
    );
    if (Number(headers["content-length"]) > max) {
      response.body?.cancel().catch(() => {
      });
      throw tooLarge();
    }
    let text = "";
    const reader = response.body?.getReader();
    if (reader) {
      const decoder = new TextDecoder();
      let size = 0;
      for (; ; ) {
        const chunk = await reader.read();
        if (chunk.done) break;
        size += chunk.value.byteLength;
        if (size > max) {
          reader.cancel().catch(() => {
          });
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
    const code = error?.cause?.code;
    const text = `${error?.message}${typeof code === "string" ? ` (${code})` : ""}`;
    throw new NetworkError(`network error: ${redact(text, key)}`, { ...where, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forward);
  }
}
export {
  createClientCore,
  request,
  safe
};
