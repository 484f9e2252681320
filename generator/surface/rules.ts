/**
 * THE table of surface rules: what a difference in the package's public API
 * does to a consumer's code, and its severity on the project's scale
 * (diff/types.ts SEVERITIES). Severity lives here only; compare.ts decides
 * which rule a difference is, never how bad it is.
 *
 * breaking: code that compiled against the old package may not compile now.
 * warning:  it compiles, unless it names the very value that came or went (an exhaustive
 *           `switch` with a `never` default, a `case` or `===` on a value no longer possible).
 * info:     nothing a consumer wrote stops compiling.
 *
 * Ids are public (JSON report, ignore lists): never rename one.
 */
import type { Severity } from "../diff/types.js";

export interface SurfaceRule {
  severity: Severity;
  breaksCompile: boolean;
  /** What it means for code using the package, in a few words. */
  why: string;
}

const breaking = (why: string): SurfaceRule => ({ severity: "breaking", breaksCompile: true, why });
const warning = (why: string): SurfaceRule => ({ severity: "warning", breaksCompile: false, why });
const info = (why: string): SurfaceRule => ({ severity: "info", breaksCompile: false, why });

export const SURFACE_RULES = {
  "entry-point-removed": breaking("imports from this subpath no longer resolve"),
  "entry-point-added": info("a new subpath to import from"),
  "export-removed": breaking("code that imports or uses this name no longer compiles"),
  "export-added": info("a new name to import"),
  "export-kind-changed": breaking("a value became a type or the other way round"),

  "client-method-removed": breaking("calls to this client method no longer compile"),
  "client-method-added": info("a new client method"),
  "client-method-changed": breaking("the client method's signature changed"),

  "parameter-added-required": breaking("existing calls miss an argument"),
  "parameter-added-optional": info("existing calls still compile"),
  "parameter-removed": breaking("existing calls pass one argument too many"),
  "parameter-became-required": breaking("calls that omit it no longer compile"),
  "parameter-became-optional": info("existing calls still compile"),
  "parameter-type-narrowed": breaking("some values callers pass are no longer accepted"),
  "parameter-type-widened": info("every value callers pass is still accepted"),
  "parameter-type-changed": breaking("values callers pass may no longer be accepted"),
  "return-type-widened": breaking("code using the result meets values it does not handle"),
  "return-type-narrowed": info("the result is a subset of what it was"),
  "return-type-changed": breaking("code using the result may no longer compile"),

  "input-property-added-required": breaking("object literals without it no longer compile"),
  "input-property-added-optional": info("existing inputs still compile"),
  "input-property-removed": breaking("object literals that set it fail the excess-property check"),
  "input-property-became-required": breaking("inputs that omit it no longer compile"),
  "input-property-became-optional": info("existing inputs still compile"),
  "input-type-narrowed": breaking("some values callers set are no longer accepted"),
  "input-type-widened": info("every value callers set is still accepted"),
  "input-type-changed": breaking("values callers set may no longer be accepted"),

  "output-property-removed": breaking("code reading it no longer compiles"),
  "output-property-added": info("more to read; existing code still compiles"),
  "output-property-became-optional": breaking("code reading it must now handle undefined"),
  "output-property-became-required": info("always present now; existing code still compiles"),
  "output-property-became-nullable": breaking("code reading it must now handle null (strictNullChecks)"),
  "output-property-became-non-nullable": info("null checks become unnecessary, not wrong"),
  "output-type-widened": breaking("code reading it meets values its types exclude"),
  "output-type-narrowed": info("the values read are a subset of what they were"),
  "output-type-changed": breaking("code reading it may no longer compile"),
  "output-literal-added": warning("an exhaustive switch over these values no longer compiles"),
  "output-literal-removed": warning("a case or comparison with the removed value no longer compiles (no overlap)"),

  "literal-changed": breaking("comparisons with the old value no longer compile (no overlap)"),
  "error-variant-added": breaking("an exhaustive switch over this operation's errors no longer compiles"),
  "error-variant-removed": warning("a case for it no longer compiles (no overlap); the error is not documented any more"),
} as const satisfies Record<string, SurfaceRule>;

export type SurfaceRuleId = keyof typeof SURFACE_RULES;
