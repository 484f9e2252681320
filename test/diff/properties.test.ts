/** Properties over generated schemas: the engine is total, pure, order-independent and silent on equal input. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { compareChanges } from "../../generator/diff/engine.js";
import { diffSpecs, RULES_BY_ID } from "../../generator/diff/index.js";
import { docWith } from "./helpers.js";

const { schema } = fc.letrec<{ schema: JsonValue }>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<JsonValue>({ type: "string" }, { type: "integer", minimum: 0 }, { type: "null" }, { type: ["string", "null"] }, true, {
      $ref: "#/components/schemas/Node",
    }),
    fc.record({ type: fc.constant("string"), pattern: fc.constantFrom("^PN", "^US"), maxLength: fc.nat(20) }, { requiredKeys: ["type"] }),
    fc.record({ type: fc.constant("string"), enum: fc.uniqueArray(fc.constantFrom("a", "b", "c", null), { minLength: 1 }) }),
    fc.record(
      {
        type: fc.constant("object"),
        properties: fc.dictionary(fc.constantFrom("id", "name", "type", "__proto__", "a/b", "x~y"), tie("schema"), { maxKeys: 3 }),
        required: fc.uniqueArray(fc.constantFrom("id", "name", "type")),
        additionalProperties: fc.boolean(),
      },
      { requiredKeys: ["type", "properties"] },
    ),
    fc.record({ type: fc.constant("array"), items: tie("schema"), minLength: fc.nat(3) }, { requiredKeys: ["type", "items"] }),
    fc.array(tie("schema"), { minLength: 1, maxLength: 3 }).map((list): JsonValue => ({ anyOf: list })),
    fc.array(tie("schema"), { minLength: 1, maxLength: 2 }).map((list): JsonValue => ({ allOf: list })),
  ),
}));

const node = { type: "object", properties: { next: { $ref: "#/components/schemas/Node" }, value: { type: "string" } } };
const doc = fc.tuple(schema, schema).map(([response, request]) => docWith(response, request, { schemas: { Node: node } }));

function reverseKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).reverse())
    Object.defineProperty(out, key, { value: reverseKeys(value[key]!), enumerable: true, writable: true, configurable: true });
  return out;
}

describe("engine properties", () => {
  it("finds nothing between a document and itself", () => {
    fc.assert(
      fc.property(doc, (a) => diffSpecs(a, a).length === 0),
      { numRuns: 300 },
    );
  });

  it("is total, sorted, duplicate-free and uses only table severities", () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const changes = diffSpecs(a, b);
        for (let i = 1; i < changes.length; i++) expect(compareChanges(changes[i - 1]!, changes[i]!)).toBeLessThan(0);
        for (const change of changes) expect(change.severity).toBe(RULES_BY_ID.get(change.id)!.severity);
        expect(diffSpecs(a, b)).toEqual(changes);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on key order", () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(diffSpecs(reverseKeys(a) as JsonObject, reverseKeys(b) as JsonObject)).toEqual(diffSpecs(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it("mirrors added and removed findings when the sides swap", () => {
    const mirror: Record<string, string> = {
      "response-property-added": "response-property-removed",
      "response-union-branch-added": "response-union-branch-removed",
      "response-enum-value-added": "response-enum-value-removed",
      "response-property-became-nullable": "response-property-became-non-nullable",
    };
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const forward = diffSpecs(a, b);
        const backward = diffSpecs(b, a);
        for (const [added, removed] of Object.entries(mirror)) {
          expect(forward.filter((c) => c.id === added).length).toBe(backward.filter((c) => c.id === removed).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
