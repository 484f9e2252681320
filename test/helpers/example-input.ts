/**
 * Example inputs for any operation, built from the model the client was generated from, so
 * the input has the client's own shape (flat body properties, or `body` for a union or other
 * non-flat body) whatever the upstream document holds.
 *
 * Scalars come from scripts/bench/example.ts (the spec's examples, formats, simple patterns).
 * A union takes its first branch whose example satisfies the union itself (for oneOf: exactly
 * one branch), trying each branch with its optional properties and then without them: filling
 * every property of "one of three ids" would match all three branches.
 */
import type { JsonObject, JsonValue } from "../../generator/core.js";
import type { ApiModel, InputField, ObjectSchema, Operation, Schema } from "../../generator/model/types.js";
import { buildExample } from "../../scripts/bench/example.js";

export interface ExampleOptions {
  /** Also fill optional input fields and optional properties. */
  optional: boolean;
}

/** An input for `client[operation.functionName]`: required fields, plus the optional ones when asked. */
export function exampleInput(operation: Operation, model: ApiModel, options: ExampleOptions): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of operation.input) {
    if (!requiredByDocument(field, operation) && !options.optional) continue;
    input[field.name] = exampleValue(field.schema, model, options);
  }
  return input;
}

/**
 * The client lets a caller leave out what has a default (`maxResults`); the document still
 * marks it required, and a server that checks the document (Prism) refuses a request without it.
 */
function requiredByDocument(field: InputField, operation: Operation): boolean {
  if (field.required) return true;
  if (field.in !== "body") return operation.parameters.some((p) => p.name === field.name && p.in === field.in && p.required);
  const body = operation.requestBody;
  if (body?.schema.kind !== "object" || operation.bodyStyle !== "flat") return body?.required === true && field.name === "body";
  return body.required && body.schema.properties.some((p) => p.name === field.name && p.required);
}

export function exampleValue(schema: Schema, model: ApiModel, options: ExampleOptions, depth = 0): unknown {
  if (depth > 12) throw new Error(`exampleInput: schema nested deeper than 12 at ${schema.pointer}`);
  const next = (s: Schema, o: ExampleOptions = options): unknown => exampleValue(s, model, o, depth + 1);
  switch (schema.kind) {
    case "ref":
      return next(resolveModel(schema.name, model));
    case "literal":
      return schema.value;
    case "enum":
      return schema.values[0];
    case "null":
      return null;
    case "boolean":
      return typeof schema.example === "boolean" ? schema.example : true;
    case "unknown":
      return schema.example ?? "example";
    case "string":
    case "number":
      return buildExample(rawScalar(schema), {}, schema.pointer);
    case "array": {
      const count = Math.max(1, schema.minItems ?? 0);
      return Array.from({ length: count }, () => next(schema.items));
    }
    case "object":
      return exampleObject(schema, next, options);
    case "intersection": {
      const merged: Record<string, unknown> = {};
      for (const member of schema.members) Object.assign(merged, next(member));
      return merged;
    }
    case "union": {
      for (const variant of schema.variants) {
        for (const o of options.optional ? [options, { optional: false }] : [options]) {
          const candidate = next(variant, o);
          if (conforms(schema, candidate, model)) return candidate;
        }
      }
      throw new Error(`exampleInput: no branch of the ${schema.operator} at ${schema.pointer} gives an example that satisfies it`);
    }
  }
}

function exampleObject(schema: ObjectSchema, next: (s: Schema) => unknown, options: ExampleOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of schema.properties) {
    if (property.required || options.optional) out[property.name] = next(property.schema);
  }
  return out;
}

/** The JSON Schema of a scalar, for the bench's example builder. */
function rawScalar(schema: Extract<Schema, { kind: "string" | "number" }>): JsonObject {
  const raw: JsonObject = {};
  if (schema.kind === "number") {
    raw.type = schema.integer ? "integer" : "number";
    for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const) {
      if (schema[key] !== undefined) raw[key] = schema[key];
    }
  } else {
    raw.type = "string";
    if (schema.format !== undefined) raw.format = schema.format;
    if (schema.pattern !== undefined) raw.pattern = schema.pattern;
    if (schema.minLength !== undefined) raw.minLength = schema.minLength;
    if (schema.maxLength !== undefined) raw.maxLength = schema.maxLength;
  }
  if (schema.example !== undefined) raw.examples = [schema.example];
  if (schema.default !== undefined) raw.default = schema.default as JsonValue;
  return raw;
}

function resolveModel(name: string, model: ApiModel): Schema {
  const found = model.models.find((m) => m.name === name);
  if (!found) throw new Error(`exampleInput: the model has no schema named ${name}`);
  return found.schema;
}

/**
 * Whether a value satisfies a schema: the keywords an example can get wrong (kinds, required
 * and undeclared properties, literals, enums, patterns, lengths, union arity). Formats and
 * bounds are left to the client's own validators, which check every input before sending.
 */
export function conforms(schema: Schema, value: unknown, model: ApiModel): boolean {
  if (value === null && schema.nullable) return true;
  switch (schema.kind) {
    case "ref":
      return conforms(resolveModel(schema.name, model), value, model);
    case "unknown":
      return true;
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "literal":
      return value === schema.value;
    case "enum":
      return schema.values.includes(value as string | number | boolean);
    case "number":
      return typeof value === "number" && (!schema.integer || Number.isInteger(value));
    case "string": {
      if (typeof value !== "string") return false;
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength) return false;
      if (schema.maxLength !== undefined && length > schema.maxLength) return false;
      return schema.pattern === undefined || new RegExp(schema.pattern, "u").test(value);
    }
    case "array":
      return (
        Array.isArray(value) &&
        value.length >= (schema.minItems ?? 0) &&
        value.length <= (schema.maxItems ?? Number.POSITIVE_INFINITY) &&
        value.every((item) => conforms(schema.items, item, model))
      );
    case "object": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
      const object = value as Record<string, unknown>;
      for (const property of schema.properties) {
        const present = object[property.name] !== undefined;
        if (property.required && !present) return false;
        if (present && !conforms(property.schema, object[property.name], model)) return false;
      }
      if (schema.additionalProperties === false) {
        const declared = new Set(schema.properties.map((p) => p.name));
        if (Object.keys(object).some((key) => !declared.has(key))) return false;
      }
      return true;
    }
    case "intersection":
      return schema.members.every((member) => conforms(member, value, model));
    case "union": {
      const matches = schema.variants.filter((variant) => conforms(variant, value, model)).length;
      return schema.operator === "oneOf" ? matches === 1 : matches > 0;
    }
  }
}
