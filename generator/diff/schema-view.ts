/**
 * One schema as the diff sees it: internal $refs resolved (with cycle protection),
 * allOf merged, nested anyOf/oneOf flattened, and nullability — in every 3.1 form
 * (`type: [X, "null"]`, `anyOf: [X, {type: "null"}]`, `const: null`, an enum
 * containing null) and the 3.0 `nullable: true` — reduced to one flag. So wrapping
 * a schema in allOf, or reordering anyOf branches, is no change (JSON Schema
 * 2020-12 §10.2.1: allOf/anyOf/oneOf are order-independent).
 */
import type { JsonObject, JsonValue } from "../core.js";
import { isObject, resolvePointer } from "../json.js";

export interface SchemaView {
  /** Pointer of the object that holds most keywords (the innermost single branch). */
  ptr: string;
  /** Pointer of the schema where it is used (before looking through $ref, allOf, anyOf). */
  rootPtr: string;
  /** The merged keywords, without $ref/allOf/anyOf/oneOf; `type` without "null". */
  keywords: JsonObject;
  /** Pointer of the object each keyword came from, so a change points at its real place. */
  origin: Record<string, string>;
  /** Declared types without "null", sorted; empty means unconstrained. */
  types: string[];
  nullable: boolean;
  /** Only the null type (`{type: "null"}`). */
  isNull: boolean;
  /** Two or more non-null alternatives (anyOf/oneOf), flattened; null otherwise. */
  branches: SchemaView[] | null;
  /** Set when a $ref leads back into itself: the walk stops here. */
  cycleRef: string | null;
  /** The resolved subtree, for fingerprints. */
  source: JsonValue;
}

const COMPOSITION = new Set(["$ref", "allOf", "anyOf", "oneOf"]);

/** Resolve an internal reference ("#/components/schemas/X"); undefined for anything else. */
export function resolveRef(document: JsonObject, ref: string): JsonValue | undefined {
  if (ref !== "#" && !ref.startsWith("#/")) return undefined; // never read outside the document
  return resolvePointer(document, ref);
}

/** Follow $ref chains of a non-schema object (parameter, response, request body), cycle-safe. */
export function derefObject(
  document: JsonObject,
  value: JsonValue | undefined,
  ptr: string,
): { value: JsonObject | undefined; ptr: string } {
  const seen = new Set<string>();
  let node = value;
  let at = ptr;
  while (isObject(node) && typeof node.$ref === "string") {
    const ref = node.$ref;
    if (seen.has(ref)) return { value: undefined, ptr: at };
    seen.add(ref);
    node = resolveRef(document, ref);
    at = ref.slice(1);
  }
  return { value: isObject(node) ? node : undefined, ptr: at };
}

export function viewSchema(document: JsonObject, value: JsonValue | undefined, ptr: string, refStack: readonly string[] = []): SchemaView {
  let node: JsonValue | undefined = value;
  let at = ptr;
  let stack = refStack;
  const refSiblings: Array<{ node: JsonObject; ptr: string }> = [];
  while (isObject(node) && typeof node.$ref === "string") {
    const ref = node.$ref;
    refSiblings.push({ node, ptr: at });
    if (stack.includes(ref)) return cycleView(ref, at, ptr);
    stack = [...stack, ref];
    node = resolveRef(document, ref);
    at = ref.slice(1);
  }
  if (!isObject(node)) {
    // `true`/absent: anything; `false`: nothing. Both carry no keywords to compare.
    return {
      ptr: at,
      rootPtr: ptr,
      keywords: {},
      origin: {},
      types: [],
      nullable: false,
      isNull: false,
      branches: null,
      cycleRef: null,
      source: node ?? true,
    };
  }

  const keywords: JsonObject = {};
  const origin: Record<string, string> = Object.create(null);
  for (const [key, child] of Object.entries(node)) {
    if (COMPOSITION.has(key)) continue;
    setOwn(keywords, key, child);
    origin[key] = at;
  }
  // 3.1 allows siblings next to $ref (a description, say); they win over the target's.
  for (const sibling of refSiblings) {
    for (const [key, child] of Object.entries(sibling.node)) {
      if (key === "$ref") continue;
      setOwn(keywords, key, child);
      origin[key] = sibling.ptr;
    }
  }

  let nullable = false;
  let isNull = false;
  let types: string[] = [];
  const declared = keywords.type;
  if (Array.isArray(declared)) {
    const names = declared.filter((t): t is string => typeof t === "string");
    nullable = names.includes("null");
    types = names.filter((t) => t !== "null");
    if (types.length === 0 && nullable) isNull = true;
  } else if (typeof declared === "string") {
    if (declared === "null") isNull = true;
    else types = [declared];
  }
  if (keywords.nullable === true) nullable = true;
  if (Object.hasOwn(keywords, "const") && keywords.const === null) isNull = true;
  if (Array.isArray(keywords.enum) && keywords.enum.includes(null)) {
    nullable = true;
    keywords.enum = keywords.enum.filter((v) => v !== null);
  }
  delete keywords.type;
  delete keywords.nullable;

  let ownPtr = at;
  const ownHasStructure = Object.keys(keywords).some((k) => !DOC_KEYWORDS.has(k)) || types.length > 0;

  // allOf: merge every member into one object (properties and required by union).
  const allOf = Array.isArray(node.allOf) ? node.allOf : [];
  let branches: SchemaView[] | null = null;
  allOf.forEach((member, index) => {
    const view = viewSchema(document, member, `${at}/allOf/${index}`, stack);
    if (view.cycleRef) return;
    mergeInto(keywords, origin, view);
    if (types.length === 0) types = view.types;
    if (view.branches && !branches) branches = view.branches;
    if (allOf.length === 1 && !ownHasStructure) ownPtr = view.ptr;
  });

  // anyOf/oneOf: flatten nested unions, fold null branches into `nullable`.
  const alternatives: SchemaView[] = [];
  let sawUnion = false;
  for (const key of ["anyOf", "oneOf"] as const) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    sawUnion = true;
    list.forEach((member, index) => {
      const view = viewSchema(document, member, `${at}/${key}/${index}`, stack);
      if (view.isNull) {
        nullable = true;
        return;
      }
      if (view.nullable) nullable = true;
      if (view.branches) alternatives.push(...view.branches);
      else alternatives.push({ ...view, nullable: false });
    });
  }
  if (sawUnion) {
    if (alternatives.length === 1) {
      const only = alternatives[0]!;
      // The wrapper's own keywords (its description, say) stay; the branch supplies the rest.
      const merged: JsonObject = { ...only.keywords };
      const mergedOrigin: Record<string, string> = Object.assign(Object.create(null), only.origin);
      for (const [key, child] of Object.entries(keywords)) {
        setOwn(merged, key, child);
        mergedOrigin[key] = origin[key]!;
      }
      for (const key of Object.keys(keywords)) delete keywords[key];
      for (const [key, child] of Object.entries(merged)) setOwn(keywords, key, child);
      for (const key of Object.keys(origin)) delete origin[key];
      Object.assign(origin, mergedOrigin);
      if (types.length === 0) types = only.types;
      if (only.branches) branches = only.branches;
      if (!ownHasStructure) ownPtr = only.ptr;
      isNull = false;
    } else if (alternatives.length > 1) {
      branches = alternatives;
      isNull = false;
    } else if (nullable) {
      isNull = true;
    }
  }

  return {
    ptr: ownPtr,
    rootPtr: ptr,
    keywords,
    origin,
    types: [...new Set(types)].sort(),
    nullable: nullable && !isNull,
    isNull,
    branches,
    cycleRef: null,
    source: node,
  };
}

