/**
 * Scalar schemas (strings, numbers, booleans, null, const, enum, and anyOf of these)
 * print as one line: an inline test, and on failure a call to the runtime's `bad`
 * with the same rule as a hoisted constant. The runtime words the issue from the rule
 * (templates/runtime/validation.ts, "scalar rules"), so no message text is printed per
 * property: that is most of what used to make a validator large in a bundle.
 */
import type { Schema } from "../../model/types.js";
import { type ModuleContext, patternConstant, pointerExpression, ruleConstant, type Site, use } from "./context.js";
import { checkedFormat } from "./expected.js";
import { jsPrimitive } from "./literal.js";
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

/** The hoisted rule constant of a leaf schema (shared by equal rules in the module). */
function ruleFor(schema: Schema, cx: ModuleContext): string {
  const fields: string[] = [];
  const runtime: string[] = [];
  switch (schema.kind) {
    case "string": {
      fields.push(`type: "string"`);
      if (schema.minLength !== undefined) fields.push(`minLength: ${schema.minLength}`);
      if (schema.maxLength !== undefined) fields.push(`maxLength: ${schema.maxLength}`);
      if (schema.pattern !== undefined) fields.push(`pattern: ${patternConstant(cx, schema.pattern, schema.pointer)}`);
      const format = checkedFormat(schema.format);
      if (format !== undefined) {
        fields.push(`format: ${format.rule}`);
        runtime.push(format.rule);
      }
      break;
    }
    case "number": {
      fields.push(`type: "${schema.integer ? "integer" : "number"}"`);
      for (const key of ["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf"] as const) {
        const bound = schema[key];
        if (bound !== undefined) fields.push(`${key}: ${bound}`);
      }
      break;
    }
    case "boolean":
    case "null":
      fields.push(`type: "${schema.kind}"`);
      break;
    case "literal":
      fields.push(`type: "const"`, `value: ${jsPrimitive(schema.value)}`);
      break;
    case "enum":
      fields.push(`type: "enum"`, `values: [${schema.values.map(jsPrimitive).join(", ")}]`);
      break;
    case "union":
      fields.push(`type: "anyOf"`, `variants: [${schema.variants.map((v) => ruleFor(v, cx)).join(", ")}]`);
      break;
    default:
      throw new Error(`Internal error: ${schema.kind} at ${schema.pointer} is not a scalar rule.`);
  }
  if (schema.nullable && schema.kind !== "null") fields.push("nullable: true");
  return ruleConstant(cx, `{ ${fields.join(", ")} }`, runtime);
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
