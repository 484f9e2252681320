/**
 * A deterministic example value built from a JSON Schema (OpenAPI 3.1 dialect), so
 * every validator in the throughput row checks the same, valid data. It prefers the
 * spec's own `examples`, then `const`/`enum`/`default`, and falls back to values
 * built for the keyword (`format`, `pattern`, lengths, bounds). Every property is
 * filled, optional ones included, so the whole schema is exercised. The result is
 * checked by each validator before timing; this builder does not promise validity
 * for arbitrary patterns, only for the simple ones the OpenPhone spec uses.
 */
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { resolvePointer } from "../../generator/json.js";

export class ExampleError extends Error {}

export function buildExample(schema: JsonValue, root: JsonObject, pointer = "#"): JsonValue {
  if (schema === true || schema === undefined) return "example";
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    throw new ExampleError(`Example builder: the schema at ${pointer} is not an object; give a JSON Schema object.`);
  }
  if (typeof schema.$ref === "string") return buildExample(resolveRef(schema.$ref, root), root, schema.$ref);
  if ("const" in schema) return schema.const as JsonValue;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0] as JsonValue;
  const variants = (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null) as JsonValue[] | null;
  if (variants) {
    // Prefer a non-null variant: it exercises more of the validator than `null` does.
    const index = Math.max(
      0,
      variants.findIndex((v) => !isNullSchema(v)),
    );
    return buildExample(variants[index] as JsonValue, root, `${pointer}/${schema.anyOf ? "anyOf" : "oneOf"}/${index}`);
  }
  if (Array.isArray(schema.allOf)) {
    const merged: JsonObject = {};
    schema.allOf.forEach((part, i) => {
      const value = buildExample(part, root, `${pointer}/allOf/${i}`);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) Object.assign(merged, value);
    });
    return merged;
  }
  const type = primaryType(schema);
  if (type === "object" || (type === undefined && schema.properties)) return buildObject(schema, root, pointer);
  if (type === "array") return buildArray(schema, root, pointer);
  if (type === "null") return null;
  const example = firstExample(schema);
  if (example !== undefined && fitsScalar(example, schema, type)) return example;
  if (schema.default !== undefined && fitsScalar(schema.default, schema, type)) return schema.default;
  if (type === "string" || type === undefined) return buildString(schema, pointer);
  if (type === "integer" || type === "number") return buildNumber(schema, type);
  if (type === "boolean") return true;
  throw new ExampleError(`Example builder: unsupported type ${JSON.stringify(type)} at ${pointer}.`);
}

function resolveRef(ref: string, root: JsonObject): JsonValue {
  if (!ref.startsWith("#/")) throw new ExampleError(`Example builder: only internal $refs are supported; got ${JSON.stringify(ref)}.`);
  const node = resolvePointer(root, ref);
  if (node === undefined) throw new ExampleError(`Example builder: $ref ${JSON.stringify(ref)} points at nothing.`);
  return node;
}

function isNullSchema(schema: JsonValue): boolean {
  return schema !== null && typeof schema === "object" && !Array.isArray(schema) && schema.type === "null";
}

function primaryType(schema: JsonObject): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return (schema.type.find((t) => t !== "null") ?? schema.type[0]) as string | undefined;
  return undefined;
}

function firstExample(schema: JsonObject): JsonValue | undefined {
  if (Array.isArray(schema.examples)) return schema.examples[0];
  // Quirk: the OpenPhone spec sometimes gives `examples` as a bare value.
  if (schema.examples !== undefined) return schema.examples;
  return schema.example;
}

function fitsScalar(value: JsonValue, schema: JsonObject, type: string | undefined): boolean {
  if (type === "string" || (type === undefined && typeof value === "string")) return typeof value === "string" && fitsString(value, schema);
  if (type === "integer") return Number.isInteger(value) && fitsBounds(value as number, schema);
  if (type === "number") return typeof value === "number" && fitsBounds(value, schema);
  if (type === "boolean") return typeof value === "boolean";
  return false;
}

