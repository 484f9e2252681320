/**
 * The webhook shape interpreter (templates/runtime/webhook-shapes.ts): what each kind of
 * shape accepts in strict and compatible mode, the pointers and wording of its issues, and
 * that a string's content is shown only when the contract lists the allowed values.
 */
import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "../../templates/runtime/validation.js";
import { type Shape, shapeIssues } from "../../templates/runtime/webhook-shapes.js";

const text: Shape = { type: "string" };
const status: Shape = { type: "enum", values: ["queued", "sent"] };
const message: Shape = {
  type: "object",
  properties: [
    ["id", { type: "string", pattern: /^AC/u }, 1],
    ["status", status, 1],
    ["createdAt", { type: "string", format: dateTimeFormat }, 1],
    ["userId", { type: "string", nullable: 1 }],
    ["to", { type: "anyOf", variants: [{ type: "array", items: text }, text] }],
    ["duration", { type: "integer", minimum: 0, maximum: 10 }],
    ["a/b~c", { type: "boolean" }],
  ],
};
const valid = { id: "AC1", status: "sent", createdAt: "2026-01-01T00:00:00Z" };
const pointers = (shape: Shape, value: unknown, strict = false) => shapeIssues(shape, value, strict).map((i) => i.pointer);

describe("shapeIssues", () => {
  it("accepts a valid value in both modes", () => {
    const full = { ...valid, userId: null, to: ["+1"], duration: 3, "a/b~c": true };
    expect(shapeIssues(message, full, true)).toEqual([]);
    expect(shapeIssues(message, { ...valid, to: "+1" }, false)).toEqual([]);
  });

  it("reports every broken property with its RFC 6901 pointer, missing ones as required", () => {
    const issues = shapeIssues(message, { id: "XX", createdAt: "2026-02-30T00:00:00Z", to: [1], duration: 1.5, "a/b~c": 1 }, false);
    expect(issues.map((i) => i.pointer)).toEqual(["/id", "/status", "/createdAt", "/to", "/duration", "/a~1b~0c"]);
    expect(issues[0]!.message).toBe("/id: expected string matching /^AC/, found string");
    expect(issues[1]).toMatchObject({ expected: 'one of "queued", "sent" (required)', found: "nothing (missing)" });
    expect(issues[2]!.expected).toBe("date-time (RFC 3339)");
    expect(issues[3]!.expected).toBe("array or string");
    expect(issues[4]!.found).toBe("number 1.5");
  });

  it("compatible mode accepts undeclared properties and unknown enum values of the enum's type; strict refuses both", () => {
    const drifted = { ...valid, status: "scheduled", extra: 1 };
    expect(pointers(message, drifted)).toEqual([]);
    expect(pointers(message, drifted, true)).toEqual(["/status", "/extra"]);
    expect(pointers(message, { ...valid, status: 3 })).toEqual(["/status"]);
    const extra = shapeIssues(message, drifted, true)[1]!;
    expect(extra.expected).toBe("no such property");
  });

  it("shows a string's content only where the contract lists the allowed values", () => {
    const [wrongEnum] = shapeIssues(message, { ...valid, status: "leaked?" }, true);
    expect(wrongEnum!.found).toBe('string "leaked?"');
    const secretish: Shape = { type: "object", properties: [["key", { type: "string", pattern: /^k_/u }, 1]] };
    const [issue] = shapeIssues(secretish, { key: "s3cr3t-value" }, false);
    expect(issue!.message).not.toContain("s3cr3t");
  });

  it("reads own properties only: a __proto__ key is data, and Object.prototype names are not found", () => {
    const proto: Shape = {
      type: "object",
      properties: [
        ["__proto__", { type: "number" }, 1],
        ["constructor", text, 1],
      ],
    };
    expect(pointers(proto, JSON.parse('{"__proto__": 1, "constructor": "x"}'))).toEqual([]);
    expect(pointers(proto, {})).toEqual(["/__proto__", "/constructor"]);
  });

  it("checks values of other keys against `others`, in every mode; `others: 1` is a free-form object", () => {
    const map: Shape = { type: "object", properties: [], others: { type: "number" } };
    expect(pointers(map, { a: 1, b: "x" })).toEqual(["/b"]);
    const free: Shape = { type: "object", properties: [], others: 1 };
    expect(pointers(free, { anything: [1] }, true)).toEqual([]);
  });

  it("allOf needs every member, null needs `nullable`, the root pointer is shown as (root)", () => {
    const both: Shape = {
      type: "allOf",
      members: [
        { type: "object", properties: [["a", text, 1]] },
        { type: "object", properties: [["b", text, 1]] },
      ],
    };
    expect(pointers(both, { a: "x" })).toEqual(["/b"]);
    expect(shapeIssues(text, null, false)[0]!.message).toBe("(root): expected string, found null");
    expect(shapeIssues({ type: "object", properties: [], nullable: 1 }, null, true)).toEqual([]);
  });
});

describe("shapeIssues: bounds", () => {
  it("counts a string's length in code points, and checks number and array bounds", () => {
    const short: Shape = { type: "string", minLength: 2, maxLength: 2 };
    expect(pointers(short, "😀😀")).toEqual([]);
    expect(pointers(short, "😀")).toEqual([""]);
    const exclusive: Shape = { type: "number", exclusiveMinimum: 0, multipleOf: 0.5 };
    expect(pointers(exclusive, 1.5)).toEqual([]);
    expect(pointers(exclusive, 0)).toEqual([""]);
    expect(pointers(exclusive, 1.2)).toEqual([""]);
    expect(pointers({ type: "array", items: text, maxItems: 1 }, ["a", "b"])).toEqual([""]);
  });
});
