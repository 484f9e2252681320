/**
 * Test-only tools for the Ajv oracle: resolve the document's internal $refs,
 * close objects the way strict mode reads them, and generate values
 * (fast-check) from a raw JSON Schema, valid and mutated.
 */
import fc from "fast-check";
import type { JsonObject, JsonValue } from "../../../generator/core.js";

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Inline `#/...` refs (the document has no cycles) and drop `$id`, so Ajv sees one self-contained schema. */
export function inlineRefs(value: JsonValue, document: JsonObject): JsonValue {
  if (Array.isArray(value)) return value.map((v) => inlineRefs(v, document));
  if (!isObject(value)) return value;
  if (typeof value.$ref === "string") {
    let target: JsonValue = document;
    for (const raw of value.$ref.replace(/^#\//, "").split("/"))
      target = (target as JsonObject)[raw.replace(/~1/g, "/").replace(/~0/g, "~")]!;
    return inlineRefs(target, document);
  }
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) if (key !== "$id") out[key] = inlineRefs(v, document);
  return out;
}

function hasType(schema: JsonObject, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

/** Property names an allOf declares anywhere; undefined when some member is open (free-form or additionalProperties schema). */
function declaredNames(schema: JsonValue): Set<string> | undefined {
  if (!isObject(schema)) return new Set();
  const out = new Set<string>();
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  if (hasType(schema, "object") || properties.length > 0) {
    const extra = schema.additionalProperties;
    if (isObject(extra) || (extra !== false && properties.length === 0)) return undefined;
    for (const name of properties) out.add(name);
  }
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const member of list) {
      const names = declaredNames(member);
      if (names === undefined) return undefined;
      for (const name of names) out.add(name);
    }
  }
  return out;
}

/**
 * The JSON Schema meaning of strict mode: objects with declared properties are
 * closed (additionalProperties: false) unless they say otherwise; inside allOf
 * the members stay open and the allOf closes over every name its members declare.
 */
export function closeForStrict(value: JsonValue, inAllOfMember = false): JsonValue {
  if (Array.isArray(value)) return value.map((v) => closeForStrict(v, inAllOfMember));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "properties" && isObject(v)) {
      out[key] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, closeForStrict(s, false)]));
    } else if (key === "items" || key === "additionalProperties") {
      out[key] = closeForStrict(v, false);
    } else if (key === "anyOf" || key === "oneOf") {
      out[key] = closeForStrict(v, inAllOfMember);
    } else if (key === "allOf") {
      out[key] = closeForStrict(v, true);
    } else {
      out[key] = v;
    }
  }
  const properties = isObject(value.properties) ? Object.keys(value.properties) : [];
  if (!inAllOfMember && properties.length > 0 && (value.additionalProperties === undefined || value.additionalProperties === true)) {
    out.additionalProperties = false;
  }
  if (!inAllOfMember && Array.isArray(value.allOf)) {
    const names = declaredNames({ allOf: value.allOf });
    if (names !== undefined) out.propertyNames = { enum: [...names].sort() };
  }
  return out;
}

/** Values meant to satisfy `schema` (most do; the oracle only needs agreement). */
export function arbitraryFor(schema: JsonValue, depth = 0): fc.Arbitrary<unknown> {
  if (!isObject(schema) || depth > 8) return fc.constant(null);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const variants = (schema.anyOf ?? schema.oneOf) as JsonValue[];
    const rest = { ...schema };
    delete rest.anyOf;
    delete rest.oneOf;
    return fc.oneof(...variants.map((v) => arbitraryFor(isObject(v) ? { ...rest, ...v } : v, depth + 1)));
  }
  if (Array.isArray(schema.allOf)) {
    return fc.tuple(...schema.allOf.map((m) => arbitraryFor(m, depth + 1))).map((parts) => Object.assign({}, ...parts.filter(isObject)));
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFor({ ...schema, type }, depth + 1)));
  }
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: num(schema.minimum, -1000), max: num(schema.maximum, 1000) });
    case "number":
      return fc.oneof(
        fc.integer({ min: num(schema.minimum, -1000), max: num(schema.maximum, 1000) }),
        fc.double({ min: num(schema.minimum, -1000), max: num(schema.maximum, 1000), noNaN: true }),
      );
    case "string":
      return stringArbitrary(schema);
    case "array": {
      const items = arbitraryFor(schema.items ?? {}, depth + 1);
      const minLength = num(schema.minItems, 0);
      return fc.array(items, { minLength, maxLength: Math.max(minLength, num(schema.maxItems, 3)) });
    }
    default: {
      if (!isObject(schema.properties))
        return schema.type === "object"
          ? fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 })
          : fc.jsonValue({ maxDepth: 2 });
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, s] of Object.entries(schema.properties)) shape[name] = arbitraryFor(s, depth + 1);
      return fc.record(shape, { requiredKeys: required.filter((r) => r in shape) });
    }
  }
}

function num(value: JsonValue | undefined, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

function stringArbitrary(schema: JsonObject): fc.Arbitrary<string> {
  const min = num(schema.minLength, 0);
  const max = num(schema.maxLength, 30);
  switch (schema.format) {
    case "date-time":
      return fc
        .date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "uri":
    case "uri-reference":
      return fc.webUrl();
    case "email":
      return fc.emailAddress();
  }
  if (typeof schema.pattern === "string") {
    return fc.stringMatching(new RegExp(schema.pattern, "u")).filter((s) => [...s].length >= min && [...s].length <= max);
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, min + 30), unit: "grapheme-ascii" });
}

const WRONG: unknown[] = ["bad", 12345, 1.5, null, true, [], {}, "2022-13-45T99:99:99Z", "", "x".repeat(2000)];

/** Every location in a value, as key paths. */
function locations(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...locations(v, [...at, i]));
  } else if (isObject(value)) for (const [k, v] of Object.entries(value)) out.push(...locations(v, [...at, k]));
  return out;
}

/** A targeted change at one location: a wrong value, a deleted key, an extra key, an extra item. */
export function mutate(value: unknown, where: number, how: number): unknown {
  const copy = structuredClone(value);
  const all = locations(copy);
  const path = all[where % all.length]!;
  if (path.length === 0) return WRONG[how % WRONG.length];
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const target = parent[key];
  const choice = how % (WRONG.length + 3);
  if (choice === WRONG.length && isObject(parent) && !Array.isArray(parent)) delete parent[key];
  else if (choice === WRONG.length + 1 && isObject(target)) (target as Record<string, unknown>).zzUnexpected = 1;
  else if (choice === WRONG.length + 2 && Array.isArray(target)) target.push(target[0] ?? "extra");
  else parent[key] = WRONG[how % WRONG.length];
  return copy;
}
