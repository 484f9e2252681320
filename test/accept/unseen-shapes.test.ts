/**
 * Shapes the published v1 documents do not have yet (test/fixtures/unseen/README.md): a
 * package generated from call-notes.json, called through its built JavaScript against a
 * scripted server on 127.0.0.1. A bare success body, a body that is one of several object
 * shapes (exactly one of three ids), PUT and 204, and a text/plain success body.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { buildApiModel } from "../../generator/model/build.js";
import type { ApiModel, Operation } from "../../generator/model/types.js";
import { defaultGenerateOptions, type Logger, runGenerate } from "../../generator/pipeline.js";
import { type Answer, type Received, type ScriptedServer, startScriptedServer } from "../client/server.js";
import { conforms, exampleInput } from "../helpers/example-input.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const FIXTURE = join(ROOT, "test/fixtures/unseen/call-notes.json");
const OVERLAY = join(ROOT, "test/fixtures/unseen/call-notes.overlay.json");

type Call = ((input?: unknown) => Promise<unknown>) & {
  safe: (input?: unknown) => Promise<{ ok: true; data: unknown } | { ok: false; error: { kind: string; issues?: unknown[] } }>;
};
type Client = Record<string, Call>;
let createClient: (options: object) => Client;
let out = "";

beforeAll(async () => {
  out = tempDir("opgen-unseen-");
  const quiet: Logger = { info: () => {}, warn: () => {}, out: () => {} };
  const code = await runGenerate(defaultGenerateOptions({ source: FIXTURE, outDir: out, accept: true, overlayFile: OVERLAY, log: quiet }));
  expect(code).toBe(0);
  ({ createClient } = (await import(pathToFileURL(join(out, "dist/index.js")).href)) as { createClient: typeof createClient });
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handle: (request: Received) => Answer): Promise<{ server: ScriptedServer; client: Client }> {
  const server = await startScriptedServer(handle);
  servers.push(server);
  // A key that occurs in no body: the runtime redacts the key wherever it appears in a response.
  return {
    server,
    client: createClient({ apiKey: "test-key-unseen", baseUrl: server.url, rateLimit: false, maxRetries: 0, timeoutMs: 5000 }),
  };
}

const note = {
  id: "CN1",
  callId: "AC1",
  contactId: null,
  phoneNumberId: null,
  content: "Called back.",
  createdAt: "2026-01-01T00:00:00Z",
};

describe("a bare (unwrapped) success body", () => {
  it("is returned as is, validated against the object itself", async () => {
    const { server, client } = await setup(() => ({ status: 200, body: note }));
    expect(await client.getCallNote?.({ id: "CN1" })).toEqual(note);
    expect(server.received.map((r) => `${r.method} ${r.url} ${r.headers.accept}`)).toEqual(["GET /v1/call-notes/CN1 application/json"]);
  });

  it("a body wrapped in {data} is refused: the contract says the object comes bare", async () => {
    const { client } = await setup(() => ({ status: 200, body: { data: note } }));
    const result = await client.getCallNote?.safe({ id: "CN1" });
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid_response" } });
  });

  it("is typed as the object, not as { data }", () => {
    expect(readFileSync(join(out, "src/models.ts"), "utf8")).toMatch(/export type GetCallNoteResult = CallNote;/);
  });
});

describe("a body that is one of several object shapes", () => {
  it("sends exactly one of the three ids (properties beside oneOf apply to each branch)", async () => {
    const { server, client } = await setup(() => ({ status: 201, body: { data: note } }));
    const body = { contactId: "66d0", content: "Left a voicemail." };
    expect(await client.createCallNote?.({ body })).toEqual({ data: note });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.method).toBe("POST");
    expect(server.received[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.received[0]?.body ?? "null")).toEqual(body);
  });

  it.each([
    ["two ids", { callId: "AC1", contactId: "66d0", content: "x" }],
    ["no id", { content: "x" }],
    ["no content", { callId: "AC1" }],
    ["an id that breaks its pattern", { callId: "XX1", content: "x" }],
  ])("refuses %s before sending anything", async (_label, body) => {
    const { server, client } = await setup(() => ({ status: 201, body: { data: note } }));
    expect(await client.createCallNote?.safe({ body })).toMatchObject({ ok: false, error: { kind: "invalid_request" } });
    expect(server.received).toHaveLength(0);
  });

  it("PUT with closed shapes: one shape passes and the 204 resolves to nothing; a property of another shape is refused", async () => {
    const { server, client } = await setup(() => ({ status: 204 }));
    expect(await client.replaceCallNote?.({ id: "CN1", body: { phoneNumberId: "PN1", content: "x" } })).toBeUndefined();
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual(["PUT /v1/call-notes/CN1"]);
    const mixed = await client.replaceCallNote?.safe({ id: "CN1", body: { phoneNumberId: "PN1", callId: "AC1", content: "x" } });
    expect(mixed).toMatchObject({ ok: false, error: { kind: "invalid_request" } });
    expect(server.received).toHaveLength(1);
  });

  it("DELETE answered 204: nothing", async () => {
    const { client } = await setup(() => ({ status: 204 }));
    expect(await client.deleteCallNote?.({ id: "CN1" })).toBeUndefined();
  });
});

describe("a text/plain success body", () => {
  it("asks for text/plain and returns the text as a string", async () => {
    const { server, client } = await setup(() => ({ status: 200, body: "Called back.\n" }));
    expect(await client.getCallNoteText?.({ id: "CN1" })).toBe("Called back.\n");
    expect(server.received[0]?.headers.accept).toBe("text/plain");
  });

  it("is typed as a string; errors of that operation still map to ApiError", async () => {
    expect(readFileSync(join(out, "src/models.ts"), "utf8")).toMatch(/export type GetCallNoteTextResult = string;/);
    const notFound = { message: "no such note", code: "0950404", status: 404, docs: "https://openphone.com/docs", title: "Not Found" };
    const { client } = await setup(() => ({ status: 404, body: notFound }));
    expect(await client.getCallNoteText?.safe({ id: "CN9" })).toMatchObject({
      ok: false,
      error: { kind: "api", status: 404, code: "0950404" },
    });
  });
});

describe("exampleInput on these shapes (what the Prism suite sends)", () => {
  const model: ApiModel = buildApiModel(JSON.parse(readFileSync(FIXTURE, "utf8")) as JsonObject);
  const operation = (id: string): Operation => {
    const found = model.operations.find((o) => o.operationId === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it.each([false, true])("takes the first branch that satisfies the union (optional fields: %s)", (optional) => {
    const create = operation("createCallNote_v1");
    const input = exampleInput(create, model, { optional });
    expect(Object.keys(input)).toEqual(["body"]);
    // Filling every property would match all three branches of the oneOf: exactly one id is sent.
    expect(input.body).toMatchObject({ callId: "AC123abc" });
    expect(Object.keys(input.body as object).filter((k) => k.endsWith("Id"))).toEqual(["callId"]);
    const schema = create.requestBody?.schema;
    if (!schema) throw new Error("createCallNote has no body");
    expect(conforms(schema, input.body, model)).toBe(true);
  });

  it("the client accepts every example input it is given", async () => {
    const { client } = await setup((request: Received) =>
      request.url.endsWith("/text") ? { status: 200, body: "t" } : request.method === "GET" ? { status: 200, body: note } : { status: 204 },
    );
    for (const o of model.operations) {
      const result = await client[o.functionName]?.safe(exampleInput(o, model, { optional: true }));
      // The 201 of createCallNote is answered 204 here: an unexpected status, not a refused input.
      expect(result, o.operationId).not.toMatchObject({ ok: false, error: { kind: "invalid_request" } });
    }
  });
});
