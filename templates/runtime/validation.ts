/**
 * The small runtime that generated validators (src/validators/*.ts) import.
 * Copied verbatim into the generated package: no dependencies, no Node
 * built-ins, no eval / new Function (works under a strict CSP and on edge runtimes).
 *
 * Generated checks are straight-line code; this file holds only what they share:
 * recording issues, describing found values briefly, format checks, and the
 * wrapper that gives every check the `Validator` and Standard Schema v1 shapes.
 */

// The issue and report shapes are shared with the client runtime (./types.ts, type-only).
import type { UnknownInfo, ValidationIssue } from "./types.js";

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
  if (typeof value === "string") return `string of ${value.length} characters (hidden: the name suggests a secret)`;
  return `${value === null ? "null" : Array.isArray(value) ? "array" : typeof value} (hidden: the name suggests a secret)`;
}

/**
 * The value's JSON type and a short rendering: strings cut to 40 characters,
 * objects by their first few keys, arrays by their length. Never the whole payload.
 */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing (undefined)";
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN
        ? `string ${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`
        : `string ${JSON.stringify(value)}`;
    case "number":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "object": {
      if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? "" : "s"}`;
      const keys = Object.keys(value);
      const shown = keys.slice(0, 5).map((k) => (k.length > 20 ? `${k.slice(0, 20)}…` : k));
      return `object {${shown.join(", ")}${keys.length > 5 ? ", …" : ""}}`;
    }
    default:
      return typeof value;
  }
}

function makeIssue(pointer: string, expected: string, found: string): ValidationIssue {
  return { pointer, expected, found, message: `${pointer === "" ? "(root)" : pointer}: expected ${expected}, found ${found}` };
}

/** String length in Unicode code points, as JSON Schema counts minLength/maxLength. */
export function codePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
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

// ---- formats ------------------------------------------------------------------------------
// Compact and correct for what the contract uses. Accepted forms are listed per function.

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/** `YYYY-MM-DD` at the start of `text`: shape and calendar (leap years included). */
function validDate(text: string): boolean {
  if (!(isDigitAt(text, 0) && isDigitAt(text, 1) && isDigitAt(text, 2) && isDigitAt(text, 3))) return false;
  if (!(isDigitAt(text, 5) && isDigitAt(text, 6) && isDigitAt(text, 8) && isDigitAt(text, 9))) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/**
 * RFC 3339 §5.6 date-time: `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`. The separator may be
 * `T`, `t` or a space (RFC 3339 §5.6 note); the offset is required. Field ranges are in
 * the RegExp (month 01-12, day 01-31, hour 00-23, minute 00-59, second 00-60, offset
 * hours 00-23); code checks the rest only when it can matter: days 29-31 against the
 * month (leap years included), and second 60 only at 23:59 UTC (a leap second).
 */
const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export function isDateTime(text: string): boolean {
  if (!DATE_TIME.test(text)) return false;
  // Days 29-31 exist in some months only.
  if (twoDigits(text, 8) > 28 && !validDate(text)) return false;
  if (text.charCodeAt(17) !== 54) return true;
  // Second 60: a leap second, inserted at 23:59:60 UTC only.
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const last = text.charCodeAt(text.length - 1);
  let offset = 0;
  if (last !== 90 && last !== 122) {
    offset =
      (text.charCodeAt(text.length - 6) === 45 ? -1 : 1) * (twoDigits(text, text.length - 5) * 60 + twoDigits(text, text.length - 2));
  }
  return (((hour * 60 + minute - offset) % 1440) + 1440) % 1440 === 1439;
}

/** RFC 3339 full-date `YYYY-MM-DD`, range-checked. */
export function isDate(text: string): boolean {
  return text.length === 10 && validDate(text);
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

// ---- the Validator wrapper ----------------------------------------------------------------

/**
 * Wrap a generated check as a `Validator` (with Standard Schema v1).
 * `alwaysStrict`: request validators ignore `mode` (requests are always checked strictly).
 */
export function createValidator<T>(check: Check, alwaysStrict: boolean): Validator<T> {
  const validate = (value: unknown, options?: ValidateOptions): ValidationResult<T> => {
    const strict = alwaysStrict || options?.mode === "strict";
    const onUnknown = strict ? undefined : options?.onUnknown;
    const ctx: Ctx = { issues: undefined, strict, scan: strict || onUnknown !== undefined, quiet: 0, onUnknown };
    return check(value, "", ctx) ? { ok: true, value: value as T } : { ok: false, issues: ctx.issues ?? [] };
  };
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

/** "/data/0/to" → ["data", "0", "to"] (RFC 6901 unescaped). */
export function pointerPath(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
