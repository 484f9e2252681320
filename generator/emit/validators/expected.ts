/**
 * One-line descriptions of what a schema accepts, for issues' `expected` field
 * ("string matching /^AC(.*)$/", "one of \"queued\", \"sent\""). One entry per kind.
 * Scalars' words become their rule constants (rules.ts); properties and unions that hold
 * objects, arrays or refs print theirs in place.
 */
import type { KindTable, Schema, StringSchema } from "../../model/types.js";

/** Issue text quotes values as JSON. */
const quote = (value: string | number | boolean): string => JSON.stringify(value);

/** A pattern as the runtime shows it: the compiled RegExp's `source` (so `/` reads `\/`). */
function patternText(pattern: string): string {
  try {
    return new RegExp(pattern, "u").source;
  } catch {
    return pattern; // refused later with a clear error (literal.ts checkPattern)
  }
}

/**
 * The formats the validators check, each with the runtime's test function, its Format
 * constant (webhook shape data) and the words issues use for it. Any other `format` is an annotation
 * only (documented in README). A Map: a spec's format is a key, never a property lookup.
 */
const CHECKED_FORMATS: ReadonlyMap<string, { test: string; rule: string; name: string }> = new Map([
  ["date-time", { test: "isDateTime", rule: "dateTimeFormat", name: "date-time (RFC 3339)" }],
  ["date", { test: "isDate", rule: "dateFormat", name: "date (YYYY-MM-DD)" }],
  ["email", { test: "isEmail", rule: "emailFormat", name: "email address" }],
  ["uri", { test: "isUri", rule: "uriFormat", name: "absolute URI" }],
  ["uri-reference", { test: "isUriReference", rule: "uriReferenceFormat", name: "URI reference" }],
]);

export function checkedFormat(format: string | undefined): { test: string; rule: string; name: string } | undefined {
  return format === undefined ? undefined : CHECKED_FORMATS.get(format);
}

export function lengthText(min: number | undefined, max: number | undefined, unit: string): string {
  const u = (n: number): string => (n === 1 ? unit.replace(/s$/, "") : unit);
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min} ${u(min)}` : `${min} to ${max} ${unit}`;
  if (min !== undefined) return `at least ${min} ${u(min)}`;
  if (max !== undefined) return `at most ${max} ${u(max)}`;
  return "";
}

function stringSummary(schema: StringSchema): string {
  const parts: string[] = [checkedFormat(schema.format)?.name ?? "string"];
  if (schema.pattern !== undefined) parts.push(`matching /${patternText(schema.pattern)}/`);
  const length = lengthText(schema.minLength, schema.maxLength, "characters");
  if (length !== "") parts.push(`of ${length}`);
  return parts.join(" ");
}

const SUMMARY: KindTable<string> = {
  string: stringSummary,
  number: (s) => {
    const parts = [s.integer ? "integer" : "number"];
    if (s.minimum !== undefined) parts.push(`>= ${s.minimum}`);
    if (s.exclusiveMinimum !== undefined) parts.push(`> ${s.exclusiveMinimum}`);
    if (s.maximum !== undefined) parts.push(`<= ${s.maximum}`);
    if (s.exclusiveMaximum !== undefined) parts.push(`< ${s.exclusiveMaximum}`);
    if (s.multipleOf !== undefined) parts.push(`multiple of ${s.multipleOf}`);
    return parts.join(" ");
  },
  boolean: () => "boolean",
  null: () => "null",
  literal: (s) => quote(s.value),
  enum: (s) => enumSummary(s.values),
  array: () => "array",
  object: (s) => {
    const required = s.properties.filter((p) => p.required).map((p) => p.name);
    return required.length === 0 ? "object" : `object with ${required.slice(0, 4).join(", ")}${required.length > 4 ? ", …" : ""}`;
  },
  union: (s) => s.variants.map(summary).join(s.operator === "oneOf" ? " xor " : " or "),
  intersection: (s) => s.members.map(summary).join(" and "),
  ref: (s) => s.name,
  unknown: () => "any value",
};

function enumSummary(values: ReadonlyArray<string | number | boolean>): string {
  const shown = values.slice(0, 8).map(quote).join(", ");
  return `one of ${shown}${values.length > 8 ? ", …" : ""}`;
}

/** What the schema accepts, including `or null` for nullable schemas. */
export function summary(schema: Schema): string {
  const text = (SUMMARY[schema.kind] as (s: Schema) => string)(schema);
  return schema.nullable && schema.kind !== "null" && schema.kind !== "unknown" ? `${text} or null` : text;
}
