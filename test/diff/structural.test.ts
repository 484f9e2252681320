/** Alignment by identity, never by position; compositions looked through; nullability as one concept. */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { diffSpecs } from "../../generator/diff/index.js";
import { docWith } from "./helpers.js";

const contact = { type: "object", properties: { id: { type: "string" }, name: { type: "string" } }, required: ["id"] };
const getX = (doc: JsonObject) => ((doc.paths as JsonObject)["/x"] as JsonObject).get as JsonObject;
const nonDocs = (base: JsonObject, revision: JsonObject) =>
  diffSpecs(base, revision)
    .filter((c) => c.severity !== "docs")
    .map((c) => c.id);

describe("equivalent schemas are no change", () => {
  const cases: Array<[string, unknown, unknown, JsonObject?]> = [
    ["wrapping in allOf", contact, { allOf: [contact] }],
    ["wrapping in a single-branch anyOf", contact, { anyOf: [contact] }],
    [
      "reordering anyOf branches",
      { anyOf: [{ type: "string" }, { type: "integer" }, contact] },
      { anyOf: [contact, { type: "integer" }, { type: "string" }] },
    ],
    ["anyOf [X, null] vs type [X, null]", { anyOf: [{ type: "string" }, { type: "null" }] }, { type: ["string", "null"] }],
    ["null first vs null last", { anyOf: [{ type: "null" }, { type: "string" }] }, { anyOf: [{ type: "string" }, { type: "null" }] }],
    ["3.0 nullable vs 3.1 type array", { type: "string", nullable: true }, { type: ["null", "string"] }],
    [
      "nested anyOf flattened",
      { anyOf: [{ anyOf: [{ type: "string" }, { type: "integer" }] }, { type: "null" }] },
      { anyOf: [{ type: "integer" }, { type: "string" }, { type: "null" }] },
    ],
    ["required reordered", { ...contact, required: ["id", "name"] }, { ...contact, required: ["name", "id"] }],
    ["enum reordered", { type: "string", enum: ["a", "b"] }, { type: "string", enum: ["b", "a"] }],
    ["$ref vs the same schema inline", { $ref: "#/components/schemas/Contact" }, contact, { schemas: { Contact: contact } }],
    ["only the description differs", { type: "string", description: "a" }, { type: "string", description: "b" }],
  ];
  it.each(cases)("%s", (_name, before, after, components) => {
    expect(nonDocs(docWith(before, undefined, components), docWith(after, undefined, components))).toEqual([]);
  });
});

