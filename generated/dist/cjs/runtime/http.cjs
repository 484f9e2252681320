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
var import_validation = require("./validation.cjs");
function createClientCore(options, defaultBaseUrl) {
  const { apiKey, ...rest } = options;
  if (typeof apiKey !== "string" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError("options.apiKey must be a non-empty string of visible ASCII");
  }
  const rate = rest.rateLimit ?? 10;
  return {
    options: { ...rest, baseUrl: rest.baseUrl || defaultBaseUrl },
    limiter: rate === false ? void 0 : (0, import_rate_limit.createRateLimiter)(Math.max(1, Math.floor(rate)), rest.clock || import_retry.systemClock),
    apiKey: () => apiKey
  };
}
async function request(client, descriptor, input, callOptions) {
  return (await send(client, descriptor, input, callOptions)).data;
}
function safe(client, descriptor, input, callOptions) {
  return send(client, descriptor, input, callOptions).catch((error) => {
    if (error instanceof import_errors.OpenPhoneError) return { ok: false, error };
    throw error;
  });
}
function hook(observer, event) {
  try {
    observer?.(event);
  } catch {
  }
}
async function send(client, descriptor, input, call = {}) {
  const options = client.options;
  const clock = options.clock || import_retry.systemClock;
  const key = client.apiKey();
  const { operationId, method } = descriptor;
  const signal = call.signal;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 3e4;
  const max = options.maxResponseBytes ?? 52428800;
  const where = { operationId, method, path: descriptor.path };
  const fail = (kind, detail, more) => new import_errors.OpenPhoneError(kind, detail, { ...where, ...more });
  const invalid = (found) => {
    const issues = found.map((i) => ({ ...i, found: (0, import_errors.redact)(i.found, key), message: (0, import_errors.redact)(i.message, key) }));
    return fail("invalid_request", `invalid input: ${issues.map((i) => i.message).join("; ")}`, { issues });
  };
  const checks = descriptor.checks;
  if (options.validateRequests !== false && checks) {
    const checked = (0, import_validation.runCheck)(checks.request, input, true);
    if (!checked.ok) throw invalid(checked.issues);
  }
  const serialized = (0, import_serialize.serializeRequest)(options.baseUrl, descriptor, input);
  if (Array.isArray(serialized)) throw invalid(serialized);
  const { url, body } = serialized;
  const headers = { accept: descriptor.accept || "application/json", ...serialized.headers, authorization: key };
  if (options.userAgent) headers["user-agent"] = options.userAgent;
  for (let attempt = 0, delay = 0; ; attempt++) {
    const event = { operationId, method, url, attempt };
    let started = 0;
    let error;
    let info;
    let text = "";
    const refuse = (reason, detail, body2, issues = []) => fail("invalid_response", detail, { ...info, body: body2, reason, issues });
    const controller = new AbortController();
    const stop = () => controller.abort();
    let timer;
    try {
      if (attempt) await clock.sleep(delay, signal);
      const wait = client.limiter ? client.limiter.reserve() : 0;
      if (wait > 0) await clock.sleep(wait, signal);
      if (signal?.aborted) throw 0;
      started = clock.now();
      hook(options.onRequest, event);
      timer = setTimeout(stop, timeoutMs);
      signal?.addEventListener("abort", stop);
      const fetcher = options.fetch || fetch;
      const response = await fetcher(url, { method, headers, body, signal: controller.signal });
      info = { status: response.status, headers: (0, import_errors.headersObject)(response.headers, key) };
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let size = Number(info.headers["content-length"]) > max ? Infinity : 0;
      while (reader) {
        if (size > max) {
          reader.cancel().catch(() => {
          });
          throw refuse("too_large", `body larger than maxResponseBytes (${max})`);
        }
        const chunk = await reader.read();
        if (chunk.done) break;
        size += chunk.value.byteLength;
        text += decoder.decode(chunk.value, { stream: true });
      }
      text = (0, import_errors.redact)(text + decoder.decode(), key);
    } catch (caught) {
      if (caught instanceof import_errors.OpenPhoneError && caught !== signal?.reason) throw caught;
      if (signal?.aborted) throw fail("aborted", "aborted by the caller", { cause: signal.reason });
      const code = caught?.cause?.code;
      const about = `${caught?.message}${code ? ` (${code})` : ""}`;
      error = controller.signal.aborted ? fail("timeout", `no complete response within ${timeoutMs} ms`) : fail("network", `network error: ${(0, import_errors.redact)(about, key)}`, { cause: caught });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", stop);
    }
    if (!error) {
      if (options.onResponse) hook(options.onResponse, { ...event, ...info, durationMs: clock.now() - started });
      const { status } = info;
      if (status > 199 && status < 300) {
        let data;
        if (descriptor.accept) {
          data = text;
        } else {
          try {
            data = text ? JSON.parse(text) : void 0;
          } catch {
            throw refuse("json", "body is not JSON", text);
          }
        }
        const mode = options.validateResponses || "compatible";
        const check = checks?.responses[status];
        if (mode !== "off" && check) {
          const onUnknown = options.onUnknown;
          const checked = (0, import_validation.runCheck)(
            check,
            data,
            mode === "strict",
            onUnknown && ((unknown) => hook(onUnknown, { ...unknown, operationId }))
          );
          if (!checked.ok) {
            const issues = checked.issues;
            const first = issues.slice(0, 3).map((i) => i.message);
            throw refuse("validation", `body does not match the contract: ${first.join("; ")}`, data, issues);
          }
          data = checked.value;
        }
        return { ok: true, data, response: info };
      }
      error = (0, import_errors.errorFromResponse)({ ...where, ...info }, descriptor.errors, text, clock.now());
    }
    if (attempt >= (call.maxRetries ?? options.maxRetries ?? 2) || !(0, import_retry.isRetryable)(error, method, call.retryUnsafe)) throw error;
    const next = (0, import_retry.retryDelay)(
      attempt,
      // Retry-After counts on any status that sends it (429, 503), not only on 429.
      (0, import_errors.parseRetryAfter)(error.headers["retry-after"], clock.now()),
      options.maxRetryAfterMs ?? 6e4,
      options.random || Math.random
    );
    if (next === void 0) throw error;
    delay = next;
  }
}
