/**
 * The only naming pass. Every name an emitter prints comes from here:
 * operation function/type names, named models, ID aliases; model/exports.ts derives
 * each export from them (Operation.names, NamedModel.names) and refuses collisions.
 *
 * Names derive from stable inputs only, never from visit order:
 * - an operation's resource (the `data` of its success body) is named from the
 *   operationId (`listCalls_v1` -> Call, `getCallRecordings_v1` -> CallRecording);
 * - an error body is named from its area (the shortest resource name among the
 *   operations that declare it) and its `title` const (MessageNotFoundError);
 * - any other object whose identical shape sits under two or more different
 *   parents is named from the property that holds it (singular for array items);
 * - identity is structural: the schema with its documentation (description,
 *   title, example, pointer) stripped. Identical shapes share one name; two
 *   different shapes that want the same name are told apart by a qualifier
 *   (the area or parent name), the shape used more often keeping the plain name.
 * The committed override file (openphone.names.json, see NAMES.md) renames or pins.
 */
import { InputError } from "../errors.js";
import { compareCodeUnits as compareStr } from "../json.js";
import { modelExportNames } from "./exports.js";
import type { IdAlias, NamedModel, ObjectSchema, Operation, Schema, StringSchema } from "./types.js";

/** Contents of `openphone.names.json`. */
export interface NameOverrides {
  /** Generated name -> wanted name, e.g. `{ "CallRecording": "Recording" }`. */
  rename?: Record<string, string>;
  /**
   * JSON pointer of one occurrence (as in NamedModel.occurrences) -> name. Pins the
   * shape found there to this name whatever the rules would say, and names it even
   * when the rules would inline it.
   */
  pin?: Record<string, string>;
  /** ID prefix -> alias name, e.g. `{ "AC": "ActivityId" }`. */
  idAliases?: Record<string, string>;
  /** operationId -> function name, e.g. `{ "tasks.list": "listAllTasks" }`: wins over the rules below. */
  operations?: Record<string, string>;
}

// ------------------------------------------------------------ operations

/**
 * Function names an operation cannot take: JavaScript's reserved words (strict mode, ES
 * modules), and the names the generated modules already use for something else (the
 * runtime's `request`/`safe` and the locals of an operation module, the root entry's exports).
 */
