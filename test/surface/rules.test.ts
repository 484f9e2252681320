/**
 * One small base → revision pair per surface rule: the generated package is
 * really emitted and read, so each case proves the rule fires on real
 * generated TypeScript, with the severity the table gives it.
 */
import { describe, expect, it } from "vitest";
import { SURFACE_RULES } from "../../generator/surface/rules.js";
import { type Shape, summary, surfaceOf } from "./build.js";

const str = { type: "string" };
const cases: Array<{ name: string; base: Shape; revision: Shape; want: string[] }> = [
  {
    name: "a required input property added breaks callers",
    base: {},
    revision: { input: { name: str, age: { type: "integer" } }, inputRequired: ["name", "age"] },
    want: ["breaking input-property-added-required CreateThingInput.age"],
  },
  {
    name: "an optional input property added is compatible",
    base: {},
    revision: { input: { name: str, nickname: str } },
    want: ["info input-property-added-optional CreateThingInput.nickname"],
  },
  {
    name: "an input property removed fails the excess-property check",
    base: { input: { name: str, nickname: str } },
    revision: {},
    want: ["breaking input-property-removed CreateThingInput.nickname"],
  },
  {
    name: "an optional input becoming required breaks callers",
    base: { input: { name: str }, inputRequired: [] },
    revision: {},
    want: ["breaking input-property-became-required CreateThingInput.name"],
  },
  {
    name: "an input narrowed (enum value removed) breaks callers; widened is compatible",
    base: { input: { name: { enum: ["a", "b"] } } },
    revision: { input: { name: { enum: ["a"] } } },
    want: ["breaking input-type-narrowed CreateThingInput.name"],
  },
  {
    name: "an input widened to accept null is compatible",
    base: {},
    revision: { input: { name: { type: ["string", "null"] } } },
    want: ["info input-type-widened CreateThingInput.name"],
  },
  {
    name: "a result property removed breaks readers",
    base: { output: { id: str, label: str }, outputRequired: ["id", "label"] },
    revision: {},
    want: ["breaking output-property-removed Thing.label"],
  },
  {
    name: "a result property made optional breaks readers",
    base: { output: { id: str, label: str }, outputRequired: ["id", "label"] },
    revision: { output: { id: str, label: str }, outputRequired: ["id"] },
    want: ["breaking output-property-became-optional Thing.label"],
  },
  {
    name: "a result property made nullable breaks readers",
    base: {},
    revision: { output: { id: { type: ["string", "null"] } } },
    want: ["breaking output-property-became-nullable Thing.id"],
  },
  {
    name: "a result property added is compatible",
    base: {},
    revision: { output: { id: str, label: str }, outputRequired: ["id", "label"] },
    want: ["info output-property-added Thing.label"],
  },
  {
    name: "a literal (const) changed breaks comparisons",
    base: { output: { id: str, kind: { const: "thing" } }, outputRequired: ["id", "kind"] },
    revision: { output: { id: str, kind: { const: "item" } }, outputRequired: ["id", "kind"] },
    want: ["breaking literal-changed Thing.kind"],
  },
  {
    name: "an output enum gaining a value warns (exhaustive switches)",
    base: { output: { id: str, state: { enum: ["on", "off"] } }, outputRequired: ["id", "state"] },
    revision: { output: { id: str, state: { enum: ["on", "off", "broken"] } }, outputRequired: ["id", "state"] },
    want: ["warning output-literal-added Thing.state"],
  },
  {
    name: "an output type widened breaks readers",
    base: { output: { id: str, size: { type: "integer" } }, outputRequired: ["id", "size"] },
    revision: { output: { id: str, size: { type: ["integer", "string"] } }, outputRequired: ["id", "size"] },
    want: ["breaking output-type-widened Thing.size"],
  },
];

describe("surface rules on generated packages", () => {
  it.each(cases)(
    "$name",
    async ({ base, revision, want }) => {
      const diff = await surfaceOf(base, revision);
      // Only the changes on the model and the input: validators follow the same edits under other names.
      const relevant = summary(diff).filter((line) => / (Thing|CreateThingInput)\./.test(line));
      expect(relevant).toEqual(want);
      for (const change of diff.changes) expect(change.severity).toBe(SURFACE_RULES[change.rule as keyof typeof SURFACE_RULES].severity);
    },
    30_000,
  );

  it("an error status added to an operation breaks exhaustive switches over its error union", async () => {
    const diff = await surfaceOf({ errors: [404] }, { errors: [404, 409] });
    const variant = diff.changes.find((c) => c.rule === "error-variant-added")!;
    expect(variant).toMatchObject({
      severity: "breaking",
      subject: "CreateThingError",
      after: 'ApiError<409, "E409", CreateThingErrorBodies[409]>',
      group: { name: "createThing" },
    });
    expect(variant.causes.map((c) => c.id)).toEqual(["response-error-status-added"]);
    const gone = await surfaceOf({ errors: [404, 409] }, { errors: [404] });
    expect(summary(gone)).toContain("warning error-variant-removed CreateThingError");
  }, 30_000);

  it("a new operation is a new client function, compatible, linked to operation-added", async () => {
    const diff = await surfaceOf({}, { widgets: true });
    expect(diff.highest).toBe("info");
    const method = diff.changes.find((c) => c.rule === "client-method-added")!;
    expect(method).toMatchObject({ subject: "OpenPhoneClient.listWidgets", group: { kind: "function", name: "listWidgets" } });
    expect(method.causes.map((c) => c.id)).toEqual(["operation-added"]);
    const removed = await surfaceOf({ widgets: true }, {});
    expect(summary(removed)).toEqual(
      expect.arrayContaining(["breaking client-method-removed OpenPhoneClient.listWidgets", "breaking export-removed listWidgets"]),
    );
  }, 30_000);

  it("a documentation-only edit changes nothing a consumer compiles against", async () => {
    const diff = await surfaceOf(
      { input: { name: { type: "string", description: "old" } } },
      { input: { name: { type: "string", description: "new" } } },
    );
    expect(diff.changes).toEqual([]);
    expect(diff.highest).toBeUndefined();
  }, 30_000);
});
