const BRAND = /* @__PURE__ */ Symbol.for("openphone-api.error");
class OpenPhoneError extends Error {
  /**
   * The message is `HTTP <status> <code>: <detail> (<method> <path>, <operationId>)`, the
   * `HTTP ...:` part only when a response arrived.
   */
  constructor(kind, detail, context) {
    const { cause, ...fields } = context;
    const { status, code } = fields;
    super(`${status ? `HTTP ${status}${code ? ` ${code}` : ""}: ` : ""}${detail} (${fields.method} ${fields.path}, ${fields.operationId})`);
    Object.assign(
      this,
      {
        // "rate_limited" → "RateLimitError", else the kind in PascalCase: "invalid_request" → "InvalidRequestError".
        name: `${kind === "rate_limited" ? "RateLimit" : kind.replace(/(?:^|_)(.)/g, (_, c) => c.toUpperCase())}Error`,
        kind,
        status,
        code,
        title: void 0,
        traceId: void 0,
        headers: {},
        body: void 0
      },
      fields
    );
    if (cause !== void 0) Object.defineProperty(this, "cause", { value: cause });
  }
  toJSON() {
    return Object.assign({ name: this.name, message: this.message }, this);
  }
}
Object.defineProperty(OpenPhoneError.prototype, BRAND, { value: true });
Object.defineProperty(OpenPhoneError, Symbol.hasInstance, {
  value(value) {
    return this === OpenPhoneError ? isOpenPhoneError(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }
});
function isOpenPhoneError(value) {
  return typeof value === "object" && value !== null && value[BRAND] === true;
}
function redact(text2, secret) {
  return secret && text2.includes(secret) ? text2.split(secret).join("[redacted]") : text2;
}
function redactValue(value, secret) {
  if (typeof value === "string") return redact(value, secret);
  if (!secret || typeof value !== "object" || value === null) return value;
  const todo = [value];
  for (let node = todo.pop(); node; node = todo.pop()) {
    const record = node;
    for (const name of Object.keys(record)) {
      const item = record[name];
      const clean = typeof item === "string" ? redact(item, secret) : item;
      if (item !== null && typeof item === "object") todo.push(item);
      const cleanName = redact(name, secret);
      if (cleanName !== name) delete record[name];
      if (cleanName !== name || clean !== item) {
        Object.defineProperty(record, cleanName, { value: clean, writable: true, enumerable: true, configurable: true });
      }
    }
  }
  return value;
}
function redactError(error, secret) {
  if (!secret) return error;
  const fields = error;
  for (const name of ["message", "stack"]) {
    const value = fields[name];
    if (typeof value === "string" && value.includes(secret)) fields[name] = redact(value, secret);
  }
  if (fields.body !== void 0) fields.body = redactValue(fields.body, secret);
  if (fields.issues !== void 0) redactValue(fields.issues, secret);
  return error;
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
  const seconds = +value;
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
  }
  const flat = Object(body);
  const envelope = flat.error;
  const from = typeof envelope === "object" && envelope ? envelope : flat;
  return {
    body,
    message: text(from.message),
    code: text(from === flat ? from.code : from.key),
    title: text(from.title),
    traceId: text(from.trace)
  };
}
function errorFromResponse(context, documented, rawBody, now, secret = "", unread) {
  const { status } = context;
  const parsedBody = parseErrorBody(rawBody);
  redactValue(parsedBody, secret);
  const { message, ...parsed } = parsedBody;
  const about = unread || message || (rawBody ? "non-JSON body" : "empty body");
  const full = { ...context, ...parsed };
  if (status === 429) full.retryAfterMs = parseRetryAfter(context.headers["retry-after"], now);
  return new OpenPhoneError(
    status === 429 ? "rate_limited" : documented.includes(status) ? "api" : "unexpected_status",
    about.length > 300 ? `${about.slice(0, 300)}\u2026` : about,
    full
  );
}
export {
  OpenPhoneError,
  errorFromResponse,
  headersObject,
  isOpenPhoneError,
  parseErrorBody,
  parseRetryAfter,
  redact,
  redactError,
  redactValue
};
