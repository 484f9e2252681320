/**
 * Webhook payload checks as data. Each event's contract is a `Shape` (a small object
 * tree printed by the generator) walked by `checkShape`, one interpreter shared by all
 * events: an event costs a receiver's bundle a few hundred bytes of data instead of a
 * generated function, and the interpreter is smaller than the client validators'
 * runtime (whose wording and Standard Schema wrapper a receiver does not need).
 *
 * Same rules as the client validators: "strict" reads objects as closed and enums as
 * exhaustive; "compatible" accepts undeclared properties and unknown enum values of the
 * enum's type (the vendor adds both over time). Issues never show a string's content
 * unless the contract lists the allowed values (an enum or a const), so a payload's
 * secrets stay out of logs.
 */

import type { ValidationIssue } from "./issues.js";

/** A checked string format: its test and the words an issue uses for it (see validation.ts's formats). */
export interface ShapeFormat {
  readonly test: (text: string) => boolean;
  readonly name: string;
}

interface Nullable {
  /** `null` is accepted too. */
  readonly nullable?: 1;
}
export interface StringShape extends Nullable {
  readonly type: "string";
  readonly format?: ShapeFormat;
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
}
export interface NumberShape extends Nullable {
  readonly type: "number" | "integer";
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}
export interface ScalarShape extends Nullable {
  /** "any": any JSON value. */
  readonly type: "boolean" | "null" | "any";
}
export interface ConstShape extends Nullable {
  readonly type: "const";
  readonly value: string | number | boolean;
}
export interface EnumShape extends Nullable {
  readonly type: "enum";
  readonly values: ReadonlyArray<string | number | boolean>;
}
export interface ArrayShape extends Nullable {
  readonly type: "array";
  readonly items: Shape;
  readonly minItems?: number;
  readonly maxItems?: number;
}
/** One declared property: its name, its shape, and 1 when it is required. */
export type PropertyShape = readonly [name: string, shape: Shape, required?: 1];
export interface ObjectShape extends Nullable {
  readonly type: "object";
  readonly properties: readonly PropertyShape[];
  /**
   * Other keys: absent = undeclared (an issue in strict mode only); a shape = their values
   * must match it in every mode; 1 = any, in every mode (a free-form object).
   */
  readonly others?: Shape | 1;
}
export interface AnyOfShape extends Nullable {
  readonly type: "anyOf";
  readonly variants: readonly Shape[];
}
export interface AllOfShape extends Nullable {
  readonly type: "allOf";
  readonly members: readonly Shape[];
}
export type Shape = StringShape | NumberShape | ScalarShape | ConstShape | EnumShape | ArrayShape | ObjectShape | AnyOfShape | AllOfShape;

interface Run {
  strict: boolean;
  issues: ValidationIssue[];
  /** > 0 while union variants are tried: nothing is recorded. */
  quiet: number;
}

/** The issues of `value` against `shape` (empty when valid). */
export function shapeIssues(shape: Shape, value: unknown, strict: boolean): ValidationIssue[] {
  const run: Run = { strict, issues: [], quiet: 0 };
  check(shape, value, "", run);
  return run.issues;
}