const RESERVED_FUNCTION_NAMES = new Set([
  ...["await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum"],
  ...["export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof"],
  ...["interface", "let", "new", "null", "package", "private", "protected", "public", "return", "static", "super"],
  ...["switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "arguments", "eval"],
  ...["request", "safe", "operation", "client", "input", "options", "createClient", "createClientCore", "bindOperation"],
  ...["paginate", "pages", "core"],
  // Module names the validators need for themselves (src/validators/<name>.ts).
  ...["constants", "index", "models"],
]);

/**
 * Type names an operation cannot take: `${typeName}Error` would be one of the runtime's
 * error types, which every operation module imports and the root entry exports.
 */
const RESERVED_TYPE_NAMES = new Set([
  ...["Api", "Common", "OpenPhone", "RateLimit", "UnexpectedStatus", "Network", "Timeout", "Aborted"],
  ...["InvalidResponse", "InvalidRequest"],
]);

/**
 * `sendMessage_v1` -> { functionName: "sendMessage", typeName: "SendMessage" }; `class` -> `classOperation`;
 * a dotted id reads verb first (`tasks.list` -> `listTasks`, see `undotted`). An entry of the names
 * file's `operations` map wins over both rules.
 */
export function operationNames(operationId: string, overrides: NameOverrides = {}): { functionName: string; typeName: string } {
  const given = overrides.operations && Object.hasOwn(overrides.operations, operationId) ? overrides.operations[operationId] : undefined;
  const base = given ?? undotted(operationId.replace(/_v\d+$/i, ""));
  const words = splitWords(base);
  const typeName = words.map(capitalize).join("") || "Operation";
  let safe = /^[0-9]/.test(typeName) ? `Op${typeName}` : typeName;
  if (RESERVED_FUNCTION_NAMES.has(safe.charAt(0).toLowerCase() + safe.slice(1)) || RESERVED_TYPE_NAMES.has(safe)) safe = `${safe}Operation`;
  return { functionName: safe.charAt(0).toLowerCase() + safe.slice(1), typeName: safe };
}

/**
 * A dotted operationId names a namespace, then an action on it: `tasks.list`, `tasks.updateDueDate`.
 * A person writes the verb first: the action's first word, then the namespace, then the action's
 * other words. The namespace stays plural only for a bare `list` (`listTasks`); otherwise it is
 * one item (`getTask`, `updateTaskDueDate`). Several dots: every namespace part, in order
 * (`org.tasks.list` -> `listOrgTasks`). Without a dot the id is unchanged.
 */
export function undotted(operationId: string): string {
  const parts = operationId.split(".").filter((p) => p !== "");
  if (parts.length < 2) return operationId;
  const action = splitWords(parts.pop() as string);
  const verb = action.shift() ?? "";
  const namespace = parts.flatMap(splitWords).map(capitalize);
  const last = namespace.length - 1;
  if (!(verb.toLowerCase() === "list" && action.length === 0) && last >= 0) namespace[last] = singular(namespace[last] as string);
  return [verb.toLowerCase(), ...namespace, ...action.map(capitalize)].join("");
}

const VERBS = new Set(["get", "list", "create", "update", "delete", "send", "fetch", "remove", "add", "patch", "put", "post"]);

/** The resource an operation is about: `getCallRecordings` -> CallRecording, `getContactById` -> Contact. */
export function resourceName(typeName: string): string {
  const words = splitWords(typeName);
  if (words.length > 1 && VERBS.has(words[0]?.toLowerCase() ?? "")) words.shift();
  const by = words.findIndex((w, i) => i > 0 && w === "By");
  if (by > 0) words.length = by;
  const last = words.length - 1;
  if (last >= 0) words[last] = singular(words[last] as string);
  return words.map(capitalize).join("") || typeName;
}

export function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(sh|ch|x|ss)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Any spec text -> PascalCase identifier (letters/digits only), or "" when nothing usable. */
export function pascal(text: string): string {
  const name = splitWords(text).map(capitalize).join("");
  return /^[0-9]/.test(name) ? `N${name}` : name;
}

// ------------------------------------------------------------ structural identity

/** The shape without documentation: equal keys mean "the same type". */
export function structuralKey(schema: Schema): string {
  return JSON.stringify(strip(schema));
}

const DOC_KEYS = new Set(["pointer", "description", "title", "example", "deprecated", "default"]);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  const isProperty = "schema" in value && "required" in value && "name" in value && !("kind" in value);
  for (const key of Object.keys(value).sort()) {
    if (!isProperty && DOC_KEYS.has(key)) continue;
    out[key] = strip((value as Record<string, unknown>)[key]);
  }
  return out;
}

// ------------------------------------------------------------ the pass

interface Group {
  key: string;
  /** Every occurrence (a node in the operations' trees). */
  nodes: ObjectLike[];
  pointers: Set<string>;
  /** name candidates with their priority (lower wins) */
  candidates: Array<{ name: string; priority: number; qualifier: string }>;
  /** distinct "parentKey|property" contexts, for nested objects */
  contexts: Set<string>;
  pinned?: string;
}

type ObjectLike = ObjectSchema | Extract<Schema, { kind: "union" }>;

const RESERVED = new Set([
  "Error",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Array",
  "Date",
  "Record",
  "Partial",
  "Promise",
  "Page",
  "Map",
  "Set",
  "Function",
  "Symbol",
  "Response",
  "Request",
  "Headers",
  "URL",
]);

/** Hints for shared nested objects whose property name alone is too generic. */
const PROPERTY_HINTS: Record<string, string> = { errors: "ErrorDetail" };

export function assignNames(
  operations: Operation[],
  overrides: NameOverrides,
): { models: NamedModel[]; idAliases: IdAlias[]; operations: Operation[] } {
  const shapes = collectShapes(operations);
  const finalName = chooseModelNames(shapes, overrides);
  const ids: IdUses = new Map();
  const rewrite = refRewriter(finalName, ids);
  const models = namedModels(shapes, finalName, rewrite);
  const rewritten = operations.map((op) => rewriteOperation(op, rewrite, finalName));
  const idAliases = nameIdAliases(ids, models, overrides);
  tagIdAliases(models, rewritten, idAliases);
  return { models, idAliases, operations: rewritten };
}

// 1. Collect every object (and union of objects) with where it sits.

type Shapes = Map<string, Group>;

