/**
 * Statement printers, one per schema kind: given the variable holding a value
 * and its pointer, print straight-line code that sets `ok = false` (recording
 * an issue) for every rule the value breaks. No schema is walked at run time.
 *
 * Strict mode reads objects as closed: a property the contract does not
 * declare is an issue. Compatible mode accepts it and reports it through
 * onUnknown. The scan for undeclared keys only runs when `c.scan` is set
 * (strict mode, or a listener), so the compatible happy path does no extra work.
 */
import type { IntersectionSchema, KindTable, ObjectSchema, Schema, UnionSchema } from "../../model/types.js";
import {
  childPointer,
  fresh,
  indexPointer,
  keyPointer,
  type ModuleContext,
  modelCheckName,
  pointerExpression,
  type Site,
  use,
} from "./context.js";
import { lengthText, summary } from "./expected.js";
import { jsString } from "./literal.js";
import { isLeaf, printLeaf } from "./rules.js";
import { testExpression } from "./test-expression.js";

/** What each kind's printer returns: a function of the site (KindTable entries take only the schema). */
type CheckPrinter = (site: Site, cx: ModuleContext) => string[];

const INDENT = "  ";
function indent(lines: string[]): string[] {
  return lines.map((line) => (line === "" ? line : INDENT + line));
}

/** `ok = fail(c, <pointer>, "<expected>", <value>);` */
function failWith(cx: ModuleContext, site: Site, expected: string): string {
  return `ok = ${use(cx, "fail")}(c, ${pointerExpression(site.pointer)}, ${jsString(expected)}, ${site.value});`;
}

function typeExpected(site: Site, name: string): string {
  return site.orNull ? `${name} or null` : name;
}

/** An if / else-if chain of (test that must hold, expected when it does not). */
function chain(cx: ModuleContext, site: Site, rules: Array<{ bad: string; expected: string }>, last?: string[]): string[] {
  const lines: string[] = [];
  rules.forEach((rule, i) => {
    lines.push(`${i === 0 ? "if" : "} else if"} (${rule.bad}) {`, INDENT + failWith(cx, site, rule.expected));
  });
  if (last !== undefined && last.length > 0) lines.push("} else {", ...indent(last));
  lines.push("}");
  return lines;
}

/** Scalars: one inline test plus a rule for the failure path (rules.ts). */
const leaf =
  (s: Schema): CheckPrinter =>
  (site, cx) =>
    printLeaf(s, site, cx);

const CHECKS: KindTable<CheckPrinter> = {
  string: leaf,
  number: leaf,
  boolean: leaf,
  null: leaf,
  literal: leaf,
  enum: leaf,
  array: (s) => (site, cx) => {
    const v = site.value;
    const rules = [{ bad: `!Array.isArray(${v})`, expected: typeExpected(site, "array") }];
    // One rule for both bounds: they say the same ("array of 1 to 10 items").
    const bounds = [
      ...(s.minItems !== undefined && s.minItems > 0 ? [`${v}.length < ${s.minItems}`] : []),
      ...(s.maxItems !== undefined ? [`${v}.length > ${s.maxItems}`] : []),
    ];
    if (bounds.length > 0) rules.push({ bad: bounds.join(" || "), expected: `array of ${lengthText(s.minItems, s.maxItems, "items")}` });
    if (s.uniqueItems === true) rules.push({ bad: `${use(cx, "hasDuplicates")}(${v})`, expected: "array of unique items" });
    const index = fresh(cx, "i");
    const item = fresh(cx, "v");
    const itemChecks = printCheck(s.items, { value: item, pointer: indexPointer(site.pointer, index), scan: true, orNull: false }, cx);
    const loop =
      itemChecks.length === 0
        ? []
        : [
            `for (let ${index} = 0; ${index} < ${v}.length; ${index}++) {`,
            `${INDENT}const ${item}: unknown = ${v}[${index}];`,
            ...indent(itemChecks),
            "}",
          ];
    return chain(cx, site, rules, loop);
  },
  object: (s) => (site, cx) => printObject(s, site, cx),
  union: (s) => (site, cx) => (isLeaf(s) ? printLeaf(s, site, cx) : printUnion(s, site, cx)),
  intersection: (s) => (site, cx) => printIntersection(s, site, cx),
  ref: (s) => (site, cx) => {
    if (!site.scan) {
      // Inside allOf the members must not scan for undeclared keys on their own: inline the model.
      const model = cx.models.get(s.name);
      if (model !== undefined && isComposite(model.schema) && !cx.inlining.has(s.name)) {
        // Guarded: a model that contains itself through allOf is called, not inlined forever.
        cx.inlining.add(s.name);
        const lines = printCheck(model.schema, site, cx);
        cx.inlining.delete(s.name);
        return lines;
      }
    }
    return [`if (!${modelCheckName(cx, s.name)}(${site.value}, ${pointerExpression(site.pointer)}, c)) ok = false;`];
  },
  unknown: () => () => [],
};