function check(shape: Shape, value: unknown, pointer: string, run: Run): boolean {
  if (value === null && shape.nullable) return true;
  let ok: boolean;
  switch (shape.type) {
    case "string":
      ok =
        typeof value === "string" &&
        (shape.format === undefined || shape.format.test(value)) &&
        (shape.pattern === undefined || shape.pattern.test(value)) &&
        // Code points, as JSON Schema counts; spread only when there is a bound to compare with.
        ((shape.minLength === undefined && shape.maxLength === undefined) || within([...value].length, shape.minLength, shape.maxLength));
      break;
    case "number":
    case "integer":
      ok =
        typeof value === "number" &&
        Number.isFinite(value) &&
        (shape.type === "number" || Number.isInteger(value)) &&
        within(value, shape.minimum, shape.maximum) &&
        !(value <= (shape.exclusiveMinimum ?? Number.NEGATIVE_INFINITY) || value >= (shape.exclusiveMaximum ?? Number.POSITIVE_INFINITY)) &&
        (shape.multipleOf === undefined || Number.isInteger(value / shape.multipleOf));
      break;
    case "boolean":
      ok = typeof value === "boolean";
      break;
    case "null":
      ok = value === null;
      break;
    case "any":
      return true;
    case "const":
      ok = value === shape.value;
      break;
    case "enum":
      // Compatible mode: a value of the enum's type the contract does not list yet passes.
      ok = shape.values.includes(value as string) || (!run.strict && shape.values.every((v) => typeof v === typeof value));
      break;
    case "array":
      ok = Array.isArray(value) && within(value.length, shape.minItems, shape.maxItems);
      if (ok) {
        // Every item is checked (not only up to the first failure): all issues are reported.
        (value as unknown[]).forEach((item, i) => {
          ok = check(shape.items, item, `${pointer}/${i}`, run) && ok;
        });
        return ok;
      }
      break;
    case "object":
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return checkObject(shape, value, pointer, run);
      ok = false;
      break;
    case "anyOf":
      run.quiet++;
      ok = shape.variants.some((variant) => check(variant, value, pointer, run));
      run.quiet--;
      break;
    case "allOf":
      return shape.members.every((member) => check(member, value, pointer, run));
  }
  return ok || issue(run, pointer, expected(shape), value === undefined ? "nothing" : found(shape, value));
}

function checkObject(shape: ObjectShape, object: object, pointer: string, run: Run): boolean {
  let ok = true;
  const record = object as Record<string, unknown>;
  for (const [name, property, required] of shape.properties) {
    const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    const at = `${pointer}/${escapeSegment(name)}`;
    if (value !== undefined) ok = check(property, value, at, run) && ok;
    else if (required) ok = issue(run, at, `${expected(property)} (required)`, "nothing (missing)");
  }
  const others = shape.others;
  if (others === 1 || (others === undefined && !run.strict)) return ok;
  for (const key of Object.keys(record)) {
    if (shape.properties.some(([name]) => name === key)) continue;
    const at = `${pointer}/${escapeSegment(key)}`;
    ok =
      (others === undefined ? issue(run, at, "no such property", found(others, record[key])) : check(others, record[key], at, run)) && ok;
  }
  return ok;
}

function within(n: number, min: number | undefined, max: number | undefined): boolean {
  return !(min !== undefined && n < min) && !(max !== undefined && n > max);
}

function issue(run: Run, pointer: string, expected: string, found: string): false {
  if (run.quiet === 0)
    run.issues.push({ pointer, expected, found, message: `${pointer || "(root)"}: expected ${expected}, found ${found}` });
  return false;
}

/** RFC 6901 escaping of one pointer segment. */
function escapeSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** What a shape accepts, in a few words (bounds left out: the contract has them). */
function expected(shape: Shape): string {
  const text =
    shape.type === "string"
      ? shape.format
        ? shape.format.name
        : shape.pattern
          ? `string matching /${shape.pattern.source}/`
          : "string"
      : shape.type === "const"
        ? JSON.stringify(shape.value)
        : shape.type === "enum"
          ? `one of ${shape.values.map((v) => JSON.stringify(v)).join(", ")}`
          : shape.type === "anyOf"
            ? shape.variants.map(expected).join(" or ")
            : shape.type === "allOf"
              ? "all of its members"
              : shape.type === "any"
                ? "a value"
                : shape.type;
  return shape.nullable ? `${text} or null` : text;
}

/** The found value's type; a string's content only when the contract lists the allowed values. */
function found(shape: Shape | undefined, value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string")
    return shape?.type === "enum" || shape?.type === "const" ? `string ${JSON.stringify(value.slice(0, 40))}` : "string";
  return typeof value === "number" || typeof value === "boolean" ? `${typeof value} ${value}` : typeof value;
}