function collectShapes(operations: Operation[]): Shapes {
  const shapes: Shapes = new Map();
  for (const op of operations) {
    const area = resourceName(op.typeName);
    for (const p of op.parameters) visitChild(shapes, p.schema, `op:${op.operationId}`, p.name);
    if (op.requestBody) {
      const body = op.requestBody.schema;
      // The body's own object is flattened into the Input type: only its insides count.
      if (body.kind === "object") for (const p of body.properties) visitChild(shapes, p.schema, `body:${op.operationId}`, p.name);
      else visitChild(shapes, body, `body:${op.operationId}`, "body");
    }
    for (const r of op.responses) {
      if (!r.schema) continue;
      if (r.isError) visitErrorBody(shapes, r.schema, r.status, area, op.operationId);
      else visitSuccessBody(shapes, r.schema, area, op.typeName, `res:${op.operationId}:${r.status}`);
    }
  }
  return shapes;
}

function group(shapes: Shapes, node: ObjectLike): Group {
  const key = structuralKey(node);
  let g = shapes.get(key);
  if (!g) {
    g = { key, nodes: [], pointers: new Set(), candidates: [], contexts: new Set() };
    shapes.set(key, g);
  }
  if (!g.nodes.includes(node)) {
    g.nodes.push(node);
    g.pointers.add(node.pointer);
  }
  return g;
}

function propertyHint(property: string, arrayItem: boolean): string {
  return PROPERTY_HINTS[property] ?? (arrayItem ? singular(pascal(property)) : pascal(property));
}

function visitObject(shapes: Shapes, schema: ObjectSchema, parentKey: string, property: string, arrayItem: boolean): void {
  const g = group(shapes, schema);
  g.contexts.add(`${parentKey}|${property}`);
  const hint = propertyHint(property, arrayItem);
  if (hint) g.candidates.push({ name: hint, priority: 5, qualifier: "" });
  for (const p of schema.properties) visitChild(shapes, p.schema, g.key, p.name);
  if (typeof schema.additionalProperties === "object") visitChild(shapes, schema.additionalProperties, g.key, property);
}

function visitChild(shapes: Shapes, schema: Schema, parentKey: string, property: string, arrayItem = false): void {
  switch (schema.kind) {
    case "object":
      if (schema.properties.length > 0) visitObject(shapes, schema, parentKey, property, arrayItem);
      else if (typeof schema.additionalProperties === "object") visitChild(shapes, schema.additionalProperties, parentKey, property);
      return;
    case "array":
      visitChild(shapes, schema.items, parentKey, property, true);
      return;
    case "union":
      visitUnion(shapes, schema, parentKey, property, arrayItem);
      return;
    case "intersection":
      for (const m of schema.members) visitChild(shapes, m, parentKey, property, arrayItem);
      return;
    default:
      return;
  }
}

function visitUnion(
  shapes: Shapes,
  schema: Extract<Schema, { kind: "union" }>,
  parentKey: string,
  property: string,
  arrayItem: boolean,
): void {
  const objects = schema.variants.filter((v): v is ObjectSchema => v.kind === "object" && v.properties.length > 0);
  if (objects.length < 2 || objects.length !== schema.variants.length) {
    for (const v of schema.variants) visitChild(shapes, v, parentKey, property, arrayItem);
    return;
  }
  // A union of objects is one thing (CustomField): name the union, and let its
  // variants be named only if they are also used elsewhere.
  const g = group(shapes, schema);
  g.contexts.add(`${parentKey}|${property}`);
  const hint = propertyHint(property, arrayItem);
  if (hint) g.candidates.push({ name: hint, priority: 5, qualifier: "" });
  for (const v of objects) {
    const vg = group(shapes, v);
    vg.contexts.add(`${g.key}|${property}`);
    const tag = discriminator(v);
    if (hint) vg.candidates.push({ name: `${hint}${tag ?? ""}`, priority: tag ? 4 : 6, qualifier: "" });
    for (const p of v.properties) visitChild(shapes, p.schema, vg.key, p.name);
  }
}

/** An error body is named from its area and its `title` const: MessageNotFoundError. */
function visitErrorBody(shapes: Shapes, root: Schema, status: number | "default", area: string, operationId: string): void {
  if (root.kind !== "object" || root.properties.length === 0) {
    visitChild(shapes, root, `res:${operationId}:${status}`, "body");
    return;
  }
  const g = group(shapes, root);
  const title = root.properties.find((p) => p.name === "title")?.schema;
  const label = title?.kind === "literal" && typeof title.value === "string" ? pascal(title.value) : `Status${status}`;
  g.candidates.push({ name: `${area}${label.endsWith("Error") ? label : `${label}Error`}`, priority: 1, qualifier: String(status) });
  g.candidates.push({ name: "", priority: 99, qualifier: area });
  for (const p of root.properties) visitChild(shapes, p.schema, g.key, p.name);
}

