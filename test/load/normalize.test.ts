import { describe, expect, it } from "vitest";
import { normalizeSpec } from "../../generator/load/normalize.js";

describe("normalizeSpec", () => {
  it("gives the same bytes whatever the key order; arrays keep their order", () => {
    const a = normalizeSpec({ b: 1, a: { d: [3, 1, 2], c: null } });
    const b = normalizeSpec({ a: { c: null, d: [3, 1, 2] }, b: 1 });
    expect(a.text).toBe(b.text);
    expect(a.sha256).toBe(b.sha256);
    expect(a.text).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1,\n      2\n    ]\n  },\n  "b": 1\n}\n');
  });

  it("keeps a property named __proto__ as data", () => {
    const input = JSON.parse('{"z":1,"__proto__":{"polluted":true}}');
    const { document, text } = normalizeSpec(input);
    expect(Object.keys(document)).toEqual(["__proto__", "z"]);
    expect(text).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("sorts by code unit, not locale", () => {
    const { text } = normalizeSpec({ b: 1, B: 2, a: 3, é: 4 });
    expect(Object.keys(JSON.parse(text))).toEqual(["B", "a", "b", "é"]);
  });
});
