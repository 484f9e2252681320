/**
 * The small runtime that generated validators (src/validators/*.ts) import.
 * Copied verbatim into the generated package: no dependencies, no Node
 * built-ins, no eval / new Function (works under a strict CSP and on edge runtimes).
 *
 * Generated checks are straight-line code; this file holds only what they share:
 * recording issues, describing found values briefly, format checks, and the
 * wrapper that gives every check the `Validator` and Standard Schema v1 shapes.
 */

// The issue and report shapes are shared with the client runtime (./issues.ts, type-only).
import type { UnknownInfo, ValidationIssue } from "./issues.js";

export type { UnknownInfo, ValidationIssue };

export type ValidationMode = "strict" | "compatible";

export interface ValidateOptions {
  /**
   * "strict": exactly the contract, objects read as closed (an undeclared property is an issue).
   * "compatible" (default for responses): undeclared properties and unknown enum values are
   * accepted and reported through `onUnknown`, because the API adds fields and values over time.
   * Request validators are always strict, whatever is passed here.
   */
  mode?: ValidationMode;
  onUnknown?: (info: UnknownInfo) => void;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Standard Schema v1 (https://standardschema.dev), written out so the package depends on nothing. */
export interface StandardSchemaV1Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey> | undefined;
}
export type StandardSchemaV1Result<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardSchemaV1Issue> };
export interface StandardSchemaV1Props<Input = unknown, Output = Input> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => StandardSchemaV1Result<Output> | Promise<StandardSchemaV1Result<Output>>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

export interface Validator<T> {
  validate(value: unknown, options?: ValidateOptions): ValidationResult<T>;
  readonly "~standard": StandardSchemaV1Props<T>;
}

/** State of one validation run, threaded through the generated checks. */
export interface Ctx {
  /** Created on the first issue: the happy path allocates nothing for it. */
  issues: ValidationIssue[] | undefined;
  strict: boolean;
  /** Look for undeclared properties at all: strict mode, or compatible mode with a listener. */
  scan: boolean;
  /** > 0 while union variants are being tried: record nothing, report nothing. */
  quiet: number;
  onUnknown: ((info: UnknownInfo) => void) | undefined;
}

/** The signature of every generated check: true when `value` (found at `pointer`) is valid. */
export type Check = (value: unknown, pointer: string, ctx: Ctx) => boolean;

/** Record an issue; always returns false so checks can write `ok = fail(...)`. */
export function fail(ctx: Ctx, pointer: string, expected: string, value: unknown): false {
  if (ctx.quiet === 0) record(ctx, makeIssue(pointer, expected, secretName(pointer) ? hidden(value) : describe(value)));
  return false;
}

/** A required property is absent. */
export function missing(ctx: Ctx, pointer: string, expected: string): false {
  if (ctx.quiet === 0) record(ctx, makeIssue(pointer, `${expected} (required)`, "nothing (missing)"));
  return false;
}

function record(ctx: Ctx, issue: ValidationIssue): void {
  if (ctx.issues === undefined) ctx.issues = [issue];
  else ctx.issues.push(issue);
}

/** A property the contract does not declare: an issue in strict mode, a report in compatible mode. */
export function unknownProperty(ctx: Ctx, pointer: string, key: string, value: unknown): boolean {
  const at = `${pointer}/${escapePointer(key)}`;
  if (ctx.strict) return fail(ctx, at, "no such property", value);
  if (ctx.quiet === 0 && ctx.onUnknown !== undefined) ctx.onUnknown({ pointer: at, kind: "property", value });
  return true;
}

/** A value of the right type outside an enum: an issue in strict mode, a report in compatible mode. */
export function unknownEnum(ctx: Ctx, pointer: string, expected: string, value: unknown): boolean {
  if (ctx.strict) return fail(ctx, pointer, expected, value);
  if (ctx.quiet === 0 && ctx.onUnknown !== undefined) ctx.onUnknown({ pointer, kind: "enum", value });
  return true;
}

/** A property read that ignores Object.prototype (for keys such as "constructor"). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** RFC 6901 escaping of one pointer segment. */
export function escapePointer(key: string): string {
  return key.indexOf("~") === -1 && key.indexOf("/") === -1 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
}

const MAX_SHOWN = 40;

