import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { compareCodeUnits, escapePointer, resolvePointer, sortKeys, stableStringify, unescapePointer } from "../../generator/json.js";

describe("resolvePointer", () => {
  const document: JsonObject = {
    components: { schemas: { "a/b": { type: "string" }, "x~y": { type: "number" }, "sp ace": { type: "boolean" } } },
    list: [{ type: "null" }],
  };

  it("unescapes ~1 and ~0 and percent-decodes the fragment", () => {
    expect(resolvePointer(document, "#/components/schemas/a~1b")).toEqual({ type: "string" });
    expect(resolvePointer(document, "#/components/schemas/x~0y")).toEqual({ type: "number" });
    expect(resolvePointer(document, "#/components/schemas/sp%20ace")).toEqual({ type: "boolean" });
    expect(resolvePointer(document, "#/list/0")).toEqual({ type: "null" });
    expect(resolvePointer(document, "#")).toBe(document);
  });

  it("finds only own properties, and nothing outside the document", () => {
    expect(resolvePointer(document, "#/components/constructor")).toBeUndefined();
    expect(resolvePointer(document, "#/components/schemas/toString")).toBeUndefined();
    expect(resolvePointer(document, "other.json#/components")).toBeUndefined();
  });

  it("answers nothing, not a thrown URIError, for a malformed percent-escape", () => {
    expect(resolvePointer(document, "#/components/%zz")).toBeUndefined();
  });
});

describe("pointer tokens", () => {
  it("round-trip keys that hold ~ and /", () => {
    for (const key of ["a/b", "~1", "~0/~", "plain"]) expect(unescapePointer(escapePointer(key))).toBe(key);
    expect(escapePointer("~/")).toBe("~0~1");
  });
});

describe("canonical order", () => {
  it("compares by code unit, not locale", () => {
    expect(["b", "a", "B", "ä"].sort(compareCodeUnits)).toEqual(["B", "a", "b", "ä"]);
  });

  it("sorts keys deeply and keeps __proto__ an own key", () => {
    const value = JSON.parse('{"b":1,"a":{"d":[{"z":1,"y":2}],"c":2},"__proto__":3}');
    const sorted = sortKeys(value) as JsonObject;
    expect(JSON.stringify(sorted)).toBe('{"__proto__":3,"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}');
    expect(stableStringify(value)).toBe(JSON.stringify(sorted));
  });
});
