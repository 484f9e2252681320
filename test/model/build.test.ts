import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { buildApiModel, idPrefixOf } from "../../generator/model/build.js";
import type { ApiModel, ObjectSchema, Operation, Schema } from "../../generator/model/types.js";
import { loadSpec } from "./spec.js";

const SPEC_OLD = path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json");
const FIXTURE = path.resolve(process.cwd(), "test/fixtures/model/small.json");

function op(model: ApiModel, id: string): Operation {
  const found = model.operations.find((o) => o.operationId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
function prop(schema: Schema | undefined, name: string): Schema {
  if (schema?.kind !== "object") throw new Error(`not an object: ${schema?.kind}`);
  const p = schema.properties.find((x) => x.name === name);
  if (!p) throw new Error(`no property ${name}`);
  return p.schema;
}
function model(m: ApiModel, name: string): Schema {
  const found = m.models.find((x) => x.name === name);
  if (!found) throw new Error(`no model ${name}`);
  return found.schema;
}

describe("idPrefixOf", () => {
  it.each([
    ["^PN(.*)$", "PN"],
    ["^US(.*)$", "US"],
    ["^AC.*$", "AC"],
    ["^\\+[1-9]\\d{1,14}$", undefined],
    ["^PN$", undefined],
    ["PN(.*)", undefined],
    ["^P`N(.*)$", undefined],
  ])("%s -> %s", (pattern, want) => {
    expect(idPrefixOf(pattern)).toBe(want);
  });
});

describe("buildApiModel on the small fixture", () => {
  const m = buildApiModel(JSON.parse(readFileSync(FIXTURE, "utf8")) as JsonObject);
  const widget = model(m, "Widget") as ObjectSchema;

  it("fills the document-level fields", () => {
    expect(m.title).toBe("Small */ API");
    expect(m.servers).toEqual(["https://api.example.test"]);
    expect(m.apiKeyHeader).toBe("Authorization");
    expect(m.operations.map((o) => `${o.method} ${o.path} ${o.functionName} ${o.typeName}`)).toEqual([
      "get /v1/widgets listWidgets ListWidgets",
      "post /v1/widgets createWidget CreateWidget",
      "delete /v1/widgets/{id} deleteWidget DeleteWidget",
    ]);
  });

  it("folds anyOf [X, null] and type [X, 'null'] into nullable", () => {
    expect(prop(widget, "label")).toMatchObject({ kind: "string", nullable: true });
    expect(prop(widget, "weight")).toMatchObject({ kind: "number", nullable: true, default: 1 });
    expect(prop(widget, "type")).toMatchObject({ kind: "enum", nullable: false, values: ["small", "large"] });
  });

  it("keeps arrays as arrays; in a response, minLength on an array stays the no-op JSON Schema says it is", () => {
    expect(prop(widget, "tags")).toMatchObject({ kind: "array", maxItems: 3, items: { kind: "string" } });
    expect(prop(widget, "tags")).not.toHaveProperty("minItems");
  });

  it("breaks $ref cycles with unknown and sets idPrefix/idAlias", () => {
    expect(prop(widget, "parent").kind).toBe("unknown");
    expect(prop(widget, "id")).toMatchObject({ kind: "string", idPrefix: "WG", idAlias: "WidgetId" });
    expect(m.idAliases).toEqual([
      { name: "OwnerId", prefix: "US" },
      { name: "WidgetId", prefix: "WG" },
    ]);
  });

  it("makes required+default inputs optional and keeps deprecation", () => {
    const list = op(m, "listWidgets_v1");
    expect(list.input.map((f) => [f.name, f.in, f.required, f.deprecated])).toEqual([
      ["maxResults", "query", false, false],
      ["ownerId", "query", false, false],
      ["since", "query", false, true],
    ]);
    expect(list.parameters.find((p) => p.name === "maxResults")?.required).toBe(true);
    const create = op(m, "createWidget_v1");
    expect(create.bodyStyle).toBe("flat");
    expect(create.input.map((f) => [f.name, f.in, f.required])).toEqual([
      ["ownerId", "body", true],
      ["type", "body", true],
    ]);
    expect(op(m, "deleteWidget_v1").bodyStyle).toBe("none");
  });

  it("names the resource and the error body, and refers to them by ref", () => {
    expect(m.models.map((x) => x.name)).toEqual(["Widget", "WidgetNotFoundError"]);
    const list = op(m, "listWidgets_v1");
    expect(prop(list.responses[0]?.schema, "data")).toMatchObject({ kind: "array", items: { kind: "ref", name: "Widget" } });
    expect(list.responses[1]?.schema).toMatchObject({ kind: "ref", name: "WidgetNotFoundError" });
    expect(prop(model(m, "WidgetNotFoundError"), "status")).toMatchObject({ kind: "literal", value: 404 });
  });

  it("survives a bare-string `examples` on a parameter", () => {
    expect(op(m, "listWidgets_v1").parameters.find((p) => p.name === "ownerId")?.schema.kind).toBe("string");
  });
});

/** A one-operation document around the given request body and success response. */
function oneOperation(body: JsonObject | undefined, response: JsonObject): ApiModel {
  const operation: JsonObject = { operationId: "doThing_v1", responses: { "200": response } };
  if (body) operation.requestBody = { required: true, content: { "application/json": { schema: body } } };
  return buildApiModel({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: { "/v1/things": { post: operation } } });
}

describe("shapes the published documents do not have yet", () => {
  it("in a request, reads minLength on an array as minItems (what the author meant)", () => {
    const m = oneOperation(
      { type: "object", properties: { tags: { type: "array", items: { type: "string" }, minLength: 1 } } },
      { description: "ok" },
    );
    expect(op(m, "doThing_v1").input.find((f) => f.name === "tags")?.schema).toMatchObject({ kind: "array", minItems: 1 });
  });

  it("applies properties/required beside oneOf to every branch: exactly one of three ids", () => {
    const body = {
      type: "object",
      properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" }, text: { type: "string" } },
      required: ["text"],
      oneOf: [{ required: ["a"] }, { required: ["b"] }, { required: ["c"] }],
    };
    const operation = op(oneOperation(body, { description: "ok" }), "doThing_v1");
    expect(operation.bodyStyle).toBe("nested");
    const schema = operation.requestBody?.schema;
    if (schema?.kind !== "union") throw new Error(`not a union: ${schema?.kind}`);
    expect(schema.operator).toBe("oneOf");
    expect(schema.variants.map((v) => (v.kind === "object" ? v.properties.filter((p) => p.required).map((p) => p.name) : v.kind))).toEqual([
      ["a", "text"],
      ["b", "text"],
      ["c", "text"],
    ]);
    for (const v of schema.variants) expect(v.kind === "object" && v.properties.map((p) => p.name).sort()).toEqual(["a", "b", "c", "text"]);
  });

  it("types a text/plain success body without a schema as a string", () => {
    const m = oneOperation(undefined, { description: "ok", content: { "text/plain": {} } });
    expect(op(m, "doThing_v1").responses[0]).toMatchObject({ contentType: "text/plain", schema: { kind: "string" } });
  });
});

describe("buildApiModel on the real 2025-06-16 spec", () => {
  const doc = loadSpec(SPEC_OLD);
  const m = buildApiModel(doc);

  it("is deterministic", () => {
    expect(JSON.stringify(buildApiModel(loadSpec(SPEC_OLD)))).toBe(JSON.stringify(m));
  });

  it("gives Message one name across sendMessage, listMessages and getMessageById", () => {
    const send = prop(op(m, "sendMessage_v1").responses[0]?.schema, "data");
    const list = prop(op(m, "listMessages_v1").responses[0]?.schema, "data");
    const get = prop(op(m, "getMessageById_v1").responses[0]?.schema, "data");
    expect(send).toMatchObject({ kind: "ref", name: "Message" });
    expect(list).toMatchObject({ kind: "array", items: { kind: "ref", name: "Message" } });
    expect(get).toMatchObject({ kind: "ref", name: "Message" });
  });

  it("names the resources the issue lists", () => {
    const names = m.models.map((x) => x.name);
    for (const want of [
      "Message",
      "Call",
      "Contact",
      "Conversation",
      "PhoneNumber",
      "Webhook",
      "MessageWebhook",
      "CallWebhook",
      "CallSummary",
      "CallTranscript",
      "CallRecording",
      "ContactCustomField",
      "ErrorDetail",
      "MessageNotFoundError",
    ]) {
      expect(names).toContain(want);
    }
    expect(m.idAliases.map((a) => `${a.name}=${a.prefix}`)).toContain("PhoneNumberId=PN");
    expect(m.idAliases.map((a) => `${a.name}=${a.prefix}`)).toContain("UserId=US");
  });

  it("folds the type-named property and the maxResults quirk", () => {
    const list = op(m, "listMessages_v1");
    expect(list.input.find((f) => f.name === "maxResults")).toMatchObject({ required: false, in: "query" });
    expect(list.input.find((f) => f.name === "since")).toMatchObject({ deprecated: true });
    expect(op(m, "sendMessage_v1").input.find((f) => f.name === "to")).toMatchObject({ required: true, in: "body" });
  });

  it("every ref names an existing model and no two models share a name", () => {
    const names = new Set(m.models.map((x) => x.name));
    expect(names.size).toBe(m.models.length);
    const refs: string[] = [];
    const walk = (s: Schema): void => {
      if (s.kind === "ref") refs.push(s.name);
      else if (s.kind === "object") for (const p of s.properties) walk(p.schema);
      else if (s.kind === "array") walk(s.items);
      else if (s.kind === "union") s.variants.forEach(walk);
      else if (s.kind === "intersection") s.members.forEach(walk);
    };
    for (const x of m.models) walk(x.schema);
    for (const o of m.operations) for (const r of o.responses) if (r.schema) walk(r.schema);
    expect(refs.length).toBeGreaterThan(50);
    for (const r of refs) expect(names.has(r), r).toBe(true);
  });
});