describe("alignment", () => {
  it("matches parameters by in + name, not position", () => {
    const params: JsonValue[] = [
      { in: "query", name: "a", schema: { type: "string" } },
      { in: "query", name: "b", required: true, schema: { type: "integer" } },
    ];
    const base = docWith({ type: "string" });
    const revision = docWith({ type: "string" });
    getX(base).parameters = params;
    getX(revision).parameters = [...params].reverse();
    expect(diffSpecs(base, revision)).toEqual([]);
  });

  it("matches path templates whatever their parameter names", () => {
    const base = docWith({ type: "string" });
    const revision = docWith({ type: "string" });
    const paths = (doc: JsonObject) => doc.paths as JsonObject;
    paths(base)["/x/{id}"] = paths(base)["/x"]!;
    paths(revision)["/x/{contactId}"] = paths(revision)["/x"]!;
    delete paths(base)["/x"];
    delete paths(revision)["/x"];
    expect(diffSpecs(base, revision).map((c) => c.id)).toEqual([]);
  });

  it("matches union branches by content and reports the changed one at its own place", () => {
    const before = {
      anyOf: [
        { type: "string", pattern: "^US" },
        { type: "string", pattern: "^\\+[1-9]" },
      ],
    };
    const after = { anyOf: [{ type: "string", pattern: "^US" }, { type: "string" }] };
    const changes = diffSpecs(docWith(before), docWith(after));
    expect(changes.map((c) => [c.id, c.location, c.before])).toEqual([
      ["response-pattern-removed", "/paths/~1x/get/responses/200/content/application~1json/schema/anyOf/1/pattern", "^\\+[1-9]"],
    ]);
  });

  it("sees an object becoming a union of itself and a new variant as one added branch", () => {
    const item = { type: "object", properties: { path: { type: "string" }, message: { type: "string" } }, required: ["path"] };
    const variant = { type: "object", properties: { key: { type: "string" } }, required: ["key"] };
    const changes = diffSpecs(docWith({ type: "array", items: item }), docWith({ type: "array", items: { anyOf: [variant, item] } }));
    expect(changes.map((c) => [c.id, c.severity, c.location])).toEqual([
      ["response-union-branch-added", "breaking", "/paths/~1x/get/responses/200/content/application~1json/schema/items/anyOf/0"],
    ]);
  });

  it("walks a recursive $ref once and still finds a change inside it", () => {
    const node = (extra: JsonObject) => ({
      type: "object",
      properties: { name: { type: "string", ...extra }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
    });
    const base = docWith({ $ref: "#/components/schemas/Node" }, undefined, { schemas: { Node: node({}) } });
    const revision = docWith({ $ref: "#/components/schemas/Node" }, undefined, { schemas: { Node: node({ maxLength: 10 }) } });
    const changes = diffSpecs(base, revision);
    expect(changes.map((c) => [c.id, c.location])).toEqual([
      ["response-length-narrowed", "/components/schemas/Node/properties/name/maxLength"],
    ]);
  });

  it("never follows a reference outside the document", () => {
    const base = docWith({ $ref: "https://example.com/schema.json" });
    const revision = docWith({ $ref: "other.json#/X" });
    expect(() => diffSpecs(base, revision)).not.toThrow();
  });

  it("compares `format` on numbers too (OpenAPI int32/int64), and `minLength` on an array as inapplicable", () => {
    const changes = diffSpecs(docWith({ type: "integer", format: "int32" }), docWith({ type: "integer", format: "int64" }));
    expect(changes.map((c) => [c.id, c.before, c.after])).toEqual([["response-format-changed", "int32", "int64"]]);
    const arrays = diffSpecs(
      docWith({ type: "array", items: { type: "string" } }),
      docWith({ type: "array", items: { type: "string" }, minLength: 1, maxItems: 3 }),
    );
    expect(arrays.map((c) => [c.id, c.location.split("/").pop()])).toEqual([
      ["response-length-narrowed", "maxItems"],
      ["inapplicable-keyword-changed", "minLength"],
    ]);
  });

  it("sees a null-only schema becoming a string as a type change, not a nullability change", () => {
    const changes = diffSpecs(docWith({ type: "null" }), docWith({ type: "string" }));
    expect(changes.map((c) => [c.id, c.before, c.after])).toEqual([["response-type-changed", ["null"], ["string"]]]);
  });

  const security: Array<[string, JsonValue, JsonValue, string[]]> = [
    ["same requirement written at operation level", [{ key: [] }], [{ key: [] }], []],
    ["anonymous refused from now on", [], [{ key: [] }], ["security-requirement-added"]],
    ["an alternative dropped", [{ key: [] }, { oauth: [] }], [{ key: [] }], ["security-requirement-added"]],
    ["a scope now required", [{ oauth: [] }], [{ oauth: ["write"] }], ["security-requirement-added"]],
    ["an alternative added", [{ key: [] }], [{ key: [] }, { oauth: [] }], ["security-requirement-removed"]],
    ["anonymous allowed from now on", [{ key: [] }], [{ key: [] }, {}], ["security-requirement-removed"]],
  ];
  it.each(security)("security: %s", (_name, before, after, want) => {
    const base = docWith({ type: "string" });
    const revision = docWith({ type: "string" });
    getX(base).security = before;
    getX(revision).security = after;
    expect(diffSpecs(base, revision).map((c) => c.id)).toEqual(want);
  });

  it("compares the effective requirement: document-level security moved onto the operation is no change", () => {
    const base = { ...docWith({ type: "string" }), security: [{ key: [] }] };
    const revision = docWith({ type: "string" });
    getX(revision).security = [{ key: [] }];
    expect(
      diffSpecs(base, revision)
        .filter((c) => c.method === "GET")
        .map((c) => c.id),
    ).toEqual([]);
  });

  it("gives the same change a different direction in a request and in a response", () => {
    const nullable = { type: "object", properties: { v: { anyOf: [{ type: "string" }, { type: "null" }] } } };
    const plain = { type: "object", properties: { v: { type: "string" } } };
    const changes = diffSpecs(docWith(plain, plain), docWith(nullable, nullable));
    expect(changes.map((c) => [c.id, c.severity, c.direction])).toEqual([
      ["response-property-became-nullable", "breaking", "response"],
      ["request-property-became-nullable", "info", "request"],
    ]);
  });
});

describe("hostile keys", () => {
  it("treats a schema keyword named __proto__ as data, not as a prototype", () => {
    const base = docWith(
      JSON.parse('{"type": "object", "__proto__": {"polluted": true}, "properties": {"__proto__": {"type": "string"}}}'),
    );
    const revision = docWith(
      JSON.parse('{"type": "object", "__proto__": {"polluted": false}, "properties": {"__proto__": {"type": "integer"}}}'),
    );
    const changes = diffSpecs(base, revision);
    expect(changes.map((c) => [c.id, c.location.split("/").slice(-2).join("/")])).toEqual([
      ["schema-keyword-changed", "schema/__proto__"],
      ["response-type-changed", "properties/__proto__"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("response headers", () => {
  it("aligns headers case-insensitively and walks their schemas in the response direction", () => {
    const withHeader = (name: string, schema: JsonValue) => {
      const doc = docWith({ type: "string" });
      const ok = (getX(doc).responses as JsonObject)["200"] as JsonObject;
      ok.headers = { [name]: { schema } };
      return doc;
    };
    expect(diffSpecs(withHeader("Retry-After", { type: "integer" }), withHeader("retry-after", { type: "integer" }))).toEqual([]);
    const changes = diffSpecs(withHeader("Retry-After", { type: "integer" }), withHeader("Retry-After", { type: ["integer", "null"] }));
    expect(changes.map((c) => [c.id, c.severity, c.message])).toEqual([
      ["response-property-became-nullable", "breaking", "response 200 header `Retry-After` became nullable (may be null)"],
    ]);
  });
});
