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
var webhooks_exports = {};
__export(webhooks_exports, {
  WebhookError: () => WebhookError,
  constantTimeEqual: () => constantTimeEqual,
  createWebhookParser: () => createWebhookParser,
  legacyScheme: () => legacyScheme,
  standardWebhooksScheme: () => standardWebhooksScheme,
  verifyWebhook: () => verifyWebhook,
  verifyWith: () => verifyWith
});
module.exports = __toCommonJS(webhooks_exports);
var import_webhook_shapes = require("./webhook-shapes.cjs");
class WebhookError extends Error {
  constructor(reason, message, issues = []) {
    super(message);
    Object.assign(this, { name: "WebhookError", reason, issues });
  }
}
const DEFAULT_TOLERANCE_SECONDS = 300;
const encoder = new TextEncoder();
function verifyWebhook(options) {
  return verifyWith(options, BOTH_SCHEMES);
}
async function verifyWith(options, schemes) {
  const body = rawBody(options.body);
  const secrets = typeof options.secret === "string" ? [options.secret] : [...options.secret];
  if (secrets.length === 0) throw new TypeError("verifyWebhook: no secret given.");
  const seen = /* @__PURE__ */ new Map();
  const delivery = {
    read: (name) => {
      const values = seen.get(name) ?? headerValues(options.headers, name);
      seen.set(name, values);
      return values;
    },
    secrets,
    tolerance: options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    nowSeconds: Math.floor((options.now === void 0 ? Date.now() : Number(options.now)) / 1e3),
    // A string body is encoded once with its prefix; bytes are copied after the encoded prefix.
    signedWith: (prefix) => typeof body === "string" ? encoder.encode(prefix + body) : concat(encoder.encode(prefix), body),
    text: () => typeof body === "string" ? body : decodeText(body)
  };
  for (const scheme of schemes) if (scheme.headers.some((name) => delivery.read(name).length > 0)) return scheme.verify(delivery);
  throw new WebhookError("missing_header", `No signature headers (${schemes.map((s) => s.headers.join(", ")).join(" or ")}).`);
}
const STANDARD_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"];
const standardWebhooksScheme = {
  name: "standard-webhooks",
  headers: STANDARD_HEADERS,
  rank: 0,
  async verify(delivery) {
    const values = STANDARD_HEADERS.map(delivery.read);
    const missing = STANDARD_HEADERS.filter((_, index) => values[index].length === 0);
    const [id, stamp, signature] = values;
    if (missing.length > 0)
      throw new WebhookError("missing_header", `Standard Webhooks delivery without the ${missing.join(" and ")} header.`);
    const timestamp = stamp[0].trim();
    if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookError("malformed_header", "webhook-timestamp is not Unix seconds.");
    const candidates = signature.flatMap((value) => value.split(" ")).flatMap((entry) => entry.startsWith("v1,") ? [entry.slice(3).replace(/,$/, "")] : []);
    if (candidates.length === 0) throw new WebhookError("malformed_header", "webhook-signature holds no `v1,<base64>` entry.");
    checkTimestamp(Number(timestamp), delivery.nowSeconds, delivery.tolerance);
    const signed = delivery.signedWith(`${id[0].trim()}.${timestamp}.`);
    if (!await matches(delivery.secrets.map(standardKey), signed, candidates)) throw mismatch();
    return { scheme: "standard-webhooks", id: id[0].trim(), timestamp: Number(timestamp), text: delivery.text() };
  }
};
const legacyScheme = {
  name: "legacy",
  headers: ["openphone-signature"],
  rank: 1,
  async verify({ read, secrets, tolerance, nowSeconds, signedWith, text }) {
    const entries = read("openphone-signature").flatMap((value) => value.split(",")).map((entry) => entry.trim().split(";")).filter((fields) => fields.length === 4 && fields[0] === "hmac" && fields[1] === "1" && /^\d{1,16}$/.test(fields[2]));
    if (entries.length === 0)
      throw new WebhookError("malformed_header", "openphone-signature is not `hmac;1;<timestamp>;<base64 signature>`.");
    const fresh = entries.filter((fields) => Math.abs(legacySeconds(fields[2]) - nowSeconds) <= tolerance);
    if (fresh.length === 0) checkTimestamp(legacySeconds(entries[0][2]), nowSeconds, tolerance);
    const keys = secrets.flatMap((secret, index) => secret.startsWith("whsec_") ? [] : [legacyKey(secret, index)]);
    if (keys.length === 0)
      throw new WebhookError(
        "signature_mismatch",
        "A legacy (openphone-signature) delivery, but every secret is a whsec_ one: add the legacy key."
      );
    for (const fields of fresh) {
      const signed = signedWith(`${fields[2]}.`);
      if (await matches(keys, signed, [fields[3]]))
        return { scheme: "legacy", id: void 0, timestamp: legacySeconds(fields[2]), text: text() };
    }
    throw mismatch();
  }
};
const BOTH_SCHEMES = [standardWebhooksScheme, legacyScheme];
function createWebhookParser(options) {
  const table = /* @__PURE__ */ new Map();
  const schemes = /* @__PURE__ */ new Set();
  for (const event of options.events) {
    schemes.add(event.scheme);
    for (const type of event.types) table.set(`${event.scheme.name} ${type}`, event.shape);
  }
  const ranked = [...schemes].sort((a, b) => a.rank - b.rank);
  return (parse) => parseWith(parse, ranked, table);
}
async function parseWith(options, schemes, table) {
  const verified = await verifyWith(options, schemes);
  let payload;
  try {
    payload = JSON.parse(verified.text);
  } catch {
    throw new WebhookError("invalid_json", "Valid signature, but the body is not JSON.");
  }
  const type = typeof payload === "object" && payload !== null && !Array.isArray(payload) ? payload.type : void 0;
  if (typeof type !== "string") throw new WebhookError("invalid_payload", "The payload is not an object with a string `type`.");
  const strict = options.mode === "strict";
  const shown = JSON.stringify(type.slice(0, 64));
  const shape = table.get(`${verified.scheme} ${type}`);
  if (shape === void 0) {
    if (strict) throw new WebhookError("invalid_payload", `Unknown event type ${shown} (strict mode).`);
    return { ...payload, type, known: false };
  }
  const issues = (0, import_webhook_shapes.shapeIssues)(shape, payload, strict);
  if (issues.length > 0)
    throw new WebhookError("invalid_payload", `The ${shown} payload breaks its contract: ${issues[0].message}.`, issues);
  return payload;
}
function mismatch() {
  return new WebhookError("signature_mismatch", "No signature matches the body with the given secret(s).");
}
function checkTimestamp(seconds, nowSeconds, tolerance) {
  if (Math.abs(seconds - nowSeconds) > tolerance)
    throw new WebhookError(
      "timestamp_out_of_tolerance",
      `The signed timestamp is ${Math.round(seconds - nowSeconds)} s from now; at most ${tolerance} s is accepted.`
    );
}
function legacySeconds(digits) {
  return digits.length >= 12 ? Math.floor(Number(digits) / 1e3) : Number(digits);
}
async function matches(keys, signed, candidates) {
  const wanted = candidates.map(base64Bytes);
  const expected = await Promise.all(keys.map(async (key) => new Uint8Array(await crypto.subtle.sign("HMAC", await key, signed))));
  let found = false;
  for (const digest of expected)
    for (const candidate of wanted) if (candidate !== void 0 && constantTimeEqual(digest, candidate)) found = true;
  return found;
}
function constantTimeEqual(a, b) {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}
const keyCache = /* @__PURE__ */ new Map();
const KEY_CACHE_SIZE = 16;
function importKey(cacheKey, raw) {
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const key = crypto.subtle.importKey("raw", raw(), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value);
  keyCache.set(cacheKey, key);
  key.catch(() => keyCache.delete(cacheKey));
  return key;
}
function standardKey(secret, index) {
  const text = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  return importKey(`s:${text}`, () => secretBytes(text, index));
}
function legacyKey(secret, index) {
  return importKey(`l:${secret}`, () => secretBytes(secret, index));
}
function secretBytes(text, index) {
  const bytes = base64Bytes(text);
  if (bytes === void 0 || bytes.length === 0)
    throw new TypeError(`verifyWebhook: secret #${index + 1} is not base64 (after an optional whsec_).`);
  return bytes;
}
function base64Bytes(text) {
  try {
    const binary = atob(text.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return void 0;
  }
}
function rawBody(body) {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError(
    "verifyWebhook: `body` must be the raw body as received (string, Uint8Array or ArrayBuffer): re-serialised JSON does not verify."
  );
}
function decodeText(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WebhookError("invalid_json", "Valid signature, but the body is not UTF-8 text.");
  }
}
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
function headerValues(headers, name) {
  if (typeof headers.get === "function") {
    const value = headers.get(name);
    return value === null ? [] : [value];
  }
  const record = headers;
  const out = [];
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== name) continue;
    const value = record[key];
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) out.push(...value);
  }
  return out.filter((value) => value.trim() !== "");
}
