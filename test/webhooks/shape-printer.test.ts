/**
 * generator/emit/webhook-shapes.ts: the printed shapes, evaluated and run through the
 * runtime's interpreter, accept and refuse what the schema says (allOf merged into one
 * object, references to shared models, nullable references, scalars printed once).
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createShapePrinter } from "../../generator/emit/webhook-shapes.js";
import type { NamedModel, ObjectSchema, Schema } from "../../generator/model/types.js";
import { dateTimeFormat } from "../../templates/runtime/validation.js";
import { type Shape, shapeIssues } from "../../templates/runtime/webhook-shapes.js";

const base = { nullable: false, pointer: "#/test" };
const str: Schema = { ...base, kind: "string" };
const object = (
  properties: Array<[string, Schema, boolean]>,
  additionalProperties: ObjectSchema["additionalProperties"] = true,
): ObjectSchema => ({
  ...base,
  kind: "object",
  properties: properties.map(([name, schema, required]) => ({ name, schema, required })),
  additionalProperties,
});
const named = (name: string, schema: Schema): NamedModel => ({ name, schema }) as NamedModel;

/** Print `schema` with `models`, evaluate the TypeScript it gives, return the Shape and the printed constants. */
function evaluate(schema: Schema, models: NamedModel[] = []): { shape: Shape; constants: string[] } {
  const printer = createShapePrinter(models);
  const expression = printer.print(schema);
  const constants = printer.constants();
  const js = ts.transpile(`${constants.join("\n")}\nreturn ${expression};`, { target: ts.ScriptTarget.ES2020 });
  return { shape: new Function("dateTimeFormat", js)(dateTimeFormat) as Shape, constants };
}
const pointers = (shape: Shape, value: unknown, strict: boolean) => shapeIssues(shape, value, strict).map((i) => i.pointer);

describe("createShapePrinter", () => {
  it("prints allOf of objects as one object: strict mode knows every member's properties", () => {
    const both: Schema = { ...base, kind: "intersection", members: [object([["a", str, true]]), { ...base, kind: "ref", name: "B" }] };
    const { shape } = evaluate(both, [named("B", object([["b", str, false]], false))]);
    expect(pointers(shape, { a: "x", b: "y" }, true)).toEqual([]);
    expect(pointers(shape, { a: "x", c: 1 }, true)).toEqual(["/c"]);
    expect(pointers(shape, { b: 1 }, false)).toEqual(["/a", "/b"]);
  });

  it("prints a shared model once, as its own constant, and a nullable reference as model-or-null", () => {
    const model = named("Contact", object([["id", str, true]]));
    const schema = object([
      ["first", { ...base, kind: "ref", name: "Contact" }, true],
      ["second", { ...base, kind: "ref", name: "Contact", nullable: true }, true],
      ["at", { ...base, kind: "string", format: "date-time" }, false],
    ]);
    const { shape, constants } = evaluate(schema, [model]);
    expect(constants.filter((line) => line.startsWith("const shape$Contact: Shape = "))).toHaveLength(1);
    expect(constants.filter((line) => line === 'const s$0: Shape = { type: "string" };')).toHaveLength(1);
    expect(pointers(shape, { first: { id: "1" }, second: null, at: "2026-01-01T00:00:00Z" }, true)).toEqual([]);
    expect(pointers(shape, { first: null, second: { id: 2 }, at: "noon" }, false)).toEqual(["/first", "/second/id", "/at"]);
  });

  it("prints patterns as RegExp constants and values as escaped literals", () => {
    const schema = object([
      ["id", { ...base, kind: "string", pattern: "^AC(.*)$" }, true],
      ["kind", { ...base, kind: "enum", values: ['a"b', "c\u2028"] }, true],
    ]);
    const { shape, constants } = evaluate(schema);
    expect(constants).toContain('const pattern$0: RegExp = /* @__PURE__ */ new RegExp("^AC(.*)$", "u");');
    expect(pointers(shape, { id: "AC1", kind: 'a"b' }, true)).toEqual([]);
    expect(pointers(shape, { id: "PN1", kind: "c\u2028" }, true)).toEqual(["/id"]);
  });
});
