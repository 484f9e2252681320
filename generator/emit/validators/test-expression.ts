/**
 * Boolean expressions for scalar schemas ("is this value valid?"): the inline fast
 * path of every scalar check (rules.ts), and the yes/no a union needs without
 * recording issues (`from` is `PN…` or E.164). Undefined for kinds that need
 * statements (objects, arrays, compositions, refs). The same rules, in the same
 * order, are worded for issues by the runtime's `problem` (validation.ts).
 */
import type { KindTable, Schema } from "../../model/types.js";
import { enumConstant, type ModuleContext, patternConstant, use } from "./context.js";
import { checkedFormat } from "./expected.js";
import { jsPrimitive } from "./literal.js";

/** KindTable entries take only the schema; the test is then printed for a value variable. */
type TestPrinter = (value: string, cx: ModuleContext) => string | undefined;

const TESTS: KindTable<TestPrinter> = {
  string: (s) => (v, cx) => {
    return [`typeof ${v} === "string"`, ...stringTests(s, v, cx)].join(" && ");
  },
  number: (s) => (v) => [numberType(s.integer, v), ...numberTests(s, v)].join(" && "),
  boolean: (_s) => (v) => `typeof ${v} === "boolean"`,
  null: (_s) => (v) => `${v} === null`,
  literal: (s) => (v) => `${v} === ${jsPrimitive(s.value)}`,
  enum: (s) => (v, cx) => enumTest(s.values, v, cx),
  array: () => () => undefined,
  object: () => () => undefined,
  union: (s) => (v, cx) => {
    const tests = s.variants.map((variant) => testExpression(variant, v, cx));
    if (s.operator === "oneOf" || tests.some((t) => t === undefined)) return undefined;
    return tests.map((t) => `(${t})`).join(" || ");
  },
  intersection: () => () => undefined,
  ref: () => () => undefined,
  unknown: () => () => "true",
};

/** A boolean expression true when `value` is valid for `schema`, or undefined when statements are needed. */
export function testExpression(schema: Schema, value: string, cx: ModuleContext): string | undefined {
  const test = (TESTS[schema.kind] as (s: Schema) => TestPrinter)(schema)(value, cx);
  if (test === undefined || !schema.nullable || schema.kind === "null" || schema.kind === "unknown") return test;
  return `${value} === null || (${test})`;
}

function numberType(integer: boolean, v: string): string {
  // typeof first: `Number.isInteger` alone does not narrow `unknown` for the compiler.
  return `typeof ${v} === "number" && Number.${integer ? "isInteger" : "isFinite"}(${v})`;
}

function numberTests(
  s: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; multipleOf?: number },
  v: string,
): string[] {
  const out: string[] = [];
  if (s.minimum !== undefined) out.push(`${v} >= ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) out.push(`${v} > ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) out.push(`${v} <= ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) out.push(`${v} < ${s.exclusiveMaximum}`);
  if (s.multipleOf !== undefined) out.push(`${v} % ${s.multipleOf} === 0`);
  return out;
}

function stringTests(
  s: { minLength?: number; maxLength?: number; pattern?: string; format?: string; pointer: string },
  v: string,
  cx: ModuleContext,
): string[] {
  const out: string[] = [];
  // JSON Schema counts code points; `length` counts UTF-16 units (>= code points >= length / 2),
  // so the exact count is only computed when the cheap bound cannot decide.
  if (s.minLength !== undefined && s.minLength > 0) {
    out.push(
      s.minLength === 1 ? `${v}.length > 0` : `(${v}.length >= ${2 * s.minLength} || ${use(cx, "codePoints")}(${v}) >= ${s.minLength})`,
    );
  }
  if (s.maxLength !== undefined) out.push(`(${v}.length <= ${s.maxLength} || ${use(cx, "codePoints")}(${v}) <= ${s.maxLength})`);
  if (s.pattern !== undefined) out.push(`${patternConstant(cx, s.pattern, s.pointer)}.test(${v})`);
  const format = checkedFormat(s.format);
  if (format !== undefined) out.push(`${use(cx, format.test)}(${v})`);
  return out;
}

/** Enums of up to 6 values compare directly (fastest); longer ones use a hoisted Set. */
function enumTest(values: ReadonlyArray<string | number | boolean>, v: string, cx: ModuleContext): string {
  if (values.length === 0) return "false";
  if (values.length <= 6) return values.map((value) => `${v} === ${jsPrimitive(value)}`).join(" || ");
  return `${enumConstant(cx, values.map(jsPrimitive).join(", "))}.has(${v})`;
}
