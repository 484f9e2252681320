/**
 * Builds the ApiModel (model/types.ts) from a canonical OpenAPI 3.1 document.
 *
 * Pure and deterministic: the only input is the document (and name overrides).
 * Internal `#/components/...` $refs are inlined with cycle protection; nothing
 * outside the document is ever read. Naming happens afterwards in one pass
 * (model/names.ts); this file only converts shapes.
 */
import type { JsonObject, JsonValue } from "../core.js";
import { InputError } from "../errors.js";
import { compareCodeUnits as compare, escapePointer, HTTP_METHODS, type HttpMethod, isObject, resolvePointer } from "../json.js";
import { operationExportNames, refuseExportCollisions } from "./exports.js";
import { assignNames, type NameOverrides, operationNames } from "./names.js";
import type {
  ApiModel,
  InputField,
  Operation,
  Pagination,
  Parameter,
  ParameterLocation,
  RequestBody,
  Response,
  Schema,
  SchemaCommon,
} from "./types.js";
import { buildWebhookModel } from "./webhooks.js";

export function buildApiModel(document: JsonObject, overrides: NameOverrides = {}): ApiModel {
  const cx: BuildContext = { document, refStack: [], work: 0, direction: "request" };
  const info = asObject(document.info);
  const operations: Operation[] = [];
  const paths = asObject(document.paths);
  for (const path of Object.keys(paths).sort()) {
    const item = asObject(resolveRef(cx, paths[path]));
    const shared = asArray(item.parameters);
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (!isObject(raw)) continue;
      operations.push(buildOperation(cx, path, method, raw, shared, overrides));
    }
  }
  operations.sort((a, b) => compare(a.path, b.path) || compare(a.method, b.method));
  const named = assignNames(operations, overrides);
  refuseExportCollisions(named.models, named.idAliases, named.operations);
  return {
    title: typeof info.title === "string" ? info.title : "",
    version: typeof info.version === "string" ? info.version : "",
    servers: asArray(document.servers).flatMap((s) => (isObject(s) && typeof s.url === "string" ? [s.url] : [])),
    ...apiKeyHeader(document),
    models: named.models,
    idAliases: named.idAliases,
    operations: named.operations,
    ...webhookModelOf(document),
  };
}

function webhookModelOf(document: JsonObject): { webhooks?: ApiModel["webhooks"] } {
  const webhooks = buildWebhookModel(document, convertSchema);
  return webhooks ? { webhooks } : {};
}

interface BuildContext {
  document: JsonObject;
  /** $ref targets being expanded right now, for cycle protection. */
  refStack: string[];
  /** Schema nodes converted so far: references are expanded inline, so a hostile document could multiply them. */
  work: number;
  /** What is being converted: the array-length quirk below is read only where the client sends. */
  direction: "request" | "response";
}

/**
 * A bound on the model's work. The real document converts about 20,000 schema
 * nodes; a `$ref` "billion laughs" (each level referencing the next twice)
 * would convert 2^depth of them and never finish.
 */
export const MAX_SCHEMA_NODES = 2_000_000;

function apiKeyHeader(document: JsonObject): { apiKeyHeader?: string } {
  const schemes = asObject(asObject(document.components).securitySchemes);
  for (const name of Object.keys(schemes).sort()) {
    const s = asObject(schemes[name]);
    if (s.type === "apiKey" && s.in === "header" && typeof s.name === "string") return { apiKeyHeader: s.name };
  }
  return {};
}

