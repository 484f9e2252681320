/**
 * Verifying webhook deliveries, for both of the vendor's signature schemes
 * (see the generated README, "Receive webhooks"):
 *
 * - legacy (webhooks made in the app or with /v1/webhooks/*): one header
 *   `openphone-signature: hmac;1;<timestamp>;<base64 signature>`, HMAC-SHA256
 *   over `<timestamp>.<raw body>` with the base64-decoded signing key; several
 *   comma-separated entries may be sent, any one matching is enough;
 * - Standard Webhooks (the 2026-03-30 API): `webhook-id`, `webhook-timestamp`
 *   (Unix seconds) and `webhook-signature` (space-separated `v1,<base64>`),
 *   HMAC-SHA256 over `<id>.<timestamp>.<raw body>` with the key after `whsec_`.
 *
 * Web Crypto only (`crypto.subtle`), so it runs on Node 18+, in browsers' workers
 * and on edge runtimes. No error message ever contains a secret or a signature.
 */

import type { ValidationIssue } from "./types.js";
import { type Shape, shapeIssues } from "./webhook-shapes.js";

export type WebhookErrorReason =
  | "missing_header"
  | "malformed_header"
  | "timestamp_out_of_tolerance"
  | "signature_mismatch"
  | "invalid_json"
  | "invalid_payload";

/** The one error verification and parsing throw; `reason` tells the failures apart. */
export class WebhookError extends Error {
  // Declared, then assigned in the constructor: class fields would compile to a defineProperty helper.
  declare readonly name: "WebhookError";
  declare readonly reason: WebhookErrorReason;
  /** For `invalid_payload`: where the payload breaks the event's contract. */
  declare readonly issues: readonly ValidationIssue[];
  constructor(reason: WebhookErrorReason, message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    Object.assign(this, { name: "WebhookError", reason, issues });
  }
}

/** A `Headers` object (fetch, edge runtimes) or a plain record such as node:http's `req.headers`. */
export type WebhookHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };

export interface VerifyWebhookOptions {
  /** The body exactly as received: raw bytes or the string they decode to. Re-serialised JSON does not verify. */
  body: string | Uint8Array | ArrayBuffer;
  headers: WebhookHeaders;
  /**
   * The signing secret, or several during a rotation (any one may match): `whsec_…` for
   * Standard Webhooks (the prefix is optional), the base64 key for legacy webhooks.
   */
  secret: string | readonly string[];
  /** How far the signed timestamp may be from now, either way. Default 300 s. */
  toleranceSeconds?: number;
  /** The current time (a Date or epoch milliseconds), for tests. Default: the clock. */
  now?: Date | number;
}

export type WebhookScheme = "standard-webhooks" | "legacy";

