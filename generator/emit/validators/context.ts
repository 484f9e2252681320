/**
 * What one generated module collects while its checks are printed: hoisted
 * RegExps and enum Sets (built once at module load, not per call), helper
 * functions for union variants, and the imports actually used (so each module
 * imports only what it needs and bundlers keep only that).
 */
import type { NamedModel } from "../../model/types.js";
import { checkPattern, jsString, pointerSegment } from "./literal.js";

/**
 * Constants every validator module shares, printed once into src/validators/constants.ts:
 * an E.164 pattern or a date-time rule used by ten modules is one constant in a bundle,
 * not ten. Names are given on first use; emission order is fixed, so names are stable.
 */
export interface SharedConstants {
  /** pattern source → constant name */
  readonly patterns: Map<string, string>;
  /** enum literal list → constant name */
  readonly enumSets: Map<string, string>;
  /** scalar rule literal (its words, rules.ts) → constant name */
  readonly rules: Map<string, string>;
}

export function createSharedConstants(): SharedConstants {
  return { patterns: new Map(), enumSets: new Map(), rules: new Map() };
}

export interface ModuleContext {
  readonly models: ReadonlyMap<string, NamedModel>;
  /** True while printing models.ts itself: model checks are local, not imported. */
  readonly inModelsModule: boolean;
  readonly shared: SharedConstants;
  /** Shared constants this module imports from ./constants.js. */
  readonly constants: Set<string>;
  /** Hoisted helper functions, in creation order. */
  readonly helpers: string[];
  /** Value imports from ../runtime/validation.js. */
  readonly runtime: Set<string>;
  /** Model checks imported from ./models.js. */
  readonly modelChecks: Set<string>;
  /** Models being inlined into allOf members right now (recursion guard). */
  readonly inlining: Set<string>;
  counter: number;
}

export function createModuleContext(models: readonly NamedModel[], inModelsModule: boolean, shared: SharedConstants): ModuleContext {
  return {
    models: new Map(models.map((m) => [m.name, m])),
    inModelsModule,
    shared,
    constants: new Set(),
    helpers: [],
    runtime: new Set(),
    modelChecks: new Set(),
    inlining: new Set(),
    counter: 0,
  };
}

/** A fresh local name (`v3`, `i4`, ...), unique in the module. */
export function fresh(cx: ModuleContext, prefix: string): string {
  cx.counter++;
  return `${prefix}${cx.counter}`;
}

/** Use a runtime helper; returns its name. */
export function use(cx: ModuleContext, name: string): string {
  cx.runtime.add(name);
  return name;
}

/** A shared constant's name, given on first use, imported by this module. */
function sharedConstant(cx: ModuleContext, table: Map<string, string>, key: string, prefix: string): string {
  let name = table.get(key);
  if (name === undefined) {
    name = `${prefix}$${table.size}`;
    table.set(key, name);
  }
  cx.constants.add(name);
  return name;
}

export function patternConstant(cx: ModuleContext, pattern: string, pointer: string): string {
  if (!cx.shared.patterns.has(pattern)) checkPattern(pattern, pointer);
  return sharedConstant(cx, cx.shared.patterns, pattern, "pattern");
}

export function enumConstant(cx: ModuleContext, literals: string): string {
  return sharedConstant(cx, cx.shared.enumSets, literals, "enum");
}

export function ruleConstant(cx: ModuleContext, literal: string): string {
  return sharedConstant(cx, cx.shared.rules, literal, "rule");
}

/** Name of the check function of a named model. */
export function modelCheckName(cx: ModuleContext, model: string): string {
  const name = cx.models.get(model)?.names.check;
  if (name === undefined) throw new Error(`Internal error: a reference to ${model}, which is no named model.`);
  if (!cx.inModelsModule) cx.modelChecks.add(name);
  return name;
}

/** The body of src/validators/constants.ts. */
export function printSharedConstants(shared: SharedConstants, runtimeModule: string): string {
  const lines: string[] = [];
  if (shared.rules.size > 0) lines.push(`import type { Rule } from "${runtimeModule}";`);
  if (lines.length > 0) lines.push("");
  // PURE: bundlers drop every constant no kept check uses, even without `sideEffects: false`.
  for (const [pattern, name] of shared.patterns)
    lines.push(`export const ${name}: RegExp = /* @__PURE__ */ new RegExp(${jsString(pattern)}, "u");`);
  for (const [literals, name] of shared.enumSets)
    lines.push(`export const ${name}: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>([${literals}]);`);
  for (const [literal, name] of shared.rules) lines.push(`export const ${name}: Rule = ${literal};`);
  if (lines.length === 0) lines.push("export {};");
  return `${lines.join("\n")}\n`;
}

/** The declaration file of src/validators/constants.ts (see GeneratedFile.declaration). */
export function printSharedDeclarations(shared: SharedConstants, runtimeModule: string): string {
  const lines: string[] = [];
  if (shared.rules.size > 0) lines.push(`import type { Rule } from "${runtimeModule}";`);
  for (const name of shared.patterns.values()) lines.push(`export declare const ${name}: RegExp;`);
  for (const name of shared.enumSets.values()) lines.push(`export declare const ${name}: ReadonlySet<unknown>;`);
  for (const name of shared.rules.values()) lines.push(`export declare const ${name}: Rule;`);
  if (lines.length === 0) lines.push("export {};");
  return `${lines.join("\n")}\n`;
}

/**
 * A JSON pointer as a JS expression, built only where it is needed (on failure, or
 * when a check function is called). `base` is an expression, `tail` static text.
 */
export interface Pointer {
  base: string;
  tail: string;
}

/** Where a value sits while its checks are printed. */
export interface Site {
  /** Variable holding the value. */
  value: string;
  pointer: Pointer;
  /** Print the undeclared-property scan for objects here (false inside allOf members: the allOf scans). */
  scan: boolean;
  /** The value may also be null (the type message says so). */
  orNull: boolean;
}

export function pointerExpression(pointer: Pointer): string {
  return pointer.tail === ""
    ? pointer.base
    : pointer.base === '""'
      ? jsString(pointer.tail)
      : `${pointer.base} + ${jsString(pointer.tail)}`;
}

export function childPointer(pointer: Pointer, key: string): Pointer {
  return { base: pointer.base, tail: `${pointer.tail}/${pointerSegment(key)}` };
}

/** Pointer of an array item whose index is in variable `index`. */
export function indexPointer(pointer: Pointer, index: string): Pointer {
  return { base: `${pointerExpression({ base: pointer.base, tail: `${pointer.tail}/` })} + ${index}`, tail: "" };
}

/** Pointer of a dynamic key (an additional property) held in variable `key`. */
export function keyPointer(cx: ModuleContext, pointer: Pointer, key: string): Pointer {
  return { base: `${pointerExpression({ base: pointer.base, tail: `${pointer.tail}/` })} + ${use(cx, "escapePointer")}(${key})`, tail: "" };
}
