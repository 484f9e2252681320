/**
 * ApiModel: the closed intermediate representation every emitter reads.
 *
 * Built once from the corrected document (correct.ts) by model/build.ts; every
 * name, exports included, is decided once by model/names.ts. Emitters read the
 * model, not the document (the package README's operation list aside).
 *
 * Schemas are a closed union keyed by `kind`. Printers (types, validators) are
 * tables `Record<SchemaKind, printer>` so that adding a kind fails to compile
 * until every printer handles it.
 */

import type { JsonValue } from "../core.js";

/** Facts every schema node may carry, whatever its kind. */
export interface SchemaCommon {
  /**
   * True when the value may also be `null`. OpenAPI 3.1 writes this as
   * `anyOf: [X, {type: "null"}]` or `type: [X, "null"]`; both fold into this flag.
   */
  nullable: boolean;
  description?: string;
  title?: string;
  deprecated?: boolean;
  /** JSON `default`, when the spec gives one. */
  default?: JsonValue;
  /** First example from `examples`/`example`, for docs only. */
  example?: JsonValue;
  /** JSON pointer into the canonical spec where this node was found (first occurrence). */
  pointer: string;
}

export interface StringSchema extends SchemaCommon {
  kind: "string";
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /**
   * Set when `pattern` is a literal prefix followed by "anything" (e.g. `^PN(.*)$`):
   * the type printer renders `` `PN${string}` ``. Decided in build, not in printers.
   */
  idPrefix?: string;
  /** Name of the IdAlias for `idPrefix` (e.g. "PhoneNumberId"), set by model/names.ts. */
  idAlias?: string;
}