/** Success: the envelope `{ data: X }` (or a page `{ data: X[], ... }`) stays inline; X is the resource. */
function visitSuccessBody(shapes: Shapes, root: Schema, area: string, qualifier: string, envelopeKey: string): void {
  const data = root.kind === "object" ? root.properties.find((p) => p.name === "data")?.schema : undefined;
  const resource = data ? (data.kind === "array" ? data.items : data) : root;
  if (root.kind === "object" && data) {
    for (const p of root.properties) if (p.name !== "data") visitChild(shapes, p.schema, envelopeKey, p.name);
  }
  if (resource.kind === "object" && resource.properties.length > 0) {
    const g = group(shapes, resource);
    g.candidates.push({ name: area, priority: 0, qualifier });
    g.contexts.add(`${envelopeKey}|data`);
    for (const p of resource.properties) visitChild(shapes, p.schema, g.key, p.name);
  } else if (resource.kind === "union" && resource.variants.every((v) => v.kind === "object")) {
    // A union of resources (webhooks): the union is named after the resource,
    // each variant after the operation that returns it alone, or "<Area><n>".
    const g = group(shapes, resource);
    g.candidates.push({ name: area, priority: 0, qualifier });
    resource.variants.forEach((v, i) => {
      if (v.kind !== "object") return;
      const vg = group(shapes, v);
      vg.candidates.push({ name: `${area}Variant${i + 1}`, priority: 3, qualifier });
      vg.contexts.add(`${g.key}|variant`);
      for (const p of v.properties) visitChild(shapes, p.schema, vg.key, p.name);
    });
  } else visitChild(shapes, resource, envelopeKey, "data");
}

// 2. Decide which shapes are named, and what they are called.

interface Wanted {
  group: Group;
  name: string;
  qualifier: string;
  uses: number;
}

/** Shape key -> final model name. */
function chooseModelNames(shapes: Shapes, overrides: NameOverrides): Map<string, string> {
  for (const [pointer, name] of Object.entries(overrides.pin ?? {})) {
    for (const g of shapes.values()) if (g.pointers.has(pointer)) g.pinned = name;
  }
  const finalName = settleConflicts(wantedNames(shapes));
  for (const [key, name] of finalName) {
    const renamed = overrides.rename?.[name];
    if (renamed !== undefined) finalName.set(key, renamed);
  }
  refuseSharedNames(finalName);
  return finalName;
}

function wantedNames(shapes: Shapes): Wanted[] {
  const wanted: Wanted[] = [];
  for (const g of [...shapes.values()].sort((a, b) => compareStr(firstPointer(a), firstPointer(b)))) {
    const strong = g.candidates.filter((c) => c.priority < 4 && c.name !== "");
    const shared = g.contexts.size >= 2;
    if (!g.pinned && strong.length === 0 && !shared) continue;
    const best = bestCandidate(
      g.pinned ? [{ name: g.pinned, priority: -1, qualifier: "" }] : strong.length > 0 ? strong : g.candidates.filter((c) => c.name !== ""),
    );
    let name = best?.name ?? "";
    if (name === "" || RESERVED.has(name)) name = `${name || "Shape"}Model`;
    const qualifier = g.candidates.find((c) => c.priority === 99)?.qualifier || best?.qualifier || parentHint(shapes, g);
    wanted.push({ group: g, name, qualifier, uses: g.pointers.size });
  }
  return wanted;
}

function parentHint(shapes: Shapes, g: Group): string {
  const parent = [...g.contexts].sort()[0]?.split("|")[0] ?? "";
  const m = /^(?:op|body|res):([^:]+)/.exec(parent);
  if (m?.[1]) return operationNames(m[1]).typeName;
  const pg = shapes.get(parent);
  return pg ? (bestCandidate(pg.candidates.filter((c) => c.name !== ""))?.name ?? "") : "";
}

