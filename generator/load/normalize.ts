/**
 * Load, last step: the canonical form the snapshot is stored in. Object keys sorted by
 * code unit, arrays kept in order, 2-space JSON, LF, trailing newline: the same
 * contract always gives the same bytes, whatever key order the upstream used.
 */

import type { CanonicalSpec, JsonObject } from "../core.js";
import { sha256Hex, sortKeys } from "../json.js";

export function normalizeSpec(document: JsonObject): CanonicalSpec {
  const sorted = sortKeys(document) as JsonObject;
  const text = `${JSON.stringify(sorted, null, 2)}\n`;
  return { document: sorted, text, sha256: sha256Hex(text) };
}

/** Parse a stored canonical text back (the snapshot), keeping its hash. */
export function canonicalFromText(text: string): CanonicalSpec {
  return normalizeSpec(JSON.parse(text) as JsonObject);
}