function fitsString(value: string, schema: JsonObject): boolean {
  const length = [...value].length;
  if (typeof schema.minLength === "number" && length < schema.minLength) return false;
  if (typeof schema.maxLength === "number" && length > schema.maxLength) return false;
  if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) return false;
  if (schema.format === "date-time" && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) return false;
  return true;
}

function fitsBounds(value: number, schema: JsonObject): boolean {
  if (typeof schema.minimum === "number" && value < schema.minimum) return false;
  if (typeof schema.maximum === "number" && value > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) return false;
  return true;
}

const FORMAT_EXAMPLES: Record<string, string> = {
  "date-time": "2022-01-01T00:00:00Z",
  date: "2022-01-01",
  email: "user@example.com",
  uri: "https://example.com/resource",
  "uri-reference": "/resource",
  uuid: "123e4567-e89b-12d3-a456-426614174000",
};

function buildString(schema: JsonObject, pointer: string): string {
  const candidates: string[] = [];
  if (typeof schema.format === "string" && FORMAT_EXAMPLES[schema.format]) candidates.push(FORMAT_EXAMPLES[schema.format] as string);
  if (typeof schema.pattern === "string") {
    // `^PN(.*)$` → "PN123abc": the literal prefix the OpenPhone ID patterns start with.
    const prefix = /^\^([A-Za-z0-9_-]+)/.exec(schema.pattern);
    if (prefix) candidates.push(`${prefix[1]}123abc`);
  }
  candidates.push("Hello, world!", "+15555555555", "example");
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  for (const candidate of candidates) {
    const padded = candidate.length < min ? candidate + "x".repeat(min - candidate.length) : candidate;
    if (fitsString(padded, schema)) return padded;
  }
  throw new ExampleError(
    `Example builder: no example string fits the schema at ${pointer} (pattern ${JSON.stringify(schema.pattern)}); add an \`examples\` entry to that schema or a candidate in scripts/bench/example.ts.`,
  );
}

function buildNumber(schema: JsonObject, type: "integer" | "number"): number {
  let value =
    typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : 1;
  if (typeof schema.maximum === "number" && value > schema.maximum) value = schema.maximum;
  return type === "integer" ? Math.ceil(value) : value;
}

function buildObject(schema: JsonObject, root: JsonObject, pointer: string): JsonObject {
  const out: JsonObject = {};
  const properties = (schema.properties ?? {}) as JsonObject;
  for (const key of Object.keys(properties).sort()) {
    out[key] = buildExample(properties[key] as JsonValue, root, `${pointer}/properties/${key}`);
  }
  return out;
}

function buildArray(schema: JsonObject, root: JsonObject, pointer: string): JsonValue[] {
  const count = Math.max(1, typeof schema.minItems === "number" ? schema.minItems : 0);
  const items = schema.items ?? {};
  return Array.from({ length: count }, () => buildExample(items, root, `${pointer}/items`));
}

/** The body schema of one response (JSON media type) of the operation with this operationId. */
export function responseSchema(spec: JsonObject, operationId: string, status: string): JsonValue {
  for (const item of Object.values((spec.paths ?? {}) as JsonObject)) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
    for (const operation of Object.values(item)) {
      if (operation === null || typeof operation !== "object" || Array.isArray(operation) || operation.operationId !== operationId)
        continue;
      const response = (operation.responses as JsonObject | undefined)?.[status] as JsonObject | undefined;
      const schema = ((response?.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined)?.schema;
      if (schema === undefined) break;
      return schema;
    }
  }
  throw new ExampleError(`Example builder: the spec has no JSON body for ${operationId} ${status}.`);
}

/** The response body with its `data` array resized to `count` distinct copies of its first item (ids made unique). */
export function withItems(body: JsonValue, count: number): JsonValue {
  if (body === null || typeof body !== "object" || Array.isArray(body) || !Array.isArray(body.data) || body.data.length === 0) {
    throw new ExampleError("Example builder: a list body needs a non-empty `data` array to replicate.");
  }
  const first = body.data[0] as JsonValue;
  const data = Array.from({ length: count }, (_, i) => {
    const item = structuredClone(first);
    if (item !== null && typeof item === "object" && !Array.isArray(item) && typeof item.id === "string") item.id = `${item.id}${i}`;
    return item;
  });
  return { ...body, data };
}
