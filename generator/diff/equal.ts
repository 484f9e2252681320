import type { JsonValue } from "../core.js";

/** JSON text with object keys sorted: equal values give equal text whatever their key order. */
export function stableStringify(value: JsonValue | undefined): string {
  if (value === undefined) return "~";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(",")}}`;
}

export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return stableStringify(a) === stableStringify(b);
}
