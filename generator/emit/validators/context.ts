/**
 * What one generated module collects while its checks are printed: hoisted
 * RegExps and enum Sets (built once at module load, not per call), helper
 * functions for union variants, and the imports actually used (so each module
 * imports only what it needs and bundlers keep only that).
 */
import type { NamedModel } from "../../model/types.js";
import { checkPattern, jsString, pointerSegment } from "./literal.js";

export interface ModuleContext {
  readonly models: ReadonlyMap<string, NamedModel>;
  /** True while printing models.ts itself: model checks are local, not imported. */
  readonly inModelsModule: boolean;
  /** pattern source → constant name */
  readonly patterns: Map<string, string>;
  /** enum literal list → constant name */
  readonly enumSets: Map<string, string>;
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

export function createModuleContext(models: readonly NamedModel[], inModelsModule: boolean): ModuleContext {
  return {
    models: new Map(models.map((m) => [m.name, m])),
    inModelsModule,
    patterns: new Map(),
    enumSets: new Map(),
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

export function patternConstant(cx: ModuleContext, pattern: string, pointer: string): string {
  const known = cx.patterns.get(pattern);
  if (known !== undefined) return known;
  checkPattern(pattern, pointer);
  const name = `pattern$${cx.patterns.size}`;
  cx.patterns.set(pattern, name);
  return name;
}

export function enumConstant(cx: ModuleContext, literals: string): string {
  const known = cx.enumSets.get(literals);
  if (known !== undefined) return known;
  const name = `enum$${cx.enumSets.size}`;
  cx.enumSets.set(literals, name);
  return name;
}

/** Name of the check function of a named model. */
export function modelCheckName(cx: ModuleContext, model: string): string {
  const name = `check${model}`;
  if (!cx.inModelsModule) cx.modelChecks.add(name);
  return name;
}

/** Module-level declarations: hoisted patterns and enum sets. */
export function printConstants(cx: ModuleContext): string[] {
  const lines: string[] = [];
  // PURE: bundlers drop the constants of modules whose exports are unused, even without `sideEffects: false`.
  for (const [pattern, name] of cx.patterns) lines.push(`const ${name} = /* @__PURE__ */ new RegExp(${jsString(pattern)}, "u");`);
  for (const [literals, name] of cx.enumSets)
    lines.push(`const ${name}: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>([${literals}]);`);
  return lines;
}

/**
 * A JSON pointer as a JS expression, built only where it is needed (on failure, or
 * when a check function is called). `base` is an expression, `tail` static text.
 */
export interface Pointer {
  base: string;
  tail: string;
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
