import type { JsonValue } from "../core.js";
import { stableStringify } from "../json.js";

export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return stableStringify(a) === stableStringify(b);
}
