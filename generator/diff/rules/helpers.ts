/**
 * Small builders shared by the rule files. A rule file states its id and which
 * builder it uses; its severity and direction live only in rules/index.ts.
 */
import type { JsonValue } from "../../core.js";
import { compareCodeUnits, stableStringify } from "../../json.js";
import { deepEqual } from "../equal.js";
import type { SchemaView } from "../schema-view.js";
import type { Finding, PairKind, PairKinds, RuleCheck, WalkContext } from "../types.js";

export function defineRule<K extends PairKind>(
  id: string,
  on: K,
  check: (pair: PairKinds[K], ctx: WalkContext, at: string) => Finding[],
): RuleCheck<K> {
  return { id, on, check };
}

/** "`data.externalId` in response 200 (application/json)", or just the place at a schema root. */
export function where(ctx: WalkContext): string {
  if (!ctx.propertyPath) return ctx.place;
  // Items of an array at the root (a parameter's `participants[]`): say so in words.
  if (ctx.propertyPath.startsWith("[]")) return `items${ctx.propertyPath.length > 2 ? ` \`${ctx.propertyPath}\`` : ""} of ${ctx.place}`;
  return `\`${ctx.propertyPath}\` in ${ctx.place}`;
}

export function show(value: JsonValue | undefined): string {
  if (value === undefined) return "(none)";
  const text = stableStringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A keyword value for a message: strings (patterns, formats) verbatim in backticks, the rest as JSON. */
export function literal(value: JsonValue | undefined): string {
  if (typeof value === "string" && !value.includes("`") && value.length <= 80) return `\`${value}\``;
  return show(value);
}

export function same(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return deepEqual(a, b);
}

export function finding(message: string, before: JsonValue | undefined, after: JsonValue | undefined, location: string): Finding {
  return { message, before, after, location };
}

/** Where keyword `k` of a view lives (after merging, it may come from a wrapper or an allOf member). */
export function keywordPtr(view: SchemaView, keyword: string): string {
  return `${view.origin[keyword] ?? view.ptr}/${keyword}`;
}

// --- which keywords apply to which types (JSON Schema 2020-12 validation §6.2–6.5) ---

const APPLIES_TO: Record<string, string[]> = {
  minLength: ["string"],
  maxLength: ["string"],
  pattern: ["string"],
  // `format` is left out on purpose: OpenAPI puts it on numbers too (int32, int64, float, double; OAS 3.1 §4.2).
  minItems: ["array"],
  maxItems: ["array"],
  minProperties: ["object"],
  maxProperties: ["object"],
  minimum: ["number", "integer"],
  maximum: ["number", "integer"],
  exclusiveMinimum: ["number", "integer"],
  exclusiveMaximum: ["number", "integer"],
};

/** False when the schema declares types and none of them is one the keyword constrains. */
export function applies(view: SchemaView, keyword: string): boolean {
  const targets = APPLIES_TO[keyword];
  if (!targets || view.types.length === 0) return true;
  return view.types.some((t) => targets.includes(t));
}

export const INAPPLICABLE_CANDIDATES = Object.keys(APPLIES_TO);

// --- value keywords: pattern, format, const, default ---

export type ValueChange = "added" | "removed" | "changed";

export function valueKeywordRule(
  id: string,
  keyword: string,
  when: ValueChange | "any",
  describe: (ctx: WalkContext, before: JsonValue | undefined, after: JsonValue | undefined) => string,
  skip: (pair: PairKinds["schema"], ctx: WalkContext) => boolean = () => false,
): RuleCheck<"schema"> {
  return defineRule(id, "schema", (pair, ctx) => {
    if (pair.compare === "nullability" || skip(pair, ctx)) return [];
    const { before, after } = pair;
    if (!applies(before, keyword) || !applies(after, keyword)) return [];
    const vb = before.keywords[keyword];
    const vr = after.keywords[keyword];
    if (same(vb, vr)) return [];
    const kind: ValueChange = vb === undefined ? "added" : vr === undefined ? "removed" : "changed";
    if (when !== "any" && kind !== when) return [];
    const location = kind === "removed" ? keywordPtr(before, keyword) : keywordPtr(after, keyword);
    return [finding(describe(ctx, vb, vr), vb, vr, location)];
  });
}

// --- bounds: min/max on numbers, lengths on strings/arrays/objects ---

export const RANGE_KEYWORDS = ["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"];
export const LENGTH_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"];

/** "narrowed": fewer values are valid than before; "widened": more are. */
export function boundsRule(id: string, family: "range" | "length", when: "narrowed" | "widened"): RuleCheck<"schema"> {
  const keywords = family === "range" ? RANGE_KEYWORDS : LENGTH_KEYWORDS;
  return defineRule(id, "schema", (pair, ctx) => {
    if (pair.compare === "nullability") return [];
    const out: Finding[] = [];
    for (const keyword of keywords) {
      if (!applies(pair.before, keyword) || !applies(pair.after, keyword)) continue;
      const vb = pair.before.keywords[keyword];
      const vr = pair.after.keywords[keyword];
      if (same(vb, vr)) continue;
      const nb = typeof vb === "number" ? vb : undefined;
      const nr = typeof vr === "number" ? vr : undefined;
      const isMin = keyword.startsWith("min") || keyword === "exclusiveMinimum";
      // A lower bound rising (or appearing) narrows; an upper bound falling (or appearing) narrows.
      const narrowed = nb === undefined ? nr !== undefined : nr === undefined ? false : isMin ? nr > nb : nr < nb;
      const direction = narrowed ? "narrowed" : "widened";
      if (direction !== when) continue;
      const location = nr === undefined ? keywordPtr(pair.before, keyword) : keywordPtr(pair.after, keyword);
      out.push(
        finding(
          `${where(ctx)}: \`${keyword}\` ${show(vb)} → ${show(vr)} (${direction === "narrowed" ? "fewer values are valid" : "more values are valid"})`,
          vb,
          vr,
          location,
        ),
      );
    }
    return out;
  });
}

// --- types ---

function covers(types: string[], type: string): boolean {
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

export type TypeChange = "widened" | "narrowed" | "changed";

export function classifyTypes(before: string[], after: string[]): TypeChange | null {
  if (before.join() === after.join()) return null;
  if (before.length === 0) return "narrowed"; // unconstrained → constrained
  if (after.length === 0) return "widened";
  const widened = before.every((t) => covers(after, t));
  const narrowed = after.every((t) => covers(before, t));
  if (widened && !narrowed) return "widened";
  if (narrowed && !widened) return "narrowed";
  return "changed";
}

export function typeRule(id: string, when: TypeChange): RuleCheck<"schema"> {
  return defineRule(id, "schema", (pair, ctx, at) => {
    if (pair.compare === "nullability") return [];
    // A schema that only allows null has the type "null" here (nullability elsewhere is a flag).
    const tb = pair.before.isNull ? ["null"] : pair.before.types;
    const tr = pair.after.isNull ? ["null"] : pair.after.types;
    const kind = classifyTypes(tb, tr);
    if (kind !== when) return [];
    const vb = tb.length ? tb : undefined;
    const vr = tr.length ? tr : undefined;
    const words = { widened: "widened", narrowed: "narrowed", changed: "changed" }[kind];
    return [finding(`${where(ctx)}: type ${words}: ${vb ? vb.join(" | ") : "any"} → ${vr ? vr.join(" | ") : "any"}`, vb, vr, at)];
  });
}

// --- enums ---

/** Values added to or removed from an enum that exists on both sides: one finding listing them. */
export function enumRule(id: string, when: "added" | "removed"): RuleCheck<"schema"> {
  return defineRule(id, "schema", (pair, ctx) => {
    if (pair.compare === "nullability") return [];
    const eb = pair.before.keywords.enum;
    const er = pair.after.keywords.enum;
    if (!Array.isArray(eb) || !Array.isArray(er)) return []; // an enum appearing or disappearing: enumPresenceRule
    const keysB = new Set(eb.map(stableStringify));
    const keysR = new Set(er.map(stableStringify));
    const values = (
      when === "added" ? er.filter((v) => !keysB.has(stableStringify(v))) : eb.filter((v) => !keysR.has(stableStringify(v)))
    ).sort((a, b) => compareCodeUnits(stableStringify(a), stableStringify(b)));
    if (values.length === 0) return [];
    const location = when === "added" ? keywordPtr(pair.after, "enum") : keywordPtr(pair.before, "enum");
    const list = values.map((v) => show(v)).join(", ");
    const message = `${where(ctx)}: enum value${values.length > 1 ? "s" : ""} ${list} ${when}`;
    return [finding(message, when === "removed" ? values : undefined, when === "added" ? values : undefined, location)];
  });
}

/** An enum list appearing (only the listed values stay valid) or disappearing (any value of the type is valid). */
export function enumPresenceRule(id: string, when: "added" | "removed"): RuleCheck<"schema"> {
  return defineRule(id, "schema", (pair, ctx) => {
    if (pair.compare === "nullability") return [];
    const eb = pair.before.keywords.enum;
    const er = pair.after.keywords.enum;
    if (when === "added" ? eb !== undefined || !Array.isArray(er) : er !== undefined || !Array.isArray(eb)) return [];
    const location = when === "added" ? keywordPtr(pair.after, "enum") : keywordPtr(pair.before, "enum");
    const message = when === "added" ? `${where(ctx)}: now limited to ${show(er)}` : `${where(ctx)}: no longer limited to ${show(eb)}`;
    return [finding(message, eb, er, location)];
  });
}

// --- nullability ---

export function nullableRule(id: string, becomes: boolean): RuleCheck<"schema"> {
  return defineRule(id, "schema", (pair, ctx) => {
    if (pair.compare === "keywords") return [];
    // Point at the schema as used (the property), not at the branch the null was folded out of.
    const at = pair.after.rootPtr;
    if (pair.before.isNull || pair.after.isNull) return [];
    if (pair.before.nullable === pair.after.nullable || pair.after.nullable !== becomes) return [];
    return [
      finding(
        `${where(ctx)} ${becomes ? "became nullable (may be null)" : "is no longer nullable"}`,
        pair.before.nullable,
        pair.after.nullable,
        at,
      ),
    ];
  });
}

// --- properties ---

export type PropertyEvent = "removed" | "added-required" | "added-optional" | "added" | "became-required" | "became-optional";

export function propertyRule(id: string, event: PropertyEvent, text: (ctx: WalkContext) => string): RuleCheck<"property"> {
  return defineRule(id, "property", (pair, ctx, at) => {
    const { before, after, requiredBefore, requiredAfter } = pair;
    let happened: PropertyEvent[] = [];
    if (before && !after) happened = ["removed"];
    else if (!before && after) happened = ["added", requiredAfter ? "added-required" : "added-optional"];
    else if (requiredBefore !== requiredAfter) happened = [requiredAfter ? "became-required" : "became-optional"];
    if (!happened.includes(event)) return [];
    return [finding(text(ctx), before ? { required: requiredBefore } : undefined, after ? { required: requiredAfter } : undefined, at)];
  });
}

// --- union branches ---

export function branchSummary(view: SchemaView): string {
  const props = view.keywords.properties;
  if (props && typeof props === "object" && !Array.isArray(props)) return `object {${Object.keys(props).sort().join(", ")}}`;
  if (view.keywords.const !== undefined) return `const ${show(view.keywords.const)}`;
  const pattern = typeof view.keywords.pattern === "string" ? ` matching ${view.keywords.pattern}` : "";
  return `${view.types.join(" | ") || "any"}${pattern}`;
}

export function branchValue(view: SchemaView): JsonValue {
  const props = view.keywords.properties;
  if (props && typeof props === "object" && !Array.isArray(props)) {
    const required = Array.isArray(view.keywords.required)
      ? view.keywords.required.filter((r): r is string => typeof r === "string").sort()
      : [];
    return { properties: Object.keys(props).sort(), required };
  }
  return branchSummary(view);
}

export function branchRule(
  id: string,
  when: "added" | "removed",
  text: (ctx: WalkContext, summary: string) => string,
): RuleCheck<"branch"> {
  return defineRule(id, "branch", (pair, ctx, at) => {
    const view = when === "added" ? pair.after : pair.before;
    if (!view || (when === "added" ? pair.before : pair.after)) return [];
    return [
      finding(
        text(ctx, branchSummary(view)),
        pair.before ? branchValue(pair.before) : undefined,
        pair.after ? branchValue(pair.after) : undefined,
        at,
      ),
    ];
  });
}

/** Success means 1XX–3XX; 4XX, 5XX and "default" describe errors (OpenAPI 3.1 §4.8.16). */
export function isSuccessStatus(status: string): boolean {
  return /^[123]/.test(status);
}

// --- additionalProperties ---

/**
 * Whether unknown properties are allowed: absent or `true` allows any, `false`
 * none, a schema some (JSON Schema 2020-12 §10.3.2.3). Schema-to-schema changes
 * are walked as their own schema pair.
 */
function openness(value: JsonValue | undefined): 0 | 1 | 2 {
  if (value === false) return 0;
  if (value === undefined || value === true) return 2;
  return 1;
}

export function additionalPropertiesRule(id: string, when: "narrowed" | "widened"): RuleCheck<"schema"> {
  return defineRule(id, "schema", (pair, ctx) => {
    if (pair.compare === "nullability") return [];
    if (!pair.before.types.includes("object") && pair.before.keywords.properties === undefined) return [];
    const vb = pair.before.keywords.additionalProperties;
    const vr = pair.after.keywords.additionalProperties;
    const ob = openness(vb);
    const or = openness(vr);
    if (ob === or || (ob < or ? "widened" : "narrowed") !== when) return [];
    const location = vr === undefined ? keywordPtr(pair.before, "additionalProperties") : keywordPtr(pair.after, "additionalProperties");
    const words = ["no other properties", "other properties matching a schema", "any other properties"];
    return [finding(`${where(ctx)}: ${words[ob]} → ${words[or]}`, ob === 1 ? "schema" : vb, or === 1 ? "schema" : vr, location)];
  });
}
