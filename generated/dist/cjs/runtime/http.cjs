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
  SAFE: () => SAFE,
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
const MAX_REDIRECTS = 5;
const REDIRECT = /^30[12378]$/;
const RESERVED = /^(authorization|content-type|content-length)$/i;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function createClientCore(options, defaultBaseUrl) {
  const { apiKey, ...rest } = options;
  if (typeof apiKey !== "string" || !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError("options.apiKey must be a non-empty string of visible ASCII");
  }
  const baseUrl = rest.baseUrl || defaultBaseUrl;
  let parsed;
  try {
    parsed = new URL(baseUrl);
  } catch {
  }
  if (!parsed || parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new TypeError('options.baseUrl must be an absolute http(s) URL, e.g. "https://api.openphone.com"');
  }
  if (parsed.username || parsed.password) {
    throw new TypeError(
      "options.baseUrl must not contain credentials (user:password@): remove them; the client sends apiKey itself, and other credentials go in options.headers"
    );
  }
  const headers = checkHeaders(rest.headers, "options.headers");
  if (typeof headers === "string") throw new TypeError(headers);
  const rate = rest.rateLimit ?? 10;
  if (rate !== false && !(rate > 0 && rate < Infinity)) throw new TypeError("options.rateLimit must be a positive number or false");
  let limiter = rest.rateLimiter;
  if (!limiter && rate !== false) {
    limiter = rest.clock ? (0, import_rate_limit.createRateLimiter)({ perSecond: rate, clock: rest.clock }) : (0, import_rate_limit.sharedRateLimiter)(apiKey, trim(baseUrl) === trim(defaultBaseUrl) ? "" : baseUrl, rate);
  }
  return { options: { ...rest, baseUrl, headers }, limiter, apiKey: () => apiKey };
}
const trim = (url) => url.replace(/\/+$/, "");
function checkHeaders(given, where) {
  const out = {};
  for (const name of Object.keys(given || {})) {
    const value = given[name];
    if (RESERVED.test(name)) return `${where}: "${name}" is set by the client itself and cannot be replaced; remove it`;
    if (!TOKEN.test(name)) return `${where}: ${JSON.stringify(name)} is not a valid header name`;
    if (typeof value !== "string" || /[\r\n\0]/.test(value)) {
      return `${where}: the value of "${name}" must be a string without line breaks`;
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}
function sameOrigin(from, location) {
  if (!location) return void 0;
  try {
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.href : void 0;
  } catch {
    return void 0;
  }
}
const SAFE = /* @__PURE__ */ Symbol("openphone-api.safe");
function request(client, descriptor, input, callOptions) {
  const sent = safe(client, descriptor, input, callOptions);
  if (callOptions && callOptions[SAFE]) return sent;
  return sent.then((result) => {
    if (result.ok) return result.data;
    throw result.error;
  });
}
function safe(client, descriptor, input, callOptions) {
  return send(client, descriptor, input, callOptions).catch((error) => {
    if ((0, import_errors.isOpenPhoneError)(error)) return { ok: false, error: (0, import_errors.redactError)(error, client.apiKey()) };
    throw error;
  });
}
function redirectDetail(location, followable, hops) {
  const why = !location ? "it names no Location" : !followable ? "only a GET, HEAD or DELETE without a body is sent again" : hops >= MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : "it leads to another origin (the API key is never sent there) or is not a URL";
  const to = location ? ` to ${location.length > 200 ? `${location.slice(0, 200)}\u2026` : location}` : "";
  return `redirect${to} not followed: ${why}`;
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
  const { body } = serialized;
  let url = serialized.url;
  const callHeaders = call.headers ? checkHeaders(call.headers, "headers") : void 0;
  if (typeof callHeaders === "string") {
    throw fail("invalid_request", callHeaders, { issues: [{ pointer: "", expected: "headers", found: "headers", message: callHeaders }] });
  }
  const headers = {
    accept: descriptor.accept || "application/json",
    ...options.headers,
    ...callHeaders,
    ...serialized.headers
  };
  if (!descriptor.anonymous) headers.authorization = key;
  if (options.userAgent) headers["user-agent"] = options.userAgent;
  const followable = body === void 0 && (method === "GET" || method === "HEAD" || method === "DELETE");
  let hops = 0;
  let backoff;
  for (let attempt = 0; ; attempt++) {
    const event = () => ({ operationId, method, url, attempt });
    let started = 0;
    let error;
    let info;
    let text = "";
    let unread;
    let next;
    const refuse = (reason, detail, body2, issues = []) => fail("invalid_response", detail, { ...info, body: body2, reason, issues });
    const controller = new AbortController();
    const stop = () => controller.abort();
    let timer;
    try {
      if (backoff !== void 0) await clock.sleep(backoff, signal);
      backoff = void 0;
      if (client.limiter) await client.limiter.acquire(signal);
      if (signal?.aborted) throw 0;
      started = clock.now();
      if (options.onRequest) hook(options.onRequest, event());
      timer = setTimeout(stop, timeoutMs);
      signal?.addEventListener("abort", stop);
      const fetcher = options.fetch || fetch;
      const response = await fetcher(url, { method, headers, body, signal: controller.signal, redirect: "manual" });
      info = { status: response.status, headers: (0, import_errors.headersObject)(response.headers, key) };
      if (followable && hops < MAX_REDIRECTS && REDIRECT.test(String(info.status))) {
        next = sameOrigin(url, info.headers.location);
        if (next) response.body?.cancel().catch(() => {
        });
      }
      const reader = next ? void 0 : response.body?.getReader();
      const decoder = new TextDecoder();
      let size = Number(info.headers["content-length"]) > max ? Infinity : 0;
      while (reader) {
        if (size > max) {
          reader.cancel().catch(() => {
          });
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
      if ((0, import_errors.isOpenPhoneError)(caught) && caught !== signal?.reason) throw caught;
      if (signal?.aborted) throw fail("aborted", "aborted by the caller", { cause: signal.reason });
      const code = caught?.cause?.code;
      const about = `${caught?.message}${code ? ` (${code})` : ""}`;
      error = controller.signal.aborted ? fail("timeout", `no complete response within ${timeoutMs} ms`) : fail("network", `network error: ${(0, import_errors.redact)(about, key)}`, { cause: caught });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", stop);
    }
    if (!error) {
      if (options.onResponse) hook(options.onResponse, { ...event(), ...info, durationMs: clock.now() - started });
      if (next) {
        url = next;
        hops++;
        attempt--;
        continue;
      }
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
      const location = info.headers.location;
      error = REDIRECT.test(String(status)) || status === 0 ? fail("unexpected_status", redirectDetail(location, followable, hops), { ...info, location }) : (0, import_errors.errorFromResponse)({ ...where, ...info }, descriptor.errors, text, clock.now(), key, unread);
    }
    if (attempt >= (call.maxRetries ?? options.maxRetries ?? 2) || !(0, import_retry.isRetryable)(error, method, call.retryUnsafe)) throw error;
    const wait = (0, import_retry.retryDelay)(
      attempt,
      // Retry-After counts on any status that sends it (429, 503), not only on 429.
      (0, import_errors.parseRetryAfter)(error.headers["retry-after"], clock.now()),
      options.maxRetryAfterMs ?? 6e4,
      options.random || Math.random
    );
    if (wait === void 0) throw error;
    backoff = wait;
  }
}