function isComposite(schema: Schema): boolean {
  return schema.kind === "object" || schema.kind === "union" || schema.kind === "intersection";
}

/** Statements checking `site.value` against `schema`; nullability handled here (by the rule for scalars). */
export function printCheck(schema: Schema, site: Site, cx: ModuleContext): string[] {
  const nullable = schema.nullable && schema.kind !== "null" && schema.kind !== "unknown" && !isLeaf(schema);
  const inner = (CHECKS[schema.kind] as (s: Schema) => CheckPrinter)(schema)({ ...site, orNull: nullable }, cx);
  if (!nullable || inner.length === 0) return inner;
  return [`if (${site.value} !== null) {`, ...indent(inner), "}"];
}

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

function printObject(s: ObjectSchema, site: Site, cx: ModuleContext): string[] {
  const v = site.value;
  const object = fresh(cx, "o");
  const body: string[] = [`const ${object} = ${v} as Record<string, unknown>;`];
  for (const property of s.properties) {
    const value = fresh(cx, "v");
    const key = jsString(property.name);
    // A key such as "constructor" would otherwise be found on Object.prototype.
    const read = PROTOTYPE_KEYS.has(property.name) ? `${use(cx, "own")}(${object}, ${key})` : `${object}[${key}]`;
    body.push(`const ${value} = ${read};`);
    const pointer = childPointer(site.pointer, property.name);
    const propertySite = { value, pointer, scan: true, orNull: false };
    if (isLeaf(property.schema)) {
      body.push(...printLeaf(property.schema, propertySite, cx, property.required ? "required" : "optional"));
      continue;
    }
    const checks = printCheck(property.schema, propertySite, cx);
    if (property.required) {
      body.push(
        `if (${value} === undefined) {`,
        `${INDENT}ok = ${use(cx, "missing")}(c, ${pointerExpression(pointer)}, ${jsString(summary(property.schema))});`,
        ...(checks.length > 0 ? ["} else {", ...indent(checks)] : []),
        "}",
      );
    } else if (checks.length > 0) {
      body.push(`if (${value} !== undefined) {`, ...indent(checks), "}");
    }
  }
  body.push(
    ...printScan(
      s.properties.map((p) => p.name),
      s.additionalProperties,
      object,
      site,
      cx,
    ),
  );
  return [
    `if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) {`,
    INDENT + failWith(cx, site, typeExpected(site, "object")),
    "} else {",
    ...indent(body),
    "}",
  ];
}

/**
 * The loop over keys the schema does not declare. With a schema for additional
 * properties, their values are checked in every mode; otherwise undeclared keys
 * are only looked for when `c.scan` (strict, or compatible with a listener).
 * A free-form object (no properties, any others allowed) is not scanned.
 */
function printScan(known: string[], additional: boolean | Schema, object: string, site: Site, cx: ModuleContext): string[] {
  const cases = [...new Set(known)].map((name) => `case ${jsString(name)}:`);
  const key = fresh(cx, "k");
  let otherwise: string[];
  let guard: string | undefined;
  if (typeof additional === "object") {
    const value = fresh(cx, "v");
    const checks = printCheck(additional, { value, pointer: keyPointer(cx, site.pointer, key), scan: true, orNull: false }, cx);
    if (checks.length === 0) return [];
    otherwise = [`const ${value} = ${object}[${key}];`, ...checks];
  } else {
    if (!site.scan || (additional === true && known.length === 0)) return [];
    guard = "c.scan";
    otherwise = [`if (!${use(cx, "unknownProperty")}(c, ${pointerExpression(site.pointer)}, ${key}, ${object}[${key}])) ok = false;`];
  }
  const loop = [
    `for (const ${key} in ${object}) {`,
    ...indent(
      cases.length === 0
        ? otherwise
        : [
            `switch (${key}) {`,
            ...indent(cases),
            `${INDENT}${INDENT}break;`,
            `${INDENT}default: {`,
            ...indent(indent(otherwise)),
            `${INDENT}}`,
            "}",
          ],
    ),
    "}",
  ];
  return guard === undefined ? loop : [`if (${guard}) {`, ...indent(loop), "}"];
}

/**
 * Helper function for one union variant: the variant's checks in a function of
 * their own, so a variant can be tried quietly (c.quiet > 0 records nothing).
 */
function variantFunction(schema: Schema, scan: boolean, cx: ModuleContext): string {
  if (schema.kind === "ref" && scan && !schema.nullable) return modelCheckName(cx, schema.name);
  const name = fresh(cx, "variant$");
  const checks = printCheck(schema, { value: "v", pointer: { base: "p", tail: "" }, scan, orNull: false }, cx);
  cx.helpers.push(
    [
      `function ${name}(v: unknown, p: string, c: Ctx): boolean {`,
      `${INDENT}let ok = true;`,
      ...indent(checks),
      `${INDENT}return ok;`,
      "}",
    ].join("\n"),
  );
  return name;
}