function mergeInto(keywords: JsonObject, origin: Record<string, string>, view: SchemaView): void {
  for (const [key, child] of Object.entries(view.keywords)) {
    if (key === "properties" && isObject(keywords.properties) && isObject(child)) {
      keywords.properties = { ...child, ...keywords.properties };
    } else if (key === "required" && Array.isArray(keywords.required) && Array.isArray(child)) {
      keywords.required = [...new Set([...keywords.required, ...child])];
    } else if (!Object.hasOwn(keywords, key)) {
      setOwn(keywords, key, child);
      origin[key] = view.origin[key] ?? view.ptr;
    }
  }
}

/** A plain assignment of "__proto__" would replace the prototype instead of adding a key. */
function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function cycleView(ref: string, ptr: string, rootPtr: string): SchemaView {
  return {
    ptr,
    rootPtr,
    keywords: {},
    origin: {},
    types: [],
    nullable: false,
    isNull: false,
    branches: null,
    cycleRef: ref,
    source: { $ref: ref },
  };
}

/** Keywords that document and never constrain (OpenAPI 3.1 §4.8.24, JSON Schema 2020-12 §9). */
export const DOC_KEYWORDS = new Set(["description", "title", "example", "examples", "summary", "$comment", "externalDocs"]);

/**
 * A structural fingerprint: the subtree without documentation keywords, keys sorted.
 * Used to match union branches by content. Memoised per diff run (never across runs).
 */
export class Fingerprints {
  private readonly memo = new WeakMap<object, string>();

  of(value: JsonValue | undefined, depth = 0): string {
    if (value === undefined) return "~";
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const hit = this.memo.get(value);
    if (hit !== undefined) return hit;
    let text: string;
    if (depth > 64) text = "…";
    else if (Array.isArray(value)) text = `[${value.map((v) => this.of(v, depth + 1)).join(",")}]`;
    else if (typeof value.$ref === "string") text = `{"$ref":${JSON.stringify(value.$ref)}}`;
    else {
      const keys = Object.keys(value)
        .filter((k) => !DOC_KEYWORDS.has(k))
        .sort();
      text = `{${keys.map((k) => `${JSON.stringify(k)}:${this.of(value[k], depth + 1)}`).join(",")}}`;
    }
    this.memo.set(value, text);
    return text;
  }

  /** Fingerprint of a view: its keywords (minus docs) plus types and nullability. */
  ofView(view: SchemaView): string {
    const keys = Object.keys(view.keywords)
      .filter((k) => !DOC_KEYWORDS.has(k))
      .sort();
    const body = keys.map((k) => `${JSON.stringify(k)}:${this.of(view.keywords[k])}`).join(",");
    const branches = view.branches
      ? view.branches
          .map((b) => this.ofView(b))
          .sort()
          .join("|")
      : "";
    return `${view.types.join("/")}${view.nullable ? "?" : ""}{${body}}${branches}`;
  }
}