/**
 * Values whose name suggests a secret (the webhook signing `key`, tokens, passwords) are
 * never shown in issues, only their type and size: issues end up in logs and error reports.
 * Matched on the end of the name (`key`, `apiKey`, `pageToken`), erring towards hiding.
 */
const SECRET_NAME = /(?:key|secret|token|password|passwd|authorization|signature|credential)s?$/i;
export function secretName(pointer: string): boolean {
  return SECRET_NAME.test(pointer.slice(pointer.lastIndexOf("/") + 1));
}

function hidden(value: unknown): string {
  const what =
    typeof value === "string"
      ? `string of ${value.length} characters`
      : value === null
        ? "null"
        : Array.isArray(value)
          ? "array"
          : typeof value;
  return `${what} (hidden: the name suggests a secret)`;
}

/**
 * The value's JSON type and a short rendering: strings cut to 40 characters,
 * objects by their first few keys, arrays by their length. Never the whole payload.
 */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing (undefined)";
  if (value === null) return "null";
  if (typeof value === "string") {
    return value.length > MAX_SHOWN
      ? `string ${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`
      : `string ${JSON.stringify(value)}`;
  }
  if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 5).map((k) => (k.length > 20 ? `${k.slice(0, 20)}…` : k));
    return `object {${shown.join(", ")}${keys.length > 5 ? ", …" : ""}}`;
  }
  // number, boolean; anything else (not JSON) by its type alone, never its text.
  return typeof value === "number" || typeof value === "boolean" ? `${typeof value} ${value}` : typeof value;
}

function makeIssue(pointer: string, expected: string, found: string): ValidationIssue {
  return { pointer, expected, found, message: `${pointer === "" ? "(root)" : pointer}: expected ${expected}, found ${found}` };
}

/** String length in Unicode code points, as JSON Schema counts minLength/maxLength (the string iterator yields code points; a lone surrogate counts as one). */
export function codePoints(value: string): number {
  return [...value].length;
}

/** `uniqueItems`: true when two items are equal as JSON values. */
export function hasDuplicates(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return true;
  }
  return false;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  for (const k of ak) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

// ---- scalar rules ---------------------------------------------------------------------------
// Generated code tests scalars inline (the fast path, no call). When a test fails it hands the
// value to `bad` with the rule: the words for what the schema accepts, written by the generator
// once per package (validators/constants.ts), so neither the validators nor this runtime carry
// code that words rules. Which values pass is decided by the generated test alone.

/** A checked string format: its test and the words an issue uses for it (webhook shapes). */
export interface Format {
  readonly test: (text: string) => boolean;
  readonly name: string;
}

/**
 * What a scalar schema accepts, in words ("string matching /^AC(.*)$/", "one of \"a\", \"b\" or
 * null"); for an enum whose values share one JSON type, also that type (`enumOf`).
 */
export type Rule = string | { readonly text: string; readonly enumOf: string };

/**
 * A scalar failed its inline test: record it. `required`: the value is a required property,
 * so `undefined` means missing. A value of an enum's type outside the enum goes to
 * `unknownEnum` (compatible mode accepts it: the API adds values over time), so this can
 * return true.
 */
export function bad(ctx: Ctx, pointer: string, value: unknown, rule: Rule, required?: boolean): boolean {
  const expected = typeof rule === "string" ? rule : rule.text;
  if (value === undefined && required) return missing(ctx, pointer, expected);
  if (typeof rule !== "string" && value !== null && typeof value === rule.enumOf) return unknownEnum(ctx, pointer, expected, value);
  return fail(ctx, pointer, expected, value);
}

// ---- formats ------------------------------------------------------------------------------
// Compact and correct for what the contract uses. Accepted forms are listed per function.

/** The number written by the two digits at `at` (the RegExps have checked they are digits). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/**
 * Day 29-31 of a month that has fewer days (the RegExps check every other field range).
 * Hot path: days up to 28 return at the first comparison.
 */
function pastMonthEnd(text: string): boolean {
  const day = twoDigits(text, 8);
  if (day <= 28) return false;
  // setUTCFullYear: no 1900 offset for years 0-99; day 0 of the next month is the month's last.
  const date = new Date(0);
  date.setUTCFullYear(twoDigits(text, 0) * 100 + twoDigits(text, 2), twoDigits(text, 5), 0);
  return day > date.getUTCDate();
}

