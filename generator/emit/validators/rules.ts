/**
 * Scalar schemas (strings, numbers, booleans, null, const, enum, and anyOf of these)
 * print as one line: an inline test, and on failure a call to the runtime's `bad`
 * with the rule as a hoisted constant: the words of what the schema accepts, once per package
 * (validators/constants.ts), so no message text is printed per property (what used to make a
 * validator large) and the runtime carries no code that words rules.
 */
import type { Schema } from "../../model/types.js";
import { type ModuleContext, pointerExpression, ruleConstant, type Site, use } from "./context.js";
import { summary } from "./expected.js";
import { jsString } from "./literal.js";
import { testExpression } from "./test-expression.js";

/** True for the schemas printed as a rule. */
export function isLeaf(schema: Schema): boolean {
  switch (schema.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "literal":
    case "enum":
      return true;
    case "union":
      return schema.operator === "anyOf" && schema.variants.length > 0 && schema.variants.every(isLeaf);
    default:
      return false;
  }
}

/**
 * The hoisted rule constant of a leaf schema (shared by equal rules in the package): the words
 * an issue uses for it, decided here (expected.ts `summary`) so the runtime carries no wording
 * code. An enum whose values share one JSON type is an object that also names that type: a value
 * of that type outside the enum is "unknown" (accepted in compatible mode), any other fails.
 */
function ruleFor(schema: Schema, cx: ModuleContext): string {
  const text = jsString(summary(schema));
  const types = schema.kind === "enum" ? new Set(schema.values.map((value) => typeof value)) : undefined;
  const literal = types?.size === 1 ? `{ text: ${text}, enumOf: ${jsString([...types][0] ?? "")} }` : text;
  return ruleConstant(cx, literal);
}

/**
 * `if (!(test)) ok = bad(c, pointer, value, rule) && ok;` — `required` for a property that
 * must be present (undefined fails the test and reads as missing); `optional` skips undefined.
 */
export function printLeaf(schema: Schema, site: Site, cx: ModuleContext, presence?: "required" | "optional"): string[] {
  const test = testExpression(schema, site.value, cx);
  if (test === undefined) throw new Error(`Internal error: no inline test for the scalar at ${schema.pointer}.`);
  const call = `${use(cx, "bad")}(c, ${pointerExpression(site.pointer)}, ${site.value}, ${ruleFor(schema, cx)}${presence === "required" ? ", true" : ""})`;
  const guard = presence === "optional" ? `${site.value} !== undefined && !(${test})` : `!(${test})`;
  return [`if (${guard}) ok = ${call} && ok;`];
}