export interface NumberSchema extends SchemaCommon {
  kind: "number";
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface BooleanSchema extends SchemaCommon {
  kind: "boolean";
}

/** The JSON value `null` and nothing else (`type: "null"` alone). */
export interface NullSchema extends SchemaCommon {
  kind: "null";
}

/** `const`: exactly one value. */
export interface LiteralSchema extends SchemaCommon {
  kind: "literal";
  value: string | number | boolean;
}

/** `enum`: one of a fixed list of values (in spec order). */
export interface EnumSchema extends SchemaCommon {
  kind: "enum";
  values: Array<string | number | boolean>;
}

export interface ArraySchema extends SchemaCommon {
  kind: "array";
  items: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

export interface Property {
  /** The JSON property name, exactly as in the spec (may not be an identifier). */
  name: string;
  required: boolean;
  schema: Schema;
}

export interface ObjectSchema extends SchemaCommon {
  kind: "object";
  /** In spec (canonical) order. */
  properties: Property[];
  /**
   * `false`: no other keys; `true`: any other keys (the JSON Schema default);
   * a schema: other keys with values of that schema.
   */
  additionalProperties: boolean | Schema;
}

/** `anyOf` / `oneOf` (after nullability has been folded out). */
export interface UnionSchema extends SchemaCommon {
  kind: "union";
  operator: "anyOf" | "oneOf";
  variants: Schema[];
}

/** `allOf`. */
export interface IntersectionSchema extends SchemaCommon {
  kind: "intersection";
  members: Schema[];
}

/** A reference to a named model (see ApiModel.models). */
export interface RefSchema extends SchemaCommon {
  kind: "ref";
  /** The model's final, emitted name (e.g. "Message"). */
  name: string;
}

/** `{}` or anything the model cannot say more about: any JSON value. */
export interface UnknownSchema extends SchemaCommon {
  kind: "unknown";
}

export type Schema =
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | LiteralSchema
  | EnumSchema
  | ArraySchema
  | ObjectSchema
  | UnionSchema
  | IntersectionSchema
  | RefSchema
  | UnknownSchema;

export type SchemaKind = Schema["kind"];

/** A table with one entry per schema kind: the shape every printer takes. */
export type KindTable<R> = { [K in SchemaKind]: (schema: Extract<Schema, { kind: K }>) => R };

/** A schema that got a name: an object used in several places, or an operation's resource. */
export interface NamedModel {
  name: string;
  schema: Schema;
  /** JSON pointers of every place in the spec this shape occurs, sorted. */
  occurrences: string[];
  /** Everything the package exports for this model (model/names.ts decides them). */
  names: ModelNames;
}

/** The exports of one named model. */
export interface ModelNames {
  /** The type, in models.ts (= NamedModel.name). */
  type: string;
  /** Its check function, in validators/models.ts: `checkMessage`. */
  check: string;
  /** Its Validator, in validators/models.ts: `MessageValidator`. */
  validator: string;
}

/** A named string alias such as `PhoneNumberId = `PN${string}``. */
export interface IdAlias {
  name: string;
  prefix: string;
}

export type ParameterLocation = "path" | "query" | "header";

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  description?: string;
  schema: Schema;
  /** Arrays in query are sent as repeated keys (`style: form, explode: true`). */
  explode: boolean;
  /** `style: deepObject`: an object value travels as `name[key]=value` (`createdAt[gte]=...`). */
  deepObject?: boolean;
}

export interface RequestBody {
  contentType: string;
  required: boolean;
  description?: string;
  schema: Schema;
}

export interface Response {
  /** HTTP status as a number, or "default". */
  status: number | "default";
  description?: string;
  /** Absent when the response has no body (e.g. 204). */
  contentType?: string;
  schema?: Schema;
  /** status >= 400 */
  isError: boolean;
}

/**
 * One field of an operation's input object, as the client takes it: path and
 * query parameters and (when the body is an object) the body's properties sit
 * side by side, e.g. `updateContactById({ id, defaultFields })`.
 */
export interface InputField {
  /** Key in the input object. */
  name: string;
  /** Where the client puts it on the wire. "body" fields are the JSON body's properties. */
  in: ParameterLocation | "body";
  required: boolean;
  deprecated: boolean;
  description?: string;
  schema: Schema;
  /** For query arrays: repeat the key (`participants=a&participants=b`). */
  explode: boolean;
  /** `style: deepObject` query parameter: an object value is sent as `name[key]=value`. */
  deepObject?: boolean;
}

/**
 * A list operation's paging, e.g. v1's `maxResults` + `pageToken` -> `nextPageToken`, or the dated
 * API's `limit` + `after` -> `nextCursor`. The runtime's default is v1's; any other is bound to
 * the client's method so that `paginate` sends the right names.
 */
export interface Pagination {
  /** The query parameter carrying the cursor of the next page (`pageToken`, `after`). */
  cursorParam: string;
  /** The success body property holding the next cursor, null or absent on the last page (`nextPageToken`, `nextCursor`). */
  nextField: string;
  /** The query parameter setting the page size (`maxResults`, `limit`), when there is one. */
  sizeParam?: string;
}

export interface Operation {
  /** As in the spec, e.g. "sendMessage_v1". */
  operationId: string;
  /** Function name: operationId without its `_vN` suffix, camelCase, e.g. "sendMessage". */
  functionName: string;
  /** PascalCase base for type names, e.g. "SendMessage". */
  typeName: string;
  method: "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace";
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** Sorted: path parameters first, then query, then header; each by name. */
  parameters: Parameter[];
  requestBody?: RequestBody;
  /** Sorted by status (numbers ascending, "default" last). */
  responses: Response[];
  /**
   * The input object the client function takes, decided once in build:
   * - "flat": parameters and the body's properties side by side (the usual case);
   * - "nested": parameters side by side, the whole body under the key `body`
   *   (used when the body is not an object or a body property collides with a parameter name);
   * - "none": no request body.
   * Sorted: path, query, header, then body fields, each group by name.
   */
  input: InputField[];
  bodyStyle: "flat" | "nested" | "none";
  /** The largest page size a list operation accepts (its size parameter's maximum): what paginate asks for by default. */
  maxPageSize?: number;
  /** How a list operation pages, read from its parameters and success body; absent for anything else. */
  pagination?: Pagination;
  /**
   * Required header parameters whose schema allows exactly one value (a `const` or a one-value
   * `enum`, e.g. `Quo-Api-Version: 2026-03-30`): the client sends them itself, so they are not
   * part of `input`. Wire name -> value; absent when there are none.
   */
  fixedHeaders?: Record<string, string>;
  /**
   * `security: []` on the operation: the document says it takes no credentials, so the client
   * sends no Authorization header (the key stays off a request that does not need it).
   */
  anonymous?: true;
  /** Everything the package exports for this operation (model/names.ts decides them). */
  names: OperationNames;
}

/**
 * The exports of one operation, each decided once so that every emitter prints
 * the same name and collisions are found before anything is emitted.
 */
export interface OperationNames {
  /** `sendMessage`: the function (operations/<fn>.ts), its modules' file name and the client member. */
  function: string;
  /** `sendMessageSafe`. */
  safe: string;
  /** `sendMessageMaxPageSize`, when the operation has a maxPageSize. */
  maxPageSize?: string;
  /** `SendMessageInput`, `SendMessageResult`, `SendMessageErrorBodies` (models.ts), `SendMessageError` (operations/<fn>.ts). */
  input: string;
  result: string;
  errorBodies: string;
  error: string;
  /** Validators (validators/<fn>.ts): `sendMessageRequest`, `sendMessageResponses`, `sendMessageChecks`. */
  request: string;
  responses: string;
  checks: string;
  /** One response validator per documented body, by status (`"202"`, `"default"`): `sendMessageResponse202`. */
  response: Record<string, string>;
}

export interface ApiModel {
  title: string;
  version: string;
  /** Server URLs in spec order; the first is the client's default. */
  servers: string[];
  /** Security scheme in use: OpenPhone sends the raw key in a header. */
  apiKeyHeader?: string;
  /** Sorted by name. */
  models: NamedModel[];
  /** Sorted by name. */
  idAliases: IdAlias[];
  /** Sorted by path, then method. */
  operations: Operation[];
  /** The document's `webhooks` (with the committed supplement merged in), when it has any. */
  webhooks?: WebhookModel;
}

/** One webhook event: the payload the receiver is sent (`webhooks[key].post.requestBody`). */
export interface WebhookEventModel {
  /** The key in the document's `webhooks` map, e.g. "message.received" or "2026-03-30/message.received". */
  key: string;
  /** The values the payload's `type` may take; the first is the subscription name (quirks follow). */
  types: string[];
  /** Which signature scheme delivers it, so parsing picks the right family for a `type`. */
  scheme: "legacy" | "standard-webhooks";
  /** The event's type name, set by model/names.ts (MessageReceivedEvent, QuoMessageReceivedEvent). */
  typeName: string;
  summary?: string;
  /** `x-source` of the payload schema. */
  source?: string;
  schema: Schema;
}

export interface WebhookModel {
  /** Sorted by key. */
  events: WebhookEventModel[];
  /** Shapes several events share (the document's component schemas they use), sorted by name. */
  models: NamedModel[];
}