function buildOperation(
  cx: BuildContext,
  path: string,
  method: HttpMethod,
  raw: JsonObject,
  shared: JsonValue[],
  overrides: NameOverrides,
): Operation {
  const pointer = `#/paths/${escapePointer(path)}/${method}`;
  const operationId = typeof raw.operationId === "string" ? raw.operationId : `${method}${path}`;
  const { functionName, typeName } = operationNames(operationId, overrides);
  // Operation-level parameters override path-level ones with the same (in, name).
  const byKey = new Map<string, Parameter>();
  const addAll = (list: JsonValue[], base: string): void => {
    list.forEach((p, i) => {
      const param = buildParameter(cx, p, `${base}/parameters/${i}`);
      if (param) byKey.set(`${param.in}:${param.name}`, param);
    });
  };
  addAll(shared, `#/paths/${escapePointer(path)}`);
  addAll(asArray(raw.parameters), pointer);
  const order: Record<ParameterLocation, number> = { path: 0, query: 1, header: 2 };
  const parameters = [...byKey.values()].sort((a, b) => order[a.in] - order[b.in] || compare(a.name, b.name));

  const requestBody = buildRequestBody(cx, raw.requestBody, `${pointer}/requestBody`);
  cx.direction = "response";
  const responses: Response[] = [];
  const rawResponses = asObject(raw.responses);
  for (const key of Object.keys(rawResponses)) {
    const status = key === "default" ? "default" : Number(key);
    if (status !== "default" && !Number.isInteger(status)) continue; // e.g. "2XX" ranges: not used upstream
    const r = asObject(resolveRef(cx, rawResponses[key]));
    // A 204 has no body whatever the document declares (RFC 9110 15.3.5): servers send none, so
    // the client must neither type nor check one (the dated document gives a 204 an object schema).
    const media = status === 204 ? undefined : pickMedia(asObject(r.content));
    const response: Response = { status, isError: status === "default" || status >= 400 };
    if (typeof r.description === "string") response.description = r.description;
    if (media) {
      response.contentType = media.contentType;
      const schema = convert(
        cx,
        media.media.schema ?? {},
        `${pointer}/responses/${key}/content/${escapePointer(media.contentType)}/schema`,
      );
      // A non-JSON body (text/plain...) without a schema is still text: the client returns it as a string.
      const text = schema.kind === "unknown" && !isJsonMediaType(media.contentType);
      response.schema = text ? { ...schema, kind: "string" } : schema;
    }
    responses.push(response);
  }
  cx.direction = "request";
  responses.sort((a, b) => (a.status === "default" ? 1 : b.status === "default" ? -1 : a.status - b.status));

  const fixedHeaders = fixedHeadersOf(parameters);
  const { input, bodyStyle } = buildInput(
    parameters.filter((p) => !(p.in === "header" && Object.hasOwn(fixedHeaders, p.name))),
    requestBody,
  );
  const pagination = paginationOf(method, input, responses);
  const pageSize = maxPageSize(input, pagination?.sizeParam ?? "maxResults");
  const operation: Operation = {
    operationId,
    functionName,
    typeName,
    method,
    path,
    deprecated: raw.deprecated === true,
    tags: asArray(raw.tags).flatMap((t) => (typeof t === "string" ? [t] : [])),
    parameters,
    responses,
    input,
    bodyStyle,
    ...(pageSize === undefined ? {} : { maxPageSize: pageSize }),
    ...(pagination ? { pagination } : {}),
    ...(Object.keys(fixedHeaders).length > 0 ? { fixedHeaders } : {}),
    // Only an explicit empty list means "no credentials"; an absent one inherits the document's.
    ...(Array.isArray(raw.security) && raw.security.length === 0 ? { anonymous: true as const } : {}),
    names: operationExportNames({ functionName, typeName, responses, maxPageSize: pageSize }),
  };
  if (typeof raw.summary === "string") operation.summary = raw.summary;
  if (typeof raw.description === "string") operation.description = raw.description;
  if (requestBody) operation.requestBody = requestBody;
  return operation;
}

/** The largest page size a list operation accepts: what paginate asks for when the caller gives none. */
function maxPageSize(input: InputField[], sizeParam: string): number | undefined {
  const schema = input.find((f) => f.name === sizeParam && f.in === "query")?.schema;
  return schema?.kind === "number" ? schema.maximum : undefined;
}

/** Query parameters that carry the next page's cursor, and the body properties that answer it, in preference order. */
const CURSOR_PARAMS = ["pageToken", "after", "cursor", "startingAfter", "starting_after", "nextToken"];
const NEXT_FIELDS = ["nextPageToken", "nextCursor", "next_cursor", "nextToken"];
const SIZE_PARAMS = ["maxResults", "limit", "pageSize", "page_size"];

/**
 * How a list pages, read from the document: a GET with a cursor query parameter whose success
 * body holds a `data` array and a next-cursor property. Both APIs' styles (and the usual names
 * of others) are recognised; a list that has neither pages is not paginated.
 */