/**
 * RFC 3339 §5.6 date-time: `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`. The separator may be
 * `T`, `t` or a space (RFC 3339 §5.6 note); the offset is required. Field ranges are in
 * the RegExp (month 01-12, day 01-31, hour 00-23, minute 00-59, second 00-60, offset
 * hours 00-23); code checks the rest only when it can matter: days 29-31 against the
 * month, and second 60 only at 23:59 UTC (a leap second).
 */
const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export function isDateTime(text: string): boolean {
  if (!DATE_TIME.test(text) || pastMonthEnd(text)) return false;
  // Second 60 (a leap second) exists only at 23:59 UTC.
  if (text.charCodeAt(17) !== 54) return true;
  const end = text.length;
  const offset = /[Zz]$/.test(text) ? 0 : (text[end - 6] === "-" ? -1 : 1) * (twoDigits(text, end - 5) * 60 + twoDigits(text, end - 2));
  return (((twoDigits(text, 11) * 60 + twoDigits(text, 14) - offset) % 1440) + 1440) % 1440 === 1439;
}

/** RFC 3339 full-date `YYYY-MM-DD`, range-checked. */
export function isDate(text: string): boolean {
  return /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(text) && !pastMonthEnd(text);
}

/** RFC 5322 dot-atom local part, `@`, RFC 1034 host name of at least two labels (no quoted locals, no IP literals). */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** RFC 3986 absolute URI: a scheme, `:`, then only URI characters and well-formed %XX escapes. */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
export function isUri(text: string): boolean {
  return URI.test(text);
}

/** RFC 3986 URI-reference: as `isUri`, the scheme optional (relative references). */
const URI_REFERENCE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
export function isUriReference(text: string): boolean {
  return URI_REFERENCE.test(text);
}

// The formats as data for webhook shapes (`ShapeFormat`); each is dropped by bundlers unless a shape uses it.
export const dateTimeFormat: Format = { test: isDateTime, name: "date-time (RFC 3339)" };
export const dateFormat: Format = { test: isDate, name: "date (YYYY-MM-DD)" };
export const emailFormat: Format = { test: isEmail, name: "email address" };
export const uriFormat: Format = { test: isUri, name: "absolute URI" };
export const uriReferenceFormat: Format = { test: isUriReference, name: "URI reference" };

// ---- the Validator wrapper ----------------------------------------------------------------

/**
 * Wrap a generated check as a `Validator` (with Standard Schema v1).
 * `alwaysStrict`: request validators ignore `mode` (requests are always checked strictly).
 */
export function createValidator<T>(check: Check, alwaysStrict: boolean): Validator<T> {
  const validate = (value: unknown, options?: ValidateOptions): ValidationResult<T> =>
    runCheck<T>(check, value, alwaysStrict || options?.mode === "strict", options?.onUnknown);
  return {
    validate,
    "~standard": {
      version: 1,
      vendor: "openphone-codegen",
      validate: (value: unknown): StandardSchemaV1Result<T> => {
        const result = validate(value);
        if (result.ok) return { value: result.value };
        return { issues: result.issues.map((issue) => ({ message: issue.message, path: pointerPath(issue.pointer) })) };
      },
    },
  };
}

/**
 * Run a check once: the one place a validation run's state is made. The client calls
 * it on the bare checks (`OperationChecks`), so a bundle that only calls operations
 * carries no Validator wrapper and no Standard Schema code.
 */
export function runCheck<T>(check: Check, value: unknown, strict: boolean, onUnknown?: (info: UnknownInfo) => void): ValidationResult<T> {
  const listener = strict ? undefined : onUnknown;
  const ctx: Ctx = { issues: undefined, strict, scan: strict || listener !== undefined, quiet: 0, onUnknown: listener };
  return check(value, "", ctx) ? { ok: true, value: value as T } : { ok: false, issues: ctx.issues ?? [] };
}

/** What the client runs for one operation: the input check (always strict) and the success body checks by status. */
export interface OperationChecks {
  readonly request: Check;
  readonly responses: { readonly [status: number]: Check | undefined };
}

/** "/data/0/to" → ["data", "0", "to"] (RFC 6901 unescaped). */
export function pointerPath(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
