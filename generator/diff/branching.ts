/**
 * Does generated code branch on this location? A `const` or `enum` change only
 * matters as much as the code that looks at the value:
 *
 * - Request values are checked by the generated request validators and typed as
 *   literals: branched.
 * - Success bodies (2XX, and 1XX/3XX when documented) are checked by the response
 *   validators, which compare `const` values: branched.
 * - Error bodies are never validated. The client turns them into
 *   `ApiError<status, code>` from the status and the body's `code`, so only `code`
 *   (the per-operation error union callers `switch` on) and union discriminators
 *   are branched on. Everything else there (`docs`, `title`, `trace`, ...) is carried
 *   to the caller untouched: a vendor-wide edit of the `docs` link is not breaking.
 *
 * A discriminator is a property named by `discriminator.propertyName`, or one that
 * has a `const`/`enum` in two or more branches of the same anyOf/oneOf (how the
 * upstream tells its union members apart). Collected by name, over the whole
 * document: an over-approximation that can only keep a change ranked high.
 */
import type { JsonObject, JsonValue } from "../core.js";
import { isObject } from "../json.js";
import { isSuccessStatus } from "./rules/helpers.js";
import type { WalkContext } from "./types.js";

export interface BranchIndex {
  /** Property names generated code may tell union members apart by. */
  discriminators: ReadonlySet<string>;
}

/** Resolves an internal `#/...` reference one step; anything else stays as it is. */
function resolveRef(root: JsonObject, node: JsonObject): JsonObject {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let at: JsonValue | undefined = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    at = isObject(at) ? at[key] : undefined;
  }
  return isObject(at) ? at : node;
}

export function indexBranching(...documents: JsonObject[]): BranchIndex {
  const discriminators = new Set<string>();
  for (const root of documents) {
    const seen = new Set<JsonValue>();
    const visit = (node: JsonValue | undefined): void => {
      if (typeof node !== "object" || node === null || seen.has(node)) return;
      seen.add(node);
      if (Array.isArray(node)) {
        for (const item of node) visit(item);
        return;
      }
      const named = isObject(node.discriminator) ? node.discriminator.propertyName : undefined;
      if (typeof named === "string") discriminators.add(named);
      for (const keyword of ["anyOf", "oneOf"] as const) {
        const branches = node[keyword];
        if (!Array.isArray(branches)) continue;
        const counts = new Map<string, number>();
        for (const branch of branches) {
          if (!isObject(branch)) continue;
          const properties = resolveRef(root, branch).properties;
          if (!isObject(properties)) continue;
          for (const [name, schema] of Object.entries(properties)) {
            if (isObject(schema) && ("const" in schema || "enum" in schema)) counts.set(name, (counts.get(name) ?? 0) + 1);
          }
        }
        for (const [name, count] of counts) if (count > 1) discriminators.add(name);
      }
      for (const value of Object.values(node)) visit(value);
    };
    visit(root);
  }
  return { discriminators };
}

/** One wording for every such place, so the report can fold them into one line. */
export const UNBRANCHED_IN_ERROR_BODY =
  "no generated code branches on it: error responses are told apart by status and `code` only, other error-body fields are passed through unchecked";

/** The property's own name: `docs` for "docs", `from` for "data.items[].from". */
function leafName(propertyPath: string): string {
  const parts = propertyPath.replace(/\[\]/g, "").split(".");
  return parts[parts.length - 1] ?? "";
}

/**
 * Why no generated code branches on the place `ctx` points at, or undefined when
 * some does (then the rule's own severity stands).
 */
export function unbranchedReason(ctx: WalkContext, index: BranchIndex): string | undefined {
  if (ctx.direction !== "response" || ctx.status === null || isSuccessStatus(ctx.status)) return undefined;
  if (ctx.propertyPath === "") return undefined;
  if (ctx.propertyPath === "code") return undefined;
  const name = leafName(ctx.propertyPath);
  if (index.discriminators.has(name)) return undefined;
  return UNBRANCHED_IN_ERROR_BODY;
}
