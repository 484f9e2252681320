/**
 * Boolean expressions for scalar schemas ("is this value valid?"), used where a
 * union needs a yes/no without recording issues: `from` is `PN…` or E.164.
 * Undefined for kinds that need statements (objects, arrays, compositions, refs).
 */
import type { KindTable, Schema } from "../../model/types.js";
import { enumConstant, type ModuleContext, patternConstant, use } from "./context.js";
import { CHECKED_FORMATS } from "./expected.js";
import { jsPrimitive } from "./literal.js";

/** KindTable entries take only the schema; the test is then printed for a value variable. */
type TestPrinter = (value: string, cx: ModuleContext) => string | undefined;

const TESTS: KindTable<TestPrinter> = {
  string: (s) => (v, cx) => {
    const parts = [`typeof ${v} === "string"`];
    parts.push(...stringConstraints(s, v, cx).map((c) => c.test));
    return parts.join(" && ");
  },
  number: (s) => (v) => [numberType(s.integer, v), ...numberConstraints(s, v).map((c) => c.test)].join(" && "),
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

export function numberType(integer: boolean, v: string): string {
  return integer ? `Number.isInteger(${v})` : `typeof ${v} === "number" && Number.isFinite(${v})`;
}

/** One constraint: a test true when satisfied, and what to say when it is not. */
export interface Constraint {
  test: string;
  expected: string;
}

export function numberConstraints(
  s: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; multipleOf?: number },
  v: string,
): Constraint[] {
  const out: Constraint[] = [];
  if (s.minimum !== undefined) out.push({ test: `${v} >= ${s.minimum}`, expected: `number >= ${s.minimum}` });
  if (s.exclusiveMinimum !== undefined) out.push({ test: `${v} > ${s.exclusiveMinimum}`, expected: `number > ${s.exclusiveMinimum}` });
  if (s.maximum !== undefined) out.push({ test: `${v} <= ${s.maximum}`, expected: `number <= ${s.maximum}` });
  if (s.exclusiveMaximum !== undefined) out.push({ test: `${v} < ${s.exclusiveMaximum}`, expected: `number < ${s.exclusiveMaximum}` });
  if (s.multipleOf !== undefined) out.push({ test: `${v} % ${s.multipleOf} === 0`, expected: `multiple of ${s.multipleOf}` });
  return out;
}

export function stringConstraints(
  s: { minLength?: number; maxLength?: number; pattern?: string; format?: string; pointer: string },
  v: string,
  cx: ModuleContext,
): Constraint[] {
  const out: Constraint[] = [];
  // JSON Schema counts code points; `length` counts UTF-16 units (>= code points >= length / 2),
  // so the exact count is only computed when the cheap bound cannot decide.
  if (s.minLength !== undefined && s.minLength > 0) {
    const test =
      s.minLength === 1 ? `${v}.length > 0` : `(${v}.length >= ${2 * s.minLength} || ${use(cx, "codePoints")}(${v}) >= ${s.minLength})`;
    out.push({ test, expected: `at least ${plural(s.minLength, "character")}` });
  }
  if (s.maxLength !== undefined) {
    out.push({
      test: `(${v}.length <= ${s.maxLength} || ${use(cx, "codePoints")}(${v}) <= ${s.maxLength})`,
      expected: `at most ${plural(s.maxLength, "character")}`,
    });
  }
  if (s.pattern !== undefined) {
    const test = `${patternConstant(cx, s.pattern, s.pointer)}.test(${v})`;
    out.push({ test, expected: `string matching /${s.pattern}/` });
  }
  const format = s.format === undefined ? undefined : CHECKED_FORMATS[s.format];
  if (format !== undefined && s.format !== undefined) {
    out.push({ test: `${use(cx, format)}(${v})`, expected: formatExpected(s.format) });
  }
  return out;
}

export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

function formatExpected(format: string): string {
  return format === "date-time"
    ? "date-time (RFC 3339)"
    : format === "date"
      ? "date (YYYY-MM-DD)"
      : format === "email"
        ? "email address"
        : format === "uri"
          ? "absolute URI"
          : "URI reference";
}

/** Enums of up to 6 values compare directly (fastest); longer ones use a hoisted Set. */
export function enumTest(values: ReadonlyArray<string | number | boolean>, v: string, cx: ModuleContext): string {
  if (values.length === 0) return "false";
  if (values.length <= 6) return values.map((value) => `${v} === ${jsPrimitive(value)}`).join(" || ");
  return `${enumConstant(cx, values.map(jsPrimitive).join(", "))}.has(${v})`;
}