function paginationOf(method: HttpMethod, input: InputField[], responses: Response[]): Pagination | undefined {
  if (method !== "get") return undefined;
  const query = new Set(input.filter((f) => f.in === "query").map((f) => f.name));
  const cursorParam = CURSOR_PARAMS.find((name) => query.has(name));
  if (cursorParam === undefined) return undefined;
  const body = responses.find((r) => !r.isError && r.schema?.kind === "object")?.schema;
  if (body?.kind !== "object") return undefined;
  const data = body.properties.find((p) => p.name === "data")?.schema;
  if (data?.kind !== "array") return undefined;
  const nextField = NEXT_FIELDS.find((name) => body.properties.some((p) => p.name === name));
  if (nextField === undefined) return undefined;
  const sizeParam = SIZE_PARAMS.find((name) => query.has(name));
  return { cursorParam, nextField, ...(sizeParam === undefined ? {} : { sizeParam }) };
}

/**
 * Required header parameters that can take one value only (`const`, or an `enum` of one): the
 * client sends them on every call, so a caller never has to spell the API version.
 */
function fixedHeadersOf(parameters: Parameter[]): Record<string, string> {
  const fixed: Record<string, string> = {};
  for (const p of parameters) {
    if (p.in !== "header" || !p.required) continue;
    const s = p.schema;
    const value = s.kind === "literal" ? s.value : s.kind === "enum" && s.values.length === 1 && !s.nullable ? s.values[0] : undefined;
    if (value !== undefined) fixed[p.name] = String(value);
  }
  return fixed;
}

function buildParameter(cx: BuildContext, value: JsonValue | undefined, pointer: string): Parameter | undefined {
  const raw = asObject(resolveRef(cx, value));
  const where = raw.in;
  if (typeof raw.name !== "string" || (where !== "path" && where !== "query" && where !== "header")) return undefined; // cookies: unused upstream
  const schema = convert(cx, raw.schema ?? {}, `${pointer}/schema`);
  const deprecated = raw.deprecated === true || schema.deprecated === true;
  const description = typeof raw.description === "string" ? raw.description : schema.description;
  const parameter: Parameter = {
    name: raw.name,
    in: where,
    required: where === "path" || raw.required === true,
    deprecated,
    schema,
    // OpenAPI default for query is style=form, explode=true.
    explode: raw.explode !== false,
    ...(where === "query" && raw.style === "deepObject" ? { deepObject: true } : {}),
  };
  if (description !== undefined) parameter.description = description;
  return parameter;
}

function buildRequestBody(cx: BuildContext, value: JsonValue | undefined, pointer: string): RequestBody | undefined {
  if (value === undefined) return undefined;
  const raw = asObject(resolveRef(cx, value));
  const media = pickMedia(asObject(raw.content));
  if (!media) return undefined;
  const body: RequestBody = {
    contentType: media.contentType,
    required: raw.required === true,
    schema: convert(cx, media.media.schema ?? {}, `${pointer}/content/${escapePointer(media.contentType)}/schema`),
  };
  if (typeof raw.description === "string") body.description = raw.description;
  return body;
}

/**
 * The input object the client takes. A parameter or property that is required
 * but has a `default` (upstream: `maxResults`) is optional here: the server
 * fills it in, so the caller need not.
 */
function buildInput(parameters: Parameter[], body: RequestBody | undefined): { input: InputField[]; bodyStyle: Operation["bodyStyle"] } {
  const fields: InputField[] = parameters.map((p) => {
    const field: InputField = {
      name: p.name,
      in: p.in,
      required: p.required && p.schema.default === undefined,
      deprecated: p.deprecated,
      schema: p.schema,
      explode: p.explode,
      ...(p.deepObject ? { deepObject: true } : {}),
    };
    if (p.description !== undefined) field.description = p.description;
    return field;
  });
  if (!body) return { input: fields, bodyStyle: "none" };
  const schema = body.schema;
  const names = new Set(fields.map((f) => f.name));
  const flat =
    schema.kind === "object" &&
    !schema.nullable &&
    schema.properties.length > 0 &&
    schema.properties.every((p) => !names.has(p.name) && p.name !== "body");
  if (flat && schema.kind === "object") {
    const bodyFields = [...schema.properties]
      .sort((a, b) => compare(a.name, b.name))
      .map((p): InputField => {
        const field: InputField = {
          name: p.name,
          in: "body",
          // A property is only required when the body itself is.
          required: p.required && body.required && p.schema.default === undefined,
          deprecated: p.schema.deprecated === true,
          schema: p.schema,
          explode: false,
        };
        if (p.schema.description !== undefined) field.description = p.schema.description;
        return field;
      });
    return { input: [...fields, ...bodyFields], bodyStyle: "flat" };
  }
  const field: InputField = { name: "body", in: "body", required: body.required, deprecated: false, schema, explode: false };
  if (body.description !== undefined) field.description = body.description;
  return { input: [...fields, field], bodyStyle: "nested" };
}

