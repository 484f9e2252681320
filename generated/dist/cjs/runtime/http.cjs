var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var http_exports = {};
__export(http_exports, {
  createClientCore: () => createClientCore,
  request: () => request,
  safe: () => safe
});
module.exports = __toCommonJS(http_exports);
var import_errors = require("./errors.cjs");
var import_rate_limit = require("./rate-limit.cjs");
var import_retry = require("./retry.cjs");
var import_serialize = require("./serialize.cjs");
function createClientCore(options, defaultBaseUrl) {
  const { apiKey, ...rest } = options;
  if (typeof apiKey !== "string" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError("OpenPhone client: options.apiKey must be a non-empty string of visible ASCII characters");
  }
  const rate = rest.rateLimit === void 0 ? 10 : rest.rateLimit;
  const clock = rest.clock || import_retry.systemClock;
  return {
    options: { ...rest, baseUrl: rest.baseUrl || defaultBaseUrl },
    limiter: rate === false ? void 0 : (0, import_rate_limit.createRateLimiter)(Math.max(1, Math.floor(rate)), clock),
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
    if (error instanceof import_errors.OpenPhoneError) return { ok: false, error };
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
  const clock = options.clock || import_retry.systemClock;
  const { operationId, method } = descriptor;
  const where = { operationId, method, path: descriptor.path };
  const key = client.apiKey();
  const invalid = (found) => {
    const issues = found.map((i) => ({ ...i, found: (0, import_errors.redact)(i.found, key), message: (0, import_errors.redact)(i.message, key) }));
    return new import_errors.InvalidRequestError(`invalid input: ${issues.map((i) => i.message).join("; ")}`, where, issues);
  };
  if (options.validateRequests !== false && descriptor.request) {
    const checked = descriptor.request.validate(input);
    if (!checked.ok) throw invalid(checked.issues);
  }
  const serialized = (0, import_serialize.serializeRequest)(options.baseUrl, descriptor, input);
  if (Array.isArray(serialized)) throw invalid(serialized);
  const headers = { accept: "application/json", ...serialized.headers, authorization: key };
  if (options.userAgent) headers["user-agent"] = options.userAgent;
  const signal = call.signal;
  const maxRetries = call.maxRetries ?? options.maxRetries ?? 2;
  const init = { method, headers, body: serialized.body };
  const aborted = () => new import_errors.AbortedError("aborted by the caller", { ...where, cause: signal?.reason });
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
      throw (0, import_errors.errorFromResponse)(context, descriptor.errors, text, clock.now());
    } catch (caught) {
      if (!(caught instanceof import_errors.OpenPhoneError)) throw caught;
      error = caught;
    }
    if (attempt >= maxRetries || !(0, import_retry.isRetryable)(error, method, call.retryUnsafe === true)) throw error;
    const delay = (0, import_retry.retryDelay)(
      attempt,
      // Retry-After counts on any status that sends it (429, 503), not only on 429.
      (0, import_errors.parseRetryAfter)(error.headers["retry-after"], clock.now()),
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
    throw new import_errors.InvalidResponseError(`HTTP ${context.status}: body is not JSON`, { ...context, body: text }, "json", []);
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
  throw new import_errors.InvalidResponseError(
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
    if (!fetcher) throw new import_errors.NetworkError("no fetch: pass options.fetch", where);
    const response = await fetcher(url, { ...init, signal: controller.signal });
    const headers = (0, import_errors.headersObject)(response.headers, key);
    const max = options.maxResponseBytes ?? 52428800;
    const tooLarge = () => new import_errors.InvalidResponseError(
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
    return { status: response.status, headers, text: (0, import_errors.redact)(text, key) };
  } catch (error) {
    if (error instanceof import_errors.OpenPhoneError) throw error;
    if (signal?.aborted) throw new import_errors.AbortedError("aborted by the caller", { ...where, cause: signal.reason });
    if (timedOut) throw new import_errors.TimeoutError(`no complete response within ${timeoutMs} ms`, where);
    const code = error?.cause?.code;
    const text = `${error?.message}${typeof code === "string" ? ` (${code})` : ""}`;
    throw new import_errors.NetworkError(`network error: ${(0, import_errors.redact)(text, key)}`, { ...where, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forward);
  }
}