/** Two shapes that want one name: the most used keeps it, then the earliest pointer; the others are qualified. */
function settleConflicts(wanted: Wanted[]): Map<string, string> {
  const byName = new Map<string, Wanted[]>();
  for (const w of wanted) byName.set(w.name, [...(byName.get(w.name) ?? []), w]);
  const finalName = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of [...byName.keys()].sort()) {
    const list = (byName.get(name) ?? []).sort((a, b) => b.uses - a.uses || compareStr(firstPointer(a.group), firstPointer(b.group)));
    list.forEach((w, i) => {
      let chosen = i === 0 || w.group.pinned ? name : `${pascal(w.qualifier)}${name}`;
      let n = 2;
      while (taken.has(chosen)) chosen = `${name}${n++}`;
      taken.add(chosen);
      finalName.set(w.group.key, chosen);
    });
  }
  return finalName;
}

/** Only overrides can make two shapes share a name; the rules never do. */
function refuseSharedNames(finalName: Map<string, string>): void {
  const seen = new Map<string, string>();
  for (const [key, name] of finalName) {
    const other = seen.get(name);
    if (other !== undefined && other !== key)
      throw new InputError(
        `openphone.names.json: two different shapes would both be named "${name}"; choose distinct names in "rename"/"pin".`,
      );
    seen.set(name, key);
  }
}

// 3. Rewrite: named objects become refs; each named model's schema is its first occurrence.

/** ID prefix -> candidate alias name -> weight. */
type IdUses = Map<string, Map<string, number>>;
type Rewrite = (schema: Schema, property: string, owner: string, top: boolean) => Schema;

function noteId(ids: IdUses, s: StringSchema, property: string, owner: string): void {
  if (s.idPrefix === undefined) return;
  let candidate: string | undefined;
  if (/^id$/i.test(property)) candidate = owner ? `${owner}Id` : undefined;
  else if (/Ids?$/.test(property)) candidate = pascal(property.replace(/Ids$/, "Id"));
  const uses = ids.get(s.idPrefix) ?? new Map<string, number>();
  // A singular `phoneNumberId` says more than a plural `resourceIds` list.
  const weight = /Ids$/.test(property) ? 1 : 1000;
  if (candidate) uses.set(candidate, (uses.get(candidate) ?? 0) + weight);
  ids.set(s.idPrefix, uses);
}

/** A rewriter that also notes, in `ids`, which property names hold each ID prefix. */
function refRewriter(finalName: Map<string, string>, ids: IdUses): Rewrite {
  const rewrite: Rewrite = (schema, property, owner, top) => {
    if (!top && (schema.kind === "object" || schema.kind === "union")) {
      const name = finalName.get(structuralKey(schema));
      if (name !== undefined) return refTo(name, schema);
    }
    switch (schema.kind) {
      case "string":
        noteId(ids, schema, property, owner);
        return { ...schema };
      case "object":
        return {
          ...schema,
          properties: schema.properties.map((p) => ({ ...p, schema: rewrite(p.schema, p.name, owner, false) })),
          additionalProperties:
            typeof schema.additionalProperties === "object"
              ? rewrite(schema.additionalProperties, property, owner, false)
              : schema.additionalProperties,
        };
      case "array":
        return { ...schema, items: rewrite(schema.items, property, owner, false) };
      case "union":
        return { ...schema, variants: schema.variants.map((v) => rewrite(v, property, owner, false)) };
      case "intersection":
        return { ...schema, members: schema.members.map((m) => rewrite(m, property, owner, false)) };
      default:
        return { ...schema };
    }
  };
  return rewrite;
}

function refTo(name: string, schema: Schema): Schema {
  const ref: Schema = { kind: "ref", name, nullable: schema.nullable, pointer: schema.pointer };
  if (schema.description !== undefined) ref.description = schema.description;
  if (schema.deprecated) ref.deprecated = true;
  if (schema.default !== undefined) ref.default = schema.default;
  return ref;
}

function namedModels(shapes: Shapes, finalName: Map<string, string>, rewrite: Rewrite): NamedModel[] {
  const models: NamedModel[] = [];
  for (const g of shapes.values()) {
    const name = finalName.get(g.key);
    if (name === undefined) continue;
    const first = [...g.nodes].sort((a, b) => compareStr(a.pointer, b.pointer))[0] as ObjectLike;
    const schema = rewrite({ ...first, nullable: false }, "", name, true);
    models.push({ name, schema, occurrences: [...g.pointers].sort(), names: modelExportNames(name) });
  }
  return models.sort((a, b) => compareStr(a.name, b.name));
}