function printUnion(s: UnionSchema, site: Site, cx: ModuleContext): string[] {
  const v = site.value;
  const expected = typeExpected(site, s.variants.map(summary).join(" or "));
  const tests = s.variants.map((variant) => testExpression(variant, v, cx));
  if (s.operator === "anyOf" && tests.every((t) => t !== undefined)) {
    // All scalar: one boolean expression, no quiet mode, no calls.
    return chain(cx, site, [{ bad: `!(${tests.map((t) => `(${t})`).join(" || ")})`, expected }]);
  }
  const pointer = fresh(cx, "p");
  const match = fresh(cx, "m");
  const fns = s.variants.map((variant, i) => (tests[i] === undefined ? variantFunction(variant, site.scan, cx) : undefined));
  const tryVariant = (i: number): string => tests[i] ?? `${fns[i]}(${v}, ${pointer}, c)`;
  const lines = [`const ${pointer} = ${pointerExpression(site.pointer)};`, "c.quiet++;"];
  if (s.operator === "anyOf") {
    lines.push(`const ${match} = ${s.variants.map((_, i) => `${tryVariant(i)} ? ${i} : `).join("")}-1;`, "c.quiet--;");
    lines.push(`if (${match} === -1) {`, INDENT + failWith(cx, site, expected));
  } else {
    const count = fresh(cx, "n");
    lines.push(`let ${count} = 0;`, `let ${match} = -1;`);
    for (let i = 0; i < s.variants.length; i++)
      lines.push(`if (${tryVariant(i)}) {`, `${INDENT}${count}++;`, `${INDENT}${match} = ${i};`, "}");
    lines.push(
      "c.quiet--;",
      `if (${count} !== 1) {`,
      `${INDENT}ok = ${use(cx, "fail")}(c, ${pointer}, ${count} === 0 ? ${jsString(expected)} : ${jsString(`exactly one of: ${expected}`)}, ${v});`,
    );
  }
  // The matching variant ran quietly; run it again to deliver onUnknown reports.
  const rerun = fns.flatMap((fn, i) => (fn === undefined ? [] : [`if (${match} === ${i}) ${fn}(${v}, ${pointer}, c);`]));
  if (rerun.length > 0) lines.push("} else if (c.quiet === 0 && c.onUnknown !== undefined) {", ...indent(rerun));
  lines.push("}");
  return lines;
}

/**
 * allOf: every member must hold. Members are checked without their own scan for
 * undeclared keys (each would reject the others' properties); the allOf scans
 * once for keys declared by none of them.
 */
function printIntersection(s: IntersectionSchema, site: Site, cx: ModuleContext): string[] {
  const lines: string[] = [];
  for (const member of s.members) lines.push(...printCheck(member, { ...site, scan: false, orNull: false }, cx));
  if (!site.scan) return lines;
  const known = knownProperties(s, cx, new Set());
  if (known === undefined) return lines;
  const object = fresh(cx, "o");
  const scan = printScan([...known].sort(), false, object, site, cx);
  if (scan.length === 0) return lines;
  const v = site.value;
  return [
    ...lines,
    `if (typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})) {`,
    `${INDENT}const ${object} = ${v} as Record<string, unknown>;`,
    ...indent(scan),
    "}",
  ];
}

/** Property names a composition declares anywhere; undefined when some member accepts any key. */
function knownProperties(schema: Schema, cx: ModuleContext, seen: Set<string>): Set<string> | undefined {
  switch (schema.kind) {
    case "object": {
      if (schema.additionalProperties !== false && (schema.additionalProperties !== true || schema.properties.length === 0))
        return undefined;
      return new Set(schema.properties.map((p) => p.name));
    }
    case "union":
    case "intersection": {
      const out = new Set<string>();
      for (const member of schema.kind === "union" ? schema.variants : schema.members) {
        const names = knownProperties(member, cx, seen);
        if (names === undefined) return undefined;
        for (const name of names) out.add(name);
      }
      return out;
    }
    case "ref": {
      const model = cx.models.get(schema.name);
      if (model === undefined || seen.has(schema.name)) return new Set();
      return knownProperties(model.schema, cx, new Set([...seen, schema.name]));
    }
    case "unknown":
      return undefined;
    default:
      return new Set();
  }
}

/** A whole check function: `function name(v: unknown, p: string, c: Ctx): boolean`. */
export function printCheckFunction(
  name: string,
  schema: Schema,
  cx: ModuleContext,
  options: { exported: boolean; allowUndefined: boolean },
): string {
  const checks = printCheck(schema, { value: "v", pointer: { base: "p", tail: "" }, scan: true, orNull: false }, cx);
  return [
    `${options.exported ? "export " : ""}function ${name}(v: unknown, p: string, c: Ctx): boolean {`,
    ...(options.allowUndefined ? [`${INDENT}if (v === undefined) return true;`] : []),
    `${INDENT}let ok = true;`,
    ...indent(checks),
    `${INDENT}return ok;`,
    "}",
  ].join("\n");
}
