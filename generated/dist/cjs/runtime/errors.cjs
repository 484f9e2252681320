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
var errors_exports = {};
__export(errors_exports, {
  AbortedError: () => AbortedError,
  ApiError: () => ApiError,
  InvalidRequestError: () => InvalidRequestError,
  InvalidResponseError: () => InvalidResponseError,
  NetworkError: () => NetworkError,
  OpenPhoneError: () => OpenPhoneError,
  RateLimitError: () => RateLimitError,
  TimeoutError: () => TimeoutError,
  UnexpectedStatusError: () => UnexpectedStatusError,
  errorFromResponse: () => errorFromResponse,
  headersObject: () => headersObject,
  parseErrorBody: () => parseErrorBody,
  parseRetryAfter: () => parseRetryAfter,
  redact: () => redact
});
module.exports = __toCommonJS(errors_exports);
class OpenPhoneError extends Error {
  constructor(kind, name, detail, context) {
    super(`${detail} (${context.method} ${context.path}, ${context.operationId})`);
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
    if (context.cause !== void 0) Object.defineProperty(this, "cause", { value: context.cause });
  }
  toJSON() {
    return Object.assign({ name: this.name, message: this.message }, this);
  }
}
class ApiError extends OpenPhoneError {
  constructor(detail, context) {
    super("api", "ApiError", detail, context);
  }
}
class RateLimitError extends OpenPhoneError {
  constructor(detail, context, retryAfterMs) {
    super("rate_limited", "RateLimitError", detail, context);
    this.retryAfterMs = retryAfterMs;
  }
}
class UnexpectedStatusError extends OpenPhoneError {
  constructor(detail, context) {
    super("unexpected_status", "UnexpectedStatusError", detail, context);
  }
}
class NetworkError extends OpenPhoneError {
  constructor(detail, context) {
    super("network", "NetworkError", detail, context);
  }
}
class TimeoutError extends OpenPhoneError {
  constructor(detail, context) {
    super("timeout", "TimeoutError", detail, context);
  }
}
class AbortedError extends OpenPhoneError {
  constructor(detail, context) {
    super("aborted", "AbortedError", detail, context);
  }
}
class InvalidResponseError extends OpenPhoneError {
  constructor(detail, context, reason, issues) {
    super("invalid_response", "InvalidResponseError", detail, context);
    this.reason = reason;
    this.issues = issues;
  }
}
class InvalidRequestError extends OpenPhoneError {
  constructor(detail, context, issues) {
    super("invalid_request", "InvalidRequestError", detail, context);
    this.issues = issues;
  }
}
function redact(text2, secret) {
  return secret ? text2.split(secret).join("[redacted]") : text2;
}
function headersObject(headers, secret) {
  const out = {};
  headers.forEach((value, name) => {
    if (name !== "authorization") out[name] = redact(value, secret);
  });
  return out;
}
function parseRetryAfter(value, now) {
  if (!value) return void 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds < 0 ? void 0 : seconds * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
const text = (value) => typeof value === "string" && value ? value : void 0;
function parseErrorBody(raw) {
  let body = raw || void 0;
  try {
    body = JSON.parse(raw);
  } catch {
    return { body };
  }
  if (typeof body !== "object" || body === null) return { body };
  const flat = body;
  const envelope = flat.error;
  if (typeof envelope === "object" && envelope !== null) {
    const e = envelope;
    return { body, message: text(e.message), code: text(e.key), traceId: text(e.trace) };
  }
  return { body, message: text(flat.message), code: text(flat.code), title: text(flat.title), traceId: text(flat.trace) };
}
function errorFromResponse(context, documented, rawBody, now) {
  const { status } = context;
  const { message, ...parsed } = parseErrorBody(rawBody);
  const full = { ...context, ...parsed };
  const about = message || (rawBody ? "non-JSON body" : "empty body");
  const detail = `HTTP ${status}${parsed.code ? ` ${parsed.code}` : ""}: ${about.length > 300 ? `${about.slice(0, 300)}\u2026` : about}`;
  if (status === 429) return new RateLimitError(detail, full, parseRetryAfter(context.headers["retry-after"], now));
  if (documented.indexOf(status) >= 0) return new ApiError(detail, full);
  return new UnexpectedStatusError(detail, full);
}