function rewriteOperation(op: Operation, rewrite: Rewrite, finalName: Map<string, string>): Operation {
  const owner = resourceName(op.typeName);
  const rw = (s: Schema, property: string): Schema => rewrite(s, property, owner, false);
  // Error bodies are refs to their named model; success envelopes stay inline objects.
  const rewriteRoot = (s: Schema, isError: boolean): Schema =>
    rewrite(s, "body", owner, !isError && s.kind === "object" && !finalName.has(structuralKey(s)));
  const out: Operation = {
    ...op,
    parameters: op.parameters.map((p) => ({ ...p, schema: rw(p.schema, p.name) })),
    responses: op.responses.map((r) => (r.schema ? { ...r, schema: rewriteRoot(r.schema, r.isError) } : { ...r })),
    input: op.input.map((f) => ({ ...f, schema: rw(f.schema, f.name) })),
  };
  if (op.requestBody)
    out.requestBody = { ...op.requestBody, schema: rewrite(op.requestBody.schema, "body", owner, op.requestBody.schema.kind === "object") };
  return out;
}

// 4. ID aliases: one per prefix, named after the most common `xxxId` that holds it.

function nameIdAliases(ids: IdUses, models: NamedModel[], overrides: NameOverrides): IdAlias[] {
  const idAliases: IdAlias[] = [];
  const taken = new Set(models.map((m) => m.name));
  for (const prefix of [...ids.keys()].sort()) {
    const uses = [...(ids.get(prefix) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || compareStr(a[0], b[0]));
    let name = overrides.idAliases?.[prefix] ?? uses[0]?.[0] ?? `${pascal(prefix)}Id`;
    if (taken.has(name)) name = `${pascal(prefix)}PrefixedId`;
    taken.add(name);
    idAliases.push({ name, prefix });
  }
  return idAliases.sort((a, b) => compareStr(a.name, b.name));
}

/** Marks every prefixed ID string with its alias's name, in place. */
function tagIdAliases(models: NamedModel[], operations: Operation[], idAliases: IdAlias[]): void {
  const aliasOf = new Map(idAliases.map((a) => [a.prefix, a.name]));
  const tag = (s: Schema): void => {
    switch (s.kind) {
      case "string":
        if (s.idPrefix !== undefined) s.idAlias = aliasOf.get(s.idPrefix);
        return;
      case "object":
        for (const p of s.properties) tag(p.schema);
        if (typeof s.additionalProperties === "object") tag(s.additionalProperties);
        return;
      case "array":
        tag(s.items);
        return;
      case "union":
        for (const v of s.variants) tag(v);
        return;
      case "intersection":
        for (const m of s.members) tag(m);
        return;
      default:
        return;
    }
  };
  for (const m of models) tag(m.schema);
  for (const op of operations) {
    for (const p of op.parameters) tag(p.schema);
    for (const f of op.input) tag(f.schema);
    if (op.requestBody) tag(op.requestBody.schema);
    for (const r of op.responses) if (r.schema) tag(r.schema);
  }
}

/** `{ type: "date", ... }` -> "Date": the single value of a `type`/`kind` enum or const, as a name suffix. */
function discriminator(schema: ObjectSchema): string | undefined {
  for (const p of schema.properties) {
    if (p.name !== "type" && p.name !== "kind" && p.name !== "object") continue;
    const s = p.schema;
    const value = s.kind === "literal" ? s.value : s.kind === "enum" && s.values.length === 1 ? s.values[0] : undefined;
    if (typeof value === "string" && pascal(value)) return pascal(value);
  }
  return undefined;
}

function bestCandidate<T extends { name: string; priority: number }>(list: T[]): T | undefined {
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  return [...list].sort(
    (a, b) =>
      a.priority - b.priority ||
      (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) ||
      a.name.length - b.name.length ||
      compareStr(a.name, b.name),
  )[0];
}

function firstPointer(g: Group): string {
  return [...g.pointers].sort()[0] ?? "";
}

// ------------------------------------------------------------ webhooks

/**
 * A webhook event's type name, from its subscription name and scheme:
 * `message.received` → MessageReceivedEvent (legacy), QuoMessageReceivedEvent (2026-03-30 API).
 */
export function webhookEventTypeName(type: string, scheme: "legacy" | "standard-webhooks"): string {
  return `${scheme === "legacy" ? "" : "Quo"}${pascal(type) || "Unnamed"}Event`;
}

/** A shape webhook events share, named after its component schema (`WebhookLegacyCall`). */
export function webhookModelName(componentName: string): string {
  const name = pascal(componentName) || "Shape";
  return RESERVED.has(name) ? `${name}Model` : name;
}