/** What a verified delivery carries besides its body. */
export interface VerifiedWebhook {
  scheme: WebhookScheme;
  /** `webhook-id` (Standard Webhooks): the same across retries; deduplicate on it. Absent for legacy. */
  id: string | undefined;
  /** The signed timestamp, Unix seconds. */
  timestamp: number;
  /** The body as text (UTF-8), ready for JSON.parse. */
  text: string;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
/** Bytes Web Crypto accepts (not backed by a SharedArrayBuffer). */
type Bytes = Uint8Array<ArrayBuffer>;
const encoder = new TextEncoder();

/** Verify a delivery's signature and timestamp; throws a `WebhookError` when it must be refused. */
export function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedWebhook> {
  return verifyWith(options, BOTH_SCHEMES);
}

/** A delivery as each scheme's verifier sees it. */
export interface WebhookDelivery {
  read(name: string): string[];
  secrets: string[];
  tolerance: number;
  nowSeconds: number;
  /** The signed bytes: `prefix` then the raw body. */
  signedWith(prefix: string): Bytes;
  text(): string;
}

/**
 * One signature scheme: the headers that announce it and its verifier. Event definitions
 * name theirs, so a parser made for one scheme's events carries only that scheme's code.
 */
export interface WebhookSchemeVerifier {
  readonly name: WebhookScheme;
  /** Any one of these present: the delivery uses this scheme. */
  readonly headers: readonly string[];
  /** Tried first when a delivery carries the headers of several schemes (Standard Webhooks wins). */
  readonly rank: number;
  readonly verify: (delivery: WebhookDelivery) => Promise<VerifiedWebhook>;
}

/** Verify with the first scheme (`schemes` are in rank order) whose headers the delivery carries. */
export async function verifyWith(options: VerifyWebhookOptions, schemes: readonly WebhookSchemeVerifier[]): Promise<VerifiedWebhook> {
  const body = rawBody(options.body);
  const secrets = typeof options.secret === "string" ? [options.secret] : [...options.secret];
  if (secrets.length === 0) throw new TypeError("verifyWebhook: no secret given.");
  // Detection and the verifier read the same headers: each is looked up once.
  const seen = new Map<string, string[]>();
  const delivery: WebhookDelivery = {
    read: (name) => {
      const values = seen.get(name) ?? headerValues(options.headers, name);
      seen.set(name, values);
      return values;
    },
    secrets,
    tolerance: options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    nowSeconds: Math.floor((options.now === undefined ? Date.now() : Number(options.now)) / 1000),
    // A string body is encoded once with its prefix; bytes are copied after the encoded prefix.
    signedWith: (prefix) => (typeof body === "string" ? encoder.encode(prefix + body) : concat(encoder.encode(prefix), body)),
    text: () => (typeof body === "string" ? body : decodeText(body)),
  };
  for (const scheme of schemes) if (scheme.headers.some((name) => delivery.read(name).length > 0)) return scheme.verify(delivery);
  throw new WebhookError("missing_header", `No signature headers (${schemes.map((s) => s.headers.join(", ")).join(" or ")}).`);
}

const STANDARD_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"];

/** Standard Webhooks (the 2026-03-30 API): `webhook-id`, `webhook-timestamp`, `webhook-signature`. */
export const standardWebhooksScheme: WebhookSchemeVerifier = {
  name: "standard-webhooks",
  headers: STANDARD_HEADERS,
  rank: 0,
  async verify(delivery) {
    const values = STANDARD_HEADERS.map(delivery.read);
    const missing = STANDARD_HEADERS.filter((_, index) => values[index]!.length === 0);
    const [id, stamp, signature] = values as [string[], string[], string[]];
    if (missing.length > 0)
      throw new WebhookError("missing_header", `Standard Webhooks delivery without the ${missing.join(" and ")} header.`);
    const timestamp = stamp[0]!.trim();
    if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookError("malformed_header", "webhook-timestamp is not Unix seconds.");
    const candidates = signature
      .flatMap((value) => value.split(" "))
      // A Headers object joins repeated headers with ", ": the comma is not part of an entry.
      .flatMap((entry) => (entry.startsWith("v1,") ? [entry.slice(3).replace(/,$/, "")] : []));
    if (candidates.length === 0) throw new WebhookError("malformed_header", "webhook-signature holds no `v1,<base64>` entry.");
    checkTimestamp(Number(timestamp), delivery.nowSeconds, delivery.tolerance);
    const signed = delivery.signedWith(`${id[0]!.trim()}.${timestamp}.`);
    if (!(await matches(delivery.secrets.map(standardKey), signed, candidates))) throw mismatch();
    return { scheme: "standard-webhooks", id: id[0]!.trim(), timestamp: Number(timestamp), text: delivery.text() };
  },
};

/** Legacy webhooks (made in the app or with /v1/webhooks): `openphone-signature: hmac;1;<timestamp>;<base64>`. */
export const legacyScheme: WebhookSchemeVerifier = {
  name: "legacy",
  headers: ["openphone-signature"],
  rank: 1,
  async verify({ read, secrets, tolerance, nowSeconds, signedWith, text }) {
    const entries = read("openphone-signature")
      .flatMap((value) => value.split(","))
      .map((entry) => entry.trim().split(";"))
      .filter((fields) => fields.length === 4 && fields[0] === "hmac" && fields[1] === "1" && /^\d{1,16}$/.test(fields[2]!));
    if (entries.length === 0)
      throw new WebhookError("malformed_header", "openphone-signature is not `hmac;1;<timestamp>;<base64 signature>`.");
    // Each entry carries its own timestamp; the ones outside the window are not tried.
    const fresh = entries.filter((fields) => Math.abs(legacySeconds(fields[2]!) - nowSeconds) <= tolerance);
    if (fresh.length === 0) checkTimestamp(legacySeconds(entries[0]![2]!), nowSeconds, tolerance);
    // A `whsec_` secret belongs to the other scheme: one endpoint may receive both during a migration.
    const keys = secrets.flatMap((secret, index) => (secret.startsWith("whsec_") ? [] : [legacyKey(secret, index)]));
    if (keys.length === 0)
      throw new WebhookError(
        "signature_mismatch",
        "A legacy (openphone-signature) delivery, but every secret is a whsec_ one: add the legacy key.",
      );
    for (const fields of fresh) {
      const signed = signedWith(`${fields[2]}.`);
      if (await matches(keys, signed, [fields[3]!]))
        return { scheme: "legacy", id: undefined, timestamp: legacySeconds(fields[2]!), text: text() };
    }
    throw mismatch();
  },
};

/** What `verifyWebhook` detects, in rank order. */
const BOTH_SCHEMES: readonly WebhookSchemeVerifier[] = [standardWebhooksScheme, legacyScheme];

export interface ParseWebhookOptions extends VerifyWebhookOptions {
  /**
   * "compatible" (default): properties and enum values the contract does not know yet are
   * accepted, and an event type the package does not know passes as an `UnknownWebhookEvent`.
   * "strict": exactly the contract; an unknown event type is `invalid_payload`.
   */
  mode?: "compatible" | "strict";
}

/** An event whose `type` this package does not know yet (compatible mode only). */
export interface UnknownWebhookEvent {
  /** Brands the string so that a `switch` on a known event's `type` still narrows. */
  type: string & { readonly unknownWebhookEventType?: never };
  known: false;
  [key: string]: unknown;
}

/**
 * One event the package knows (generated: `messageReceivedEvent`, `quoCallCompletedEvent`, ...):
 * the `type` values it arrives with, its signature scheme and its contract as data. Pass the
 * ones a receiver handles to `createWebhookParser`: the others stay out of its bundle.
 */
export interface WebhookEventDefinition<T extends { type: string }> {
  /** The signature scheme its deliveries come with. */
  readonly scheme: WebhookSchemeVerifier;
  readonly types: readonly string[];
  readonly shape: Shape;
  /** Type only (never set): the event's TypeScript type, for the parser's result. */
  readonly "~event"?: T;
}

/** The event type a definition stands for. */
export type WebhookEventOf<D> = D extends WebhookEventDefinition<infer T> ? T : never;

export interface WebhookParserOptions<D> {
  /** The events this receiver handles; any other comes back as an `UnknownWebhookEvent` (compatible mode). */
  events: D;
}

/** Verify, parse and validate against the given events: what `createWebhookParser` returns. */
export type WebhookParser<T> = (options: ParseWebhookOptions) => Promise<T | UnknownWebhookEvent>;

/**
 * A `parseWebhook` for the events you pass (`createWebhookParser({ events: [messageReceivedEvent] })`):
 * the same verification, errors and modes, and a bundle that carries only those events' contracts.
 * A delivery of any other type is an `UnknownWebhookEvent` in compatible mode, `invalid_payload` in strict.
 * It verifies only the signature schemes of the events given (legacy, Standard Webhooks or both):
 * a delivery signed the other way is refused with `missing_header`.
 */
export function createWebhookParser<D extends ReadonlyArray<WebhookEventDefinition<{ type: string }>>>(
  options: WebhookParserOptions<D>,
): WebhookParser<WebhookEventOf<D[number]>> {
  const table = new Map<string, Shape>();
  const schemes = new Set<WebhookSchemeVerifier>();
  for (const event of options.events) {
    schemes.add(event.scheme);
    for (const type of event.types) table.set(`${event.scheme.name} ${type}`, event.shape);
  }
  const ranked = [...schemes].sort((a, b) => a.rank - b.rank);
  return (parse) => parseWith(parse, ranked, table);
}

async function parseWith<T>(
  options: ParseWebhookOptions,
  schemes: WebhookSchemeVerifier[],
  table: Map<string, Shape>,
): Promise<T | UnknownWebhookEvent> {
  const verified = await verifyWith(options, schemes);
  let payload: unknown;
  try {
    payload = JSON.parse(verified.text);
  } catch {
    throw new WebhookError("invalid_json", "Valid signature, but the body is not JSON.");
  }
  const type =
    typeof payload === "object" && payload !== null && !Array.isArray(payload) ? (payload as { type?: unknown }).type : undefined;
  if (typeof type !== "string") throw new WebhookError("invalid_payload", "The payload is not an object with a string `type`.");
  const strict = options.mode === "strict";
  const shown = JSON.stringify(type.slice(0, 64));
  const shape = table.get(`${verified.scheme} ${type}`);
  if (shape === undefined) {
    if (strict) throw new WebhookError("invalid_payload", `Unknown event type ${shown} (strict mode).`);
    return { ...(payload as Record<string, unknown>), type, known: false } as UnknownWebhookEvent;
  }
  const issues = shapeIssues(shape, payload, strict);
  if (issues.length > 0)
    throw new WebhookError("invalid_payload", `The ${shown} payload breaks its contract: ${issues[0]!.message}.`, issues);
  return payload as T;
}

// ---- helpers -------------------------------------------------------------------------------

function mismatch(): WebhookError {
  return new WebhookError("signature_mismatch", "No signature matches the body with the given secret(s).");
}

function checkTimestamp(seconds: number, nowSeconds: number, tolerance: number): void {
  if (Math.abs(seconds - nowSeconds) > tolerance)
    throw new WebhookError(
      "timestamp_out_of_tolerance",
      `The signed timestamp is ${Math.round(seconds - nowSeconds)} s from now; at most ${tolerance} s is accepted.`,
    );
}

/** Legacy timestamps are documented as "Unix timestamp"; the sample has 13 digits, i.e. milliseconds. */
function legacySeconds(digits: string): number {
  return digits.length >= 12 ? Math.floor(Number(digits) / 1000) : Number(digits);
}

/** One HMAC per key (computed side by side during a rotation), compared in constant time with every candidate. */
async function matches(keys: Array<Promise<CryptoKey>>, signed: Bytes, candidates: string[]): Promise<boolean> {
  const wanted = candidates.map(base64Bytes);
  const expected = await Promise.all(keys.map(async (key) => new Uint8Array(await crypto.subtle.sign("HMAC", await key, signed))));
  let found = false;
  for (const digest of expected)
    for (const candidate of wanted) if (candidate !== undefined && constantTimeEqual(digest, candidate)) found = true;
  return found;
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/** Imported keys by secret: importing costs more than the HMAC of a small body. */
const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_SIZE = 16;

function importKey(cacheKey: string, raw: () => Bytes): Promise<CryptoKey> {
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const key = crypto.subtle.importKey("raw", raw(), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(cacheKey, key);
  key.catch(() => keyCache.delete(cacheKey));
  return key;
}

function standardKey(secret: string, index: number): Promise<CryptoKey> {
  const text = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  return importKey(`s:${text}`, () => secretBytes(text, index));
}

function legacyKey(secret: string, index: number): Promise<CryptoKey> {
  return importKey(`l:${secret}`, () => secretBytes(secret, index));
}

function secretBytes(text: string, index: number): Bytes {
  const bytes = base64Bytes(text);
  if (bytes === undefined || bytes.length === 0)
    throw new TypeError(`verifyWebhook: secret #${index + 1} is not base64 (after an optional whsec_).`);
  return bytes;
}

function base64Bytes(text: string): Bytes | undefined {
  try {
    const binary = atob(text.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

function rawBody(body: unknown): string | Uint8Array {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError(
    "verifyWebhook: `body` must be the raw body as received (string, Uint8Array or ArrayBuffer): re-serialised JSON does not verify.",
  );
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WebhookError("invalid_json", "Valid signature, but the body is not UTF-8 text.");
  }
}

function concat(a: Uint8Array, b: Uint8Array): Bytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Every value of one header, case-insensitively, from a Headers object or a plain record. */
function headerValues(headers: WebhookHeaders, name: string): string[] {
  if (typeof (headers as Headers).get === "function") {
    const value = (headers as Headers).get(name);
    return value === null ? [] : [value];
  }
  const record = headers as { readonly [name: string]: string | readonly string[] | undefined };
  const out: string[] = [];
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== name) continue;
    const value = record[key];
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) out.push(...(value as string[]));
  }
  return out.filter((value) => value.trim() !== "");
}
