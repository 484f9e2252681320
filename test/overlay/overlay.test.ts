import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { InputError } from "../../generator/errors.js";
import { applyOverlay } from "../../generator/overlay.js";

const FILE = "test.overlay.json";

function overlay(actions: JsonValue[]): JsonObject {
  return { overlay: "1.0.0", info: { title: "t", version: "1" }, actions };
}

const base = (): JsonObject => ({
  paths: {
    "/v1/messages": { get: { summary: "list", tags: ["a", "b"] }, post: { summary: "send" } },
    "/v1/calls": { get: { summary: "calls" } },
  },
  list: [1, 2, 3, 4],
  "we'ird": { 'x"y': 1 },
});

describe("applyOverlay: actions", () => {
  const cases: Array<{ name: string; actions: JsonValue[]; want: (doc: JsonObject) => JsonValue; expected: JsonValue }> = [
    {
      name: "update deep-merges into the selected object",
      actions: [{ target: "$.paths['/v1/messages'].get", update: { summary: "changed", description: "new" } }],
      want: (d) => (d.paths as JsonObject)["/v1/messages"]!,
      expected: { get: { summary: "changed", tags: ["a", "b"], description: "new" }, post: { summary: "send" } },
    },
    {
      name: "update replaces non-object values (a string type becomes a type array)",
      actions: [{ target: "$.paths['/v1/calls'].get", update: { summary: ["x", "null"] } }],
      want: (d) => (d.paths as JsonObject)["/v1/calls"]!,
      expected: { get: { summary: ["x", "null"] } },
    },
    {
      name: "update on an array appends",
      actions: [{ target: '$.paths["/v1/messages"].get.tags', update: "c" }],
      want: (d) => ((d.paths as JsonObject)["/v1/messages"] as JsonObject).get!,
      expected: { summary: "list", tags: ["a", "b", "c"] },
    },
    {
      name: "remove deletes a member",
      actions: [{ target: "$.paths['/v1/calls']", remove: true }],
      want: (d) => Object.keys(d.paths as JsonObject),
      expected: ["/v1/messages"],
    },
    {
      name: "negative index and remove of an array item",
      actions: [{ target: "$.list[-1]", remove: true }],
      want: (d) => d.list!,
      expected: [1, 2, 3],
    },
    {
      name: "wildcard remove of every item",
      actions: [{ target: "$.list[*]", remove: true }],
      want: (d) => d.list!,
      expected: [],
    },
    {
      name: "wildcard over object members",
      actions: [{ target: "$.paths.*.get", update: { deprecated: true } }],
      want: (d) => Object.values(d.paths as JsonObject).map((p) => ((p as JsonObject).get as JsonObject).deprecated!),
      expected: [true, true],
    },
    {
      name: "escaped quotes in bracket names",
      actions: [{ target: "$['we\\'ird'][\"x\\\"y\"]", remove: true }],
      want: (d) => d["we'ird"]!,
      expected: {},
    },
    {
      name: "actions apply in order",
      actions: [
        { target: "$.paths['/v1/calls'].get", update: { summary: "one" } },
        { target: "$.paths['/v1/calls'].get", update: { summary: "two" } },
      ],
      want: (d) => ((d.paths as JsonObject)["/v1/calls"] as JsonObject).get!,
      expected: { summary: "two" },
    },
    {
      name: "remove wins over update in the same action",
      actions: [{ target: "$.list", update: 9, remove: true }],
      want: (d) => d.list ?? "absent",
      expected: "absent",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const input = base();
      const before = JSON.stringify(input);
      const out = applyOverlay(input, overlay(c.actions), FILE);
      expect(c.want(out)).toEqual(c.expected);
      expect(JSON.stringify(input)).toBe(before); // pure: the input is untouched
    });
  }

  it("keeps a __proto__ key as an own property", () => {
    const out = applyOverlay(base(), overlay([{ target: "$.paths", update: JSON.parse('{"__proto__": {"polluted": true}}') }]), FILE);
    expect(Object.hasOwn(out.paths as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("applyOverlay: RFC 9535 targets beyond plain paths", () => {
  const operations = (): JsonObject => ({
    paths: {
      "/v1/messages": { get: { operationId: "listMessages" }, post: { operationId: "sendMessage" } },
      "/v1/calls": { get: { operationId: "listCalls", tags: ["calls"] } },
    },
    list: [1, 2, 3, 4, 5],
  });
  const run = (actions: JsonValue[]) => applyOverlay(operations(), overlay(actions), FILE);
  const operation = (doc: JsonObject, route: string, method: string) =>
    ((doc.paths as JsonObject)[route] as JsonObject)[method] as JsonObject;

  it("a filter selects an operation by its operationId wherever it is", () => {
    const out = run([{ target: "$.paths[*][?@.operationId=='sendMessage']", update: { deprecated: true } }]);
    expect(operation(out, "/v1/messages", "post")).toEqual({ operationId: "sendMessage", deprecated: true });
    expect(operation(out, "/v1/messages", "get")).toEqual({ operationId: "listMessages" });
    expect(operation(out, "/v1/calls", "get")).toEqual({ operationId: "listCalls", tags: ["calls"] });
  });

  it("a filter with a function and a comparison: remove what matches", () => {
    const out = run([{ target: "$.paths[*][?length(@.operationId) > 10 && @.operationId != 'sendMessage']", remove: true }]);
    expect(out.paths).toEqual({
      "/v1/messages": { post: { operationId: "sendMessage" } },
      "/v1/calls": { get: { operationId: "listCalls", tags: ["calls"] } },
    });
  });

  it("a filter that matches nothing stops the run like any empty target", () => {
    expect(() => run([{ target: "$.paths[*][?@.operationId=='gone']", remove: true }])).toThrow(
      /test\.overlay\.json: actions\[0\] \(target .*\) selects nothing in the document/,
    );
  });

  it("descendants, slices and unions", () => {
    expect(run([{ target: "$..tags", update: "more" }]).paths).toMatchObject({ "/v1/calls": { get: { tags: ["calls", "more"] } } });
    expect(run([{ target: "$.list[1:3]", remove: true }]).list).toEqual([1, 4, 5]);
    expect(run([{ target: "$.list[0,-1,0]", remove: true }]).list).toEqual([2, 3, 4]);
    expect(run([{ target: "$.list[::2]", remove: true }]).list).toEqual([2, 4]);
  });

  it("member names with quotes, backslashes and control characters, selected by a filter", () => {
    const odd = "a'b\\c\nd\u0001e";
    const out = applyOverlay(
      { box: { [odd]: { keep: false }, plain: { keep: true } } },
      overlay([{ target: "$.box[?@.keep==false]", remove: true }]),
      FILE,
    );
    expect(out).toEqual({ box: { plain: { keep: true } } });
  });

  it("a node a union selects twice is updated once", () => {
    const out = run([{ target: "$.paths['/v1/calls','/v1/calls'].get.tags", update: "once" }]);
    expect(operation(out, "/v1/calls", "get").tags).toEqual(["calls", "once"]);
  });
});

describe("applyOverlay: refused input names the file and the action", () => {
  const cases: Array<{ name: string; overlay: JsonObject; message: RegExp }> = [
    {
      name: "a target that does not parse, with the character",
      overlay: overlay([{ target: "$.list[?@ >", remove: true }]),
      message: /test\.overlay\.json: actions\[0\] \(target "\$\.list\[\?@ >"\): invalid JSONPath at character 11/,
    },
    { name: "no $", overlay: overlay([{ target: "paths", remove: true }]), message: /must start with "\$"/ },
    {
      name: "nothing selected",
      overlay: overlay([{ target: "$.paths['/v1/nope']", update: { a: 1 } }]),
      message: /actions\[0\].*selects nothing/,
    },
    {
      name: "second action reported by index",
      overlay: overlay([
        { target: "$.list", update: 5 },
        { target: "$.nope", remove: true },
      ]),
      message: /actions\[1\]/,
    },
    { name: "update on a primitive", overlay: overlay([{ target: "$.list[0]", update: { a: 1 } }]), message: /selects a number value/ },
    { name: "neither update nor remove", overlay: overlay([{ target: "$.list" }]), message: /neither "update" nor "remove"/ },
    {
      name: "wrong version",
      overlay: { overlay: "2.0.0", info: { title: "t", version: "1" }, actions: [] },
      message: /Overlay 1\.0 version/,
    },
    { name: "no actions", overlay: { overlay: "1.0.0", info: { title: "t", version: "1" }, actions: [] }, message: /non-empty array/ },
    { name: "remove the root", overlay: overlay([{ target: "$", remove: true }]), message: /cannot remove the whole document/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(() => applyOverlay(base(), c.overlay, FILE)).toThrow(InputError);
      expect(() => applyOverlay(base(), c.overlay, FILE)).toThrow(c.message);
    });
  }
});

describe("openphone.overlay.json on the real documents", () => {
  const overlayFile = path.resolve(process.cwd(), "openphone.overlay.json");
  const patch = JSON.parse(readFileSync(overlayFile, "utf8")) as JsonObject;
  const userIdPaths = [
    ["/v1/messages", "post", "202", ["data", "properties", "userId"]],
    ["/v1/messages", "get", "200", ["data", "items", "properties", "userId"]],
    ["/v1/messages/{id}", "get", "200", ["data", "properties", "userId"]],
  ] as const;

  for (const spec of ["openphone-v1.2025-06-16.json", "openphone-v1.2025-12-15.json"]) {
    it(`makes the three message userId properties nullable in ${spec}, and changes nothing else`, () => {
      const document = JSON.parse(readFileSync(path.resolve(process.cwd(), "test/fixtures/upstream", spec), "utf8")) as JsonObject;
      const patched = applyOverlay(document, patch, overlayFile);
      const reverted = structuredClone(patched);
      for (const [route, method, status, rest] of userIdPaths) {
        const schema = dig(patched, [
          "paths",
          route,
          method,
          "responses",
          status,
          "content",
          "application/json",
          "schema",
          "properties",
          ...rest,
        ]);
        expect(schema.type).toEqual(["string", "null"]);
        expect(String(schema.description)).toMatch(/Null for incoming messages/);
        const original = dig(document, [
          "paths",
          route,
          method,
          "responses",
          status,
          "content",
          "application/json",
          "schema",
          "properties",
          ...rest,
        ]);
        expect(original.type).toBe("string");
        dig(reverted, ["paths", route, method, "responses", status, "content", "application/json", "schema", "properties", ...rest]).type =
          "string";
      }
      expect(reverted).toEqual(document);
    });
  }
});

function dig(value: JsonValue, keys: readonly string[]): JsonObject {
  let node = value;
  for (const key of keys) node = (node as JsonObject)[key]!;
  return node as JsonObject;
}
