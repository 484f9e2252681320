/**
 * The shared JSON helpers every stage uses: the one string order, JSON pointers
 * (RFC 6901), hashing, canonical text, and the HTTP methods of a path item.
 * Stages import these from here, never from each other.
 */
import { createHash } from "node:crypto";
import type { JsonObject, JsonValue } from "./core.js";

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The one string order of the generator: by UTF-16 code unit, like `Array#sort`
 * without a comparator. Never `localeCompare`: output must not depend on the machine's locale.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** RFC 6901: one reference token of a JSON pointer (`~` → `~0`, `/` → `~1`). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The inverse of escapePointer (`~1` first, so that `~01` stays `~1`). */
export function unescapePointer(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The value an internal reference (`#` or `#/a/b`) points at, or undefined when it
 * points at nothing. The fragment is percent-decoded (a `$ref` is a URI), then
 * unescaped; only own properties count, so `#/components/constructor` is nothing.
 */
export function resolvePointer(document: JsonValue, ref: string): JsonValue | undefined {
  if (ref === "#") return document;
  if (!ref.startsWith("#/")) return undefined;
  let node: JsonValue | undefined = document;
  for (const part of ref.slice(2).split("/")) {
    const key = decodeFragment(part);
    if (key === undefined || node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[Number(key)] : Object.hasOwn(node, key) ? node[key] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** A malformed percent-escape (`%zz`) names no key: undefined, not a thrown URIError. */
function decodeFragment(part: string): string | undefined {
  try {
    return unescapePointer(decodeURIComponent(part));
  } catch {
    return undefined;
  }
}

/** Hex SHA-256 of bytes or of a string's UTF-8. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A deep copy with every object's keys in code-unit order (arrays keep theirs). */
export function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort(compareCodeUnits)) {
    // defineProperty, not assignment: a key named "__proto__" must stay an own data property.
    Object.defineProperty(out, key, { value: sortKeys(value[key]!), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Compact JSON text with object keys sorted: equal values give equal text whatever their key order. */
export function stableStringify(value: JsonValue | undefined): string {
  if (value === undefined) return "~";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const keys = Object.keys(value).sort(compareCodeUnits);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(",")}}`;
}

/** The operations a path item can hold, in the order OpenAPI lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
