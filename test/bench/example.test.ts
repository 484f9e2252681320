/** scripts/bench/example.ts: deterministic example payloads for the validation throughput row. */

import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin, { type FormatsPlugin } from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { buildExample, ExampleError, responseSchema, withItems } from "../../scripts/bench/example.js";
import { buildPayload, CASES, inlineRefs } from "../../scripts/bench/validators.js";

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats: FormatsPlugin =
  (formatsPlugin as unknown as { default?: FormatsPlugin }).default ?? (formatsPlugin as unknown as FormatsPlugin);

const root: JsonObject = { components: { schemas: { Id: { type: "string", pattern: "^AC(.*)$" } } } };

describe("buildExample", () => {
  const rows: Array<[string, JsonValue, JsonValue]> = [
    ["const wins", { type: "string", const: "0206400", examples: ["x"] }, "0206400"],
    ["first enum value", { type: "string", enum: ["done", "open"] }, "done"],
    ["a fitting example", { type: "string", examples: ["US123abc"], pattern: "^US(.*)$" }, "US123abc"],
    ["an example that breaks the pattern is skipped", { type: "string", examples: ["OP1232abc"], pattern: "^PN(.*)$" }, "PN123abc"],
    ["a bare (non-array) examples value", { type: "string", examples: "US9" }, "US9"],
    ["E.164 pattern", { type: "string", pattern: "^\\+[1-9]\\d{1,14}$" }, "+15555555555"],
    ["date-time format", { type: "string", format: "date-time" }, "2022-01-01T00:00:00Z"],
    ["non-blank content with a length floor", { type: "string", pattern: ".*\\S.*", minLength: 20 }, "Hello, world!xxxxxxx"],
    ["integer within bounds", { type: "integer", minimum: 1, maximum: 100 }, 1],
    ["default when no example", { type: "integer", default: 10, maximum: 100 }, 10],
    ["boolean", { type: "boolean" }, true],
    ["nullable prefers the non-null variant", { anyOf: [{ type: "null" }, { type: "string", examples: ["PN1"] }] }, "PN1"],
    ["$ref resolved", { $ref: "#/components/schemas/Id" }, "AC123abc"],
    ["array honours minItems", { type: "array", minItems: 2, items: { type: "integer" } }, [1, 1]],
    [
      "object fills optional properties too, keys sorted",
      { type: "object", properties: { z: { type: "boolean" }, a: { type: "string", examples: ["x"] } }, required: ["z"] },
      { a: "x", z: true },
    ],
    [
      "allOf merges",
      {
        allOf: [
          { type: "object", properties: { a: { const: 1 } } },
          { type: "object", properties: { b: { const: 2 } } },
        ],
      },
      { a: 1, b: 2 },
    ],
  ];
  for (const [name, schema, want] of rows) it(name, () => expect(buildExample(schema, root)).toEqual(want));

  it("explains a pattern it cannot satisfy", () => {
    expect(() => buildExample({ type: "string", pattern: "^[0-9]{3}$" }, root, "#/x")).toThrow(ExampleError);
    expect(() => buildExample({ type: "string", pattern: "^[0-9]{3}$" }, root, "#/x")).toThrow(/#\/x/);
  });

  it("explains a dangling $ref", () =>
    expect(() => buildExample({ $ref: "#/components/schemas/Nope" }, root)).toThrow(/points at nothing/));
});

describe("withItems", () => {
  it("replicates the first item into distinct objects with unique ids", () => {
    const out = withItems({ data: [{ id: "AC1", n: 1 }], nextPageToken: null }, 3) as JsonObject;
    expect(out).toEqual({
      data: [
        { id: "AC10", n: 1 },
        { id: "AC11", n: 1 },
        { id: "AC12", n: 1 },
      ],
      nextPageToken: null,
    });
    const data = out.data as JsonValue[];
    expect(data[0]).not.toBe(data[1]);
  });
  it("needs a data array", () => expect(() => withItems({ data: [] }, 3)).toThrow(/non-empty `data`/));
});

describe("payloads of the throughput row, on the real spec", () => {
  const spec = JSON.parse(
    readFileSync(path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json"), "utf8"),
  ) as JsonObject;
  for (const c of CASES) {
    it(`${c.label} is valid against the spec's schema (Ajv, formats on)`, () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(inlineRefs(responseSchema(spec, c.operationId, c.status), spec) as object);
      const payload = buildPayload(spec, c);
      expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
      // The same call gives the same bytes: every validator sees identical data.
      expect(JSON.stringify(buildPayload(spec, c))).toBe(JSON.stringify(payload));
    });
  }
  it("the list payload has 100 items", () => {
    const list = CASES.find((c) => c.id === "list");
    expect(list).toBeDefined();
    expect(((buildPayload(spec, list!) as JsonObject).data as JsonValue[]).length).toBe(100);
  });
});