/** application/json and its structured-syntax relatives (application/problem+json...). */
export function isJsonMediaType(type: string): boolean {
  return /^application\/([\w.+-]*\+)?json\b/i.test(type);
}

function pickMedia(content: JsonObject): { contentType: string; media: JsonObject } | undefined {
  const types = Object.keys(content).sort();
  const json = types.find((t) => t === "application/json") ?? types.find((t) => /json/i.test(t)) ?? types[0];
  return json === undefined ? undefined : { contentType: json, media: asObject(content[json]) };
}

// ---------------------------------------------------------------- schemas

/** One schema of `document` converted on its own (the webhook events, model/webhooks.ts). */
export function convertSchema(document: JsonObject, value: JsonValue, pointer: string): Schema {
  // An event is data received, like a response body.
  return convert({ document, refStack: [], work: 0, direction: "response" }, value, pointer);
}

/** Converts one JSON Schema node. Unknown keywords are ignored (they do not change the type). */
function convert(cx: BuildContext, value: JsonValue, pointer: string): Schema {
  if (++cx.work > MAX_SCHEMA_NODES) {
    throw new InputError(
      `The OpenAPI document expands to more than ${MAX_SCHEMA_NODES} schema nodes (at ${pointer}): its $refs multiply (e.g. each level referencing the next several times). No real API needs that; the document is broken or hostile. Fix or refuse it upstream.`,
    );
  }
  if (value === true || !isObject(value)) return { kind: "unknown", nullable: false, pointer };
  if (typeof value.$ref === "string") {
    const ref = value.$ref;
    if (cx.refStack.includes(ref)) {
      // A cycle: the model has no recursive types, so the inner occurrence is "any JSON".
      return { kind: "unknown", nullable: false, pointer, description: `Recursive reference to ${ref}.` };
    }
    cx.refStack.push(ref);
    try {
      const target = lookup(cx.document, ref);
      const merged = { ...asObject(target), ...withoutRef(value) };
      return convert(cx, merged, ref);
    } finally {
      cx.refStack.pop();
    }
  }
  const common = commonOf(value, pointer);

  // Nullability folding: anyOf/oneOf [X, {type: null}] -> X with nullable.
  for (const op of ["anyOf", "oneOf"] as const) {
    const list = value[op];
    if (!Array.isArray(list)) continue;
    const nonNull = list.filter((v) => !isNullSchema(v));
    const hasNull = nonNull.length < list.length;
    const variants = nonNull.map((v) => convert(cx, withObjectKeywords(cx, value, v), `${pointer}/${op}/${list.indexOf(v)}`));
    if (variants.length === 0) return { ...common, kind: "null" };
    if (variants.length === 1) {
      const only = variants[0] as Schema;
      // Outer docs win when present; the inner node keeps its own otherwise.
      return { ...only, ...definedDocs(common), nullable: only.nullable || hasNull || common.nullable, pointer };
    }
    return { ...common, nullable: common.nullable || hasNull, kind: "union", operator: op, variants };
  }
  if (Array.isArray(value.allOf)) {
    const members = value.allOf.map((m, i) => convert(cx, m, `${pointer}/allOf/${i}`));
    if (members.length === 1) return { ...(members[0] as Schema), ...definedDocs(common), pointer };
    return { ...common, kind: "intersection", members };
  }
  if ("const" in value) {
    const c = value.const;
    if (typeof c === "string" || typeof c === "number" || typeof c === "boolean") return { ...common, kind: "literal", value: c };
    if (c === null) return { ...common, kind: "null" };
  }
  if (Array.isArray(value.enum)) {
    const values = value.enum.filter(
      (v): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean",
    );
    const nullable = common.nullable || value.enum.includes(null);
    if (values.length > 0) return { ...common, nullable, kind: "enum", values };
  }

  // `type` may be a string or a list (3.1): ["string", "null"] folds into nullable.
  let types =
    typeof value.type === "string"
      ? [value.type]
      : Array.isArray(value.type)
        ? value.type.filter((t): t is string => typeof t === "string")
        : [];
  if (types.includes("null") && types.length > 1) {
    common.nullable = true;
    types = types.filter((t) => t !== "null");
  }
  if (types.length === 0) {
    if (isObject(value.properties) || value.additionalProperties !== undefined) types = ["object"];
    else if (value.items !== undefined) types = ["array"];
  }
  if (types.length > 1) {
    const variants = types.map((t) => convert(cx, { ...value, type: t }, pointer));
    return { ...common, kind: "union", operator: "anyOf", variants: variants.map((v) => ({ ...v, ...stripDocs() })) };
  }
  switch (types[0]) {
    case "string":
      return stringSchema(value, common);
    case "integer":
    case "number":
      return {
        ...common,
        kind: "number",
        integer: types[0] === "integer",
        ...numberKey(value, "minimum"),
        ...numberKey(value, "maximum"),
        ...numberKey(value, "exclusiveMinimum"),
        ...numberKey(value, "exclusiveMaximum"),
        ...numberKey(value, "multipleOf"),
      };
    case "boolean":
      return { ...common, kind: "boolean" };
    case "null":
      return { ...common, kind: "null" };
    case "array": {
      // Quirk: upstream puts `minLength`/`maxLength` on some arrays. For an array those
      // keywords are no-ops in JSON Schema; in requests we read them as the minItems/maxItems
      // the author meant (when those are absent), so the client never sends what the server
      // means to refuse. A response may still hold fewer: the contract as written allows it.
      const quirk = cx.direction === "request";
      const minItems = numberOr(value.minItems, quirk ? value.minLength : undefined);
      const maxItems = numberOr(value.maxItems, quirk ? value.maxLength : undefined);
      const items =
        value.items === undefined
          ? ({ kind: "unknown", nullable: false, pointer: `${pointer}/items` } as Schema)
          : convert(cx, value.items, `${pointer}/items`);
      return {
        ...common,
        kind: "array",
        items,
        ...(minItems !== undefined ? { minItems } : {}),
        ...(maxItems !== undefined ? { maxItems } : {}),
        ...(value.uniqueItems === true ? { uniqueItems: true } : {}),
      };
    }
    case "object": {
      const props = asObject(value.properties);
      const required = new Set(asArray(value.required).filter((r): r is string => typeof r === "string"));
      const properties = Object.keys(props).map((name) => ({
        name,
        required: required.has(name),
        schema: convert(cx, props[name] as JsonValue, `${pointer}/properties/${escapePointer(name)}`),
      }));
      const ap = value.additionalProperties;
      const additionalProperties: boolean | Schema =
        ap === false ? false : ap === undefined || ap === true ? true : convert(cx, ap, `${pointer}/additionalProperties`);
      return { ...common, kind: "object", properties, additionalProperties };
    }
    default:
      return { ...common, kind: "unknown" };
  }
}

