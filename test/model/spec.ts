import { readFileSync } from "node:fs";
import type { JsonObject, JsonValue } from "../../generator/core.js";

/** The canonical form the model expects: object keys sorted. */
export function sortKeys(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as JsonObject)[k] as JsonValue)]),
    );
  return v;
}

export function loadSpec(file: string): JsonObject {
  return sortKeys(JSON.parse(readFileSync(file, "utf8"))) as JsonObject;
}
