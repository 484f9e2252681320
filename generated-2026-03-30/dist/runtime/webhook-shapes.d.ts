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
/** The issues of `value` against `shape` (empty when valid). */
export declare function shapeIssues(shape: Shape, value: unknown, strict: boolean): ValidationIssue[];
export {};