/**
 * `properties`/`required` written beside `anyOf`/`oneOf` constrain every branch (JSON Schema
 * applies all keywords of a node), e.g. one object whose branches only say which of three ids
 * is required. Each branch gets them merged in, so it converts to a whole object shape.
 */
function withObjectKeywords(cx: BuildContext, outer: JsonObject, branch: JsonValue): JsonValue {
  const outerRequired = asArray(outer.required);
  if (!isObject(outer.properties) && outerRequired.length === 0) return branch;
  // A branch on a reference cycle stays a reference: convert() cuts the cycle there.
  if (!isObject(branch) || (typeof branch.$ref === "string" && cx.refStack.includes(branch.$ref))) return branch;
  const target = typeof branch.$ref === "string" ? { ...asObject(lookup(cx.document, branch.$ref)), ...withoutRef(branch) } : branch;
  const merged: JsonObject = { ...target, properties: { ...asObject(outer.properties), ...asObject(target.properties) } };
  const required = [...new Set([...outerRequired, ...asArray(target.required)])];
  if (required.length > 0) merged.required = required;
  if (merged.type === undefined && outer.type !== undefined) merged.type = outer.type;
  if (merged.additionalProperties === undefined && outer.additionalProperties !== undefined)
    merged.additionalProperties = outer.additionalProperties;
  return merged;
}

