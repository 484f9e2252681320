/**
 * Stage 3: the canonical form the snapshot is stored in. Object keys sorted by
 * code unit, arrays kept in order, 2-space JSON, LF, trailing newline: the same
 * contract always gives the same bytes, whatever key order the upstream used.
 */

import type { CanonicalSpec, JsonObject, JsonValue } from "../core.js";
import { sha256Hex } from "./fetch.js";

export function normalizeSpec(document: JsonObject): CanonicalSpec {
  const sorted = sortKeys(document) as JsonObject;
  const text = `${JSON.stringify(sorted, null, 2)}\n`;
  return { document: sorted, text, sha256: sha256Hex(text) };
}

/** Parse a stored canonical text back (the snapshot), keeping its hash. */
export function canonicalFromText(text: string): CanonicalSpec {
  return normalizeSpec(JSON.parse(text) as JsonObject);
}

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort(compareCodeUnits)) {
    // defineProperty, not assignment: a key named "__proto__" must stay an own data property.
    Object.defineProperty(out, key, { value: sortKeys(value[key]!), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
