/**
 * The small runtime that generated validators (src/validators/*.ts) import.
 * Copied verbatim into the generated package: no dependencies, no Node
 * built-ins, no eval / new Function (works under a strict CSP and on edge runtimes).
 *
 * Generated checks are straight-line code; this file holds only what they share:
 * recording issues, describing found values briefly, format checks, and the
 * wrapper that gives every check the `Validator` and Standard Schema v1 shapes.
 */
import type { UnknownInfo, ValidationIssue } from "./issues.cjs";
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
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    issues: ValidationIssue[];
};
/** Standard Schema v1 (https://standardschema.dev), written out so the package depends on nothing. */
export interface StandardSchemaV1Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey> | undefined;
}
export type StandardSchemaV1Result<Output> = {
    readonly value: Output;
    readonly issues?: undefined;
} | {
    readonly issues: ReadonlyArray<StandardSchemaV1Issue>;
};
export interface StandardSchemaV1Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardSchemaV1Result<Output> | Promise<StandardSchemaV1Result<Output>>;
    readonly types?: {
        readonly input: Input;
        readonly output: Output;
    } | undefined;
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
export declare function fail(ctx: Ctx, pointer: string, expected: string, value: unknown): false;
/** A required property is absent. */
export declare function missing(ctx: Ctx, pointer: string, expected: string): false;
/** A property the contract does not declare: an issue in strict mode, a report in compatible mode. */
export declare function unknownProperty(ctx: Ctx, pointer: string, key: string, value: unknown): boolean;
/** A value of the right type outside an enum: an issue in strict mode, a report in compatible mode. */
export declare function unknownEnum(ctx: Ctx, pointer: string, expected: string, value: unknown): boolean;
/** A property read that ignores Object.prototype (for keys such as "constructor"). */
export declare function own(object: Record<string, unknown>, key: string): unknown;
/** RFC 6901 escaping of one pointer segment. */
export declare function escapePointer(key: string): string;
export declare function secretName(pointer: string): boolean;
/**
 * The value's JSON type and a short rendering: strings cut to 40 characters,
 * objects by their first few keys, arrays by their length. Never the whole payload.
 */
export declare function describe(value: unknown): string;
/** String length in Unicode code points, as JSON Schema counts minLength/maxLength (the string iterator yields code points; a lone surrogate counts as one). */
export declare function codePoints(value: string): number;
/** `uniqueItems`: true when two items are equal as JSON values. */
export declare function hasDuplicates(items: readonly unknown[]): boolean;
/** A checked string format: its test and the words an issue uses for it (webhook shapes). */
export interface Format {
    readonly test: (text: string) => boolean;
    readonly name: string;
}
/**
 * What a scalar schema accepts, in words ("string matching /^AC(.*)$/", "one of \"a\", \"b\" or
 * null"); for an enum whose values share one JSON type, also that type (`enumOf`).
 */
export type Rule = string | {
    readonly text: string;
    readonly enumOf: string;
};
/**
 * A scalar failed its inline test: record it. `required`: the value is a required property,
 * so `undefined` means missing. A value of an enum's type outside the enum goes to
 * `unknownEnum` (compatible mode accepts it: the API adds values over time), so this can
 * return true.
 */
export declare function bad(ctx: Ctx, pointer: string, value: unknown, rule: Rule, required?: boolean): boolean;
export declare function isDateTime(text: string): boolean;
/** RFC 3339 full-date `YYYY-MM-DD`, range-checked. */
export declare function isDate(text: string): boolean;
export declare function isEmail(text: string): boolean;
export declare function isUri(text: string): boolean;
export declare function isUriReference(text: string): boolean;
export declare const dateTimeFormat: Format;
export declare const dateFormat: Format;
export declare const emailFormat: Format;
export declare const uriFormat: Format;
export declare const uriReferenceFormat: Format;
/**
 * Wrap a generated check as a `Validator` (with Standard Schema v1).
 * `alwaysStrict`: request validators ignore `mode` (requests are always checked strictly).
 */
export declare function createValidator<T>(check: Check, alwaysStrict: boolean): Validator<T>;
/**
 * Run a check once: the one place a validation run's state is made. The client calls
 * it on the bare checks (`OperationChecks`), so a bundle that only calls operations
 * carries no Validator wrapper and no Standard Schema code.
 */
export declare function runCheck<T>(check: Check, value: unknown, strict: boolean, onUnknown?: (info: UnknownInfo) => void): ValidationResult<T>;
/** What the client runs for one operation: the input check (always strict) and the success body checks by status. */
export interface OperationChecks {
    readonly request: Check;
    readonly responses: {
        readonly [status: number]: Check | undefined;
    };
}
/** "/data/0/to" → ["data", "0", "to"] (RFC 6901 unescaped). */
export declare function pointerPath(pointer: string): string[];