function stringSchema(value: JsonObject, common: SchemaCommon): Schema {
  const schema: Schema = { ...common, kind: "string" };
  if (typeof value.format === "string") schema.format = value.format;
  if (typeof value.minLength === "number") schema.minLength = value.minLength;
  if (typeof value.maxLength === "number") schema.maxLength = value.maxLength;
  if (typeof value.pattern === "string") {
    schema.pattern = value.pattern;
    const prefix = idPrefixOf(value.pattern);
    if (prefix !== undefined) schema.idPrefix = prefix;
  }
  return schema;
}

/**
 * `^PN(.*)$`, `^PN.*$`, `^PN.+`... : a literal alphanumeric prefix followed by anything.
 * Only letters/digits/_ count as literal so that regex syntax never leaks into a type.
 */
export function idPrefixOf(pattern: string): string | undefined {
  const m = /^\^([A-Za-z0-9_]+)(?:\(\.\*\)|\.\*|\(\.\+\)|\.\+)?\$?$/.exec(pattern);
  if (!m || m[1] === undefined) return undefined;
  // A bare literal `^ABC$` is an exact value, not a prefix; require the wildcard.
  if (!/(\.\*|\.\+)/.test(pattern)) return undefined;
  return m[1];
}

function commonOf(value: JsonObject, pointer: string): SchemaCommon & { kind?: never } {
  const common: SchemaCommon = { nullable: value.nullable === true, pointer };
  if (typeof value.description === "string") common.description = value.description;
  if (typeof value.title === "string") common.title = value.title;
  if (value.deprecated === true) common.deprecated = true;
  if (value.default !== undefined) common.default = value.default;
  // Quirk: `examples` is sometimes a bare string instead of a list.
  if (Array.isArray(value.examples)) {
    if (value.examples.length > 0) common.example = value.examples[0] as JsonValue;
  } else if (value.examples !== undefined) common.example = value.examples;
  else if (value.example !== undefined) common.example = value.example;
  return common;
}

function definedDocs(common: SchemaCommon): Partial<SchemaCommon> {
  const out: Partial<SchemaCommon> = {};
  if (common.description !== undefined) out.description = common.description;
  if (common.title !== undefined) out.title = common.title;
  if (common.deprecated !== undefined) out.deprecated = common.deprecated;
  if (common.default !== undefined) out.default = common.default;
  if (common.example !== undefined) out.example = common.example;
  return out;
}

function stripDocs(): Partial<SchemaCommon> {
  return {};
}

function isNullSchema(v: JsonValue): boolean {
  return isObject(v) && v.type === "null" && Object.keys(v).every((k) => k === "type" || k === "description");
}

function numberKey(
  value: JsonObject,
  key: "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf",
): Record<string, number> {
  const v = value[key];
  return typeof v === "number" ? { [key]: v } : {};
}

function numberOr(a: JsonValue | undefined, b: JsonValue | undefined): number | undefined {
  return typeof a === "number" ? a : typeof b === "number" ? b : undefined;
}

function withoutRef(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (k !== "$ref") out[k] = v;
  return out;
}

function resolveRef(cx: BuildContext, value: JsonValue | undefined): JsonValue | undefined {
  let current = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref))
      throw new InputError(`OpenAPI document: $ref cycle at ${current.$ref}; break the cycle in the spec or the overlay.`);
    seen.add(current.$ref);
    current = lookup(cx.document, current.$ref);
  }
  return current;
}

function lookup(document: JsonObject, ref: string): JsonValue {
  if (!ref.startsWith("#/")) {
    throw new InputError(
      `OpenAPI document: external $ref "${ref}" is not supported; only internal "#/components/..." references are resolved. Inline it with the overlay (openphone.overlay.json).`,
    );
  }
  const node = resolvePointer(document, ref);
  if (node === undefined)
    throw new InputError(`OpenAPI document: $ref "${ref}" points nowhere; fix the reference in the spec or the overlay.`);
  return node;
}

function asObject(v: JsonValue | undefined): JsonObject {
  return isObject(v) ? v : {};
}
function asArray(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : [];
}
