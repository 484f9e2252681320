/**
 * Webhook payload contracts as `Shape` data (templates/runtime/webhook-shapes.ts), the
 * form src/webhooks.ts carries them in: one interpreter walks them, so an event a
 * receiver picks costs its bundle only this data. Scalars are printed once each as a
 * shared constant (`s$0`); objects inline; a shared model is a constant of its own
 * (`shape$WebhookCall`), so bundlers keep exactly what the picked events reach.
 */
import type { KindTable, NamedModel, ObjectSchema, Property, Schema } from "../model/types.js";
import { stringLiteral } from "./escape.js";
import { checkedFormat } from "./validators/expected.js";
import { checkPattern, jsPrimitive } from "./validators/literal.js";

export interface ShapePrinter {
  /** The shape expression of a schema (may name constants from `constants`). */
  print(schema: Schema): string;
  /** `const` lines for the scalars, patterns and models printed so far, each before its first use. */
  constants(): string[];
  /** The format constants of validation.js the shapes use. */
  formats(): string[];
}

export function modelShapeName(name: string): string {
  return `shape$${name}`;
}

export function createShapePrinter(models: readonly NamedModel[]): ShapePrinter {
  const byName = new Map(models.map((m) => [m.name, m]));
  const lines: string[] = [];
  const scalars = new Map<string, string>();
  const patterns = new Map<string, string>();
  const formats = new Set<string>();
  const printedModels = new Set<string>();
  const visiting = new Set<string>();

  const nullable = (schema: Schema): string => (schema.nullable && schema.kind !== "null" ? ", nullable: 1" : "");
  const scalar = (body: string, schema: Schema): string => {
    const text = `{ ${body}${nullable(schema)} }`;
    let name = scalars.get(text);
    if (name === undefined) {
      name = `s$${scalars.size}`;
      scalars.set(text, name);
      lines.push(`const ${name}: Shape = ${text};`);
    }
    return name;
  };
  const bounds = (pairs: Array<[string, number | undefined]>): string =>
    pairs.flatMap(([key, value]) => (value === undefined ? [] : [`, ${key}: ${value}`])).join("");
  const pattern = (source: string, pointer: string): string => {
    let name = patterns.get(source);
    if (name === undefined) {
      checkPattern(source, pointer);
      name = `pattern$${patterns.size}`;
      patterns.set(source, name);
      lines.push(`const ${name}: RegExp = /* @__PURE__ */ new RegExp(${stringLiteral(source)}, "u");`);
    }
    return name;
  };
  const model = (name: string): string => {
    const found = byName.get(name);
    if (found === undefined) throw new Error(`webhook shapes: no shared model named ${name}.`);
    if (!printedModels.has(name)) {
      if (visiting.has(name)) throw new Error(`webhook shapes: ${name} refers to itself, which shapes do not support yet.`);
      visiting.add(name);
      const text = print(found.schema);
      visiting.delete(name);
      printedModels.add(name);
      lines.push(`const ${modelShapeName(name)}: Shape = ${text};`);
    }
    return modelShapeName(name);
  };

  const PRINT: KindTable<string> = {
    string: (s) => {
      const format = checkedFormat(s.format);
      if (format) formats.add(format.rule);
      return scalar(
        `type: "string"${format ? `, format: ${format.rule}` : ""}${s.pattern !== undefined ? `, pattern: ${pattern(s.pattern, s.pointer)}` : ""}${bounds(
          [
            ["minLength", s.minLength],
            ["maxLength", s.maxLength],
          ],
        )}`,
        s,
      );
    },
    number: (s) =>
      scalar(
        `type: ${s.integer ? '"integer"' : '"number"'}${bounds([
          ["minimum", s.minimum],
          ["maximum", s.maximum],
          ["exclusiveMinimum", s.exclusiveMinimum],
          ["exclusiveMaximum", s.exclusiveMaximum],
          ["multipleOf", s.multipleOf],
        ])}`,
        s,
      ),
    boolean: (s) => scalar('type: "boolean"', s),
    null: (s) => scalar('type: "null"', s),
    unknown: (s) => scalar('type: "any"', s),
    literal: (s) => scalar(`type: "const", value: ${jsPrimitive(s.value)}`, s),
    enum: (s) => scalar(`type: "enum", values: [${s.values.map(jsPrimitive).join(", ")}]`, s),
    array: (s) =>
      `{ type: "array", items: ${print(s.items)}${bounds([
        ["minItems", s.minItems],
        ["maxItems", s.maxItems],
      ])}${nullable(s)} }`,
    object: (s) => {
      const properties = s.properties.map(printProperty);
      const others =
        typeof s.additionalProperties === "object"
          ? `, others: ${print(s.additionalProperties)}`
          : s.additionalProperties === true && s.properties.length === 0
            ? ", others: 1"
            : "";
      return `{ type: "object", properties: [${properties.join(", ")}]${others}${nullable(s)} }`;
    },
    union: (s) => `{ type: "anyOf", variants: [${s.variants.map(print).join(", ")}]${nullable(s)} }`,
    intersection: (s) => {
      // allOf of objects is one object with every member's properties: checked member by member,
      // strict mode would call each member's properties undeclared in the others. A free-form
      // member (no properties, any key) leaves the whole open, as in the validators.
      const objects = s.members.map(resolve).filter((m): m is ObjectSchema => m?.kind === "object");
      if (objects.length === s.members.length && objects.every((m) => typeof m.additionalProperties === "boolean")) {
        const properties = objects.flatMap((m) => m.properties).map(printProperty);
        const open = objects.some((m) => m.additionalProperties === true && m.properties.length === 0);
        return `{ type: "object", properties: [${properties.join(", ")}]${open ? ", others: 1" : ""}${nullable(s)} }`;
      }
      return `{ type: "allOf", members: [${s.members.map(print).join(", ")}]${nullable(s)} }`;
    },
    ref: (s) => {
      const name = model(s.name);
      // A nullable reference: the model or null (allOf of one member: its issues keep their pointers).
      return s.nullable ? `{ type: "allOf", members: [${name}], nullable: 1 }` : name;
    },
  };
  /** A schema with its references followed (undefined for a missing model or a cycle of references). */
  function resolve(schema: Schema, depth = 0): Schema | undefined {
    if (schema.kind !== "ref") return schema;
    const target = byName.get(schema.name)?.schema;
    return target === undefined || depth > models.length ? undefined : resolve(target, depth + 1);
  }
  function printProperty(p: Property): string {
    return `[${stringLiteral(p.name)}, ${print(p.schema)}${p.required ? ", 1" : ""}]`;
  }
  function print(schema: Schema): string {
    return (PRINT[schema.kind] as (s: Schema) => string)(schema);
  }

  return { print, constants: () => [...lines], formats: () => [...formats].sort() };
}
