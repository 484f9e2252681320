/**
 * The generated client (generated/src) against a scripted node:http server on 127.0.0.1:
 * what goes on the wire (auth, body, query encoding), what comes back (typed data, typed
 * errors), retries, pagination, and that the API key never leaks into an error.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  type Clock,
  createClient,
  type GetMessageByIdError,
  type Message,
  type OpenPhoneClient,
  type OpenPhoneError,
  paginate,
  type SendMessageResult,
} from "../../generated/src/index.js";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { buildExample, responseSchema } from "../../scripts/bench/example.js";
import { type Answer, type Received, type ScriptedServer, startScriptedServer } from "./server.js";

const spec = JSON.parse(readFileSync(resolve(process.cwd(), "generated/openapi.json"), "utf8")) as JsonObject;
/** A documented success body, built from the snapshot's own response schema. */
const successBody = (operationId: string, status: string): JsonObject =>
  buildExample(responseSchema(spec, operationId, status), spec) as JsonObject;

const KEY = "test-key";
const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Sleeps recorded, never waited: retries run at once and the test sees each backoff. */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms) };
}

async function setup(
  handle: (request: Received, index: number) => Answer,
  options: Partial<ClientOptions> = {},
): Promise<{ server: ScriptedServer; client: OpenPhoneClient; clock: Clock & { sleeps: number[] } }> {
  const server = await startScriptedServer(handle);
  servers.push(server);
  const clock = recordingClock();
  const client = createClient({ apiKey: KEY, baseUrl: server.url, rateLimit: false, clock, random: () => 0, timeoutMs: 5000, ...options });
  return { server, client, clock };
}

/** The documented flat error body (components/schemas/*NotFoundError). */
const notFound = { message: "Message not found", code: "0200404", status: 404, docs: "https://openphone.com/docs", title: "Not Found" };

describe("(a) sendMessage on the wire", () => {
  it("POSTs /v1/messages with the raw key and the flat JSON body, and returns the typed data", async () => {
    const body = successBody("sendMessage_v1", "202");
    const { server, client } = await setup(() => ({ status: 202, body }));
    const input = { content: "hi", from: "+15555550100", to: ["+15555550123"] };
    const data: SendMessageResult = await client.sendMessage(input);
    const message: Message = data.data;
    expect(message).toEqual(body.data);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/messages");
    expect(request?.headers.authorization).toBe(KEY);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "null")).toEqual(input);
  });
});

describe("(b) local validation", () => {
  it.each([
    // An object: refused whatever pattern the snapshot gives `from` (the 2025-12-15 document gives none).
    ["from not a string", { from: { number: "+15555550100" }, to: ["+15555550123"], content: "hi" }],
    ["to missing", { from: "+15555550100", content: "hi" }],
    ["content not a string", { from: "+15555550100", to: ["+15555550123"], content: 5 }],
  ])("%s: rejects with invalid_request and sends nothing", async (_label, input) => {
    const { server, client } = await setup(() => ({ status: 202, body: successBody("sendMessage_v1", "202") }));
    const call = client.sendMessage(input as unknown as Parameters<OpenPhoneClient["sendMessage"]>[0]);
    await expect(call).rejects.toMatchObject({ kind: "invalid_request", operationId: "sendMessage_v1" });
    expect(server.received).toHaveLength(0);
  });
});

/** Every kind is handled; adding a kind to the union makes this fail to compile. */
function describeError(error: GetMessageByIdError): string {
  switch (error.kind) {
    case "api":
      return `api ${error.status} ${error.code}`;
    case "rate_limited":
      return `rate limited ${error.retryAfterMs}`;
    case "unexpected_status":
      return `unexpected ${error.status}`;
    case "network":
      return "network";
    case "timeout":
      return "timeout";
    case "aborted":
      return "aborted";
    case "invalid_response":
      return `invalid response ${error.reason}`;
    case "invalid_request":
      return `invalid request ${error.issues.length}`;
    default: {
      const _never: never = error;
      return String(_never);
    }
  }
}

describe("(c) a documented 404 through .safe", () => {
  it("gives { ok: false, error } with kind api, status 404 and the body's code", async () => {
    const { server, client } = await setup(() => ({ status: 404, body: notFound }));
    const result = await client.getMessageById.safe({ id: "AC123" });
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /v1/messages/AC123"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { error } = result;
    expect(error.kind).toBe("api");
    expect(error.status).toBe(404);
    expect(error.code).toBe(notFound.code);
    expect(error.title).toBe("Not Found");
    expect(error.body).toEqual(notFound);
    expect(describeError(error)).toBe("api 404 0200404");
  });

  it("maps an undocumented status to unexpected_status and a 429 to rate_limited", async () => {
    const { client } = await setup(
      (_r, i) => (i === 0 ? { status: 418, body: "teapot" } : { status: 429, body: {}, headers: { "retry-after": "120" } }),
      { maxRetries: 0 },
    );
    const first = await client.getMessageById.safe({ id: "AC1" });
    const second = await client.getMessageById.safe({ id: "AC1" });
    expect(first.ok ? "ok" : describeError(first.error)).toBe("unexpected 418");
    expect(second.ok ? "ok" : describeError(second.error)).toBe("rate limited 120000");
  });
});

describe("(d) retries", () => {
  it("sends a POST hit by a 500 exactly once", async () => {
    const { server, client, clock } = await setup(() => ({ status: 500, body: { message: "boom", code: "0201500", status: 500 } }));
    const result = await client.sendMessage.safe({ from: "+15555550100", to: ["+15555550123"], content: "hi" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.kind, result.error.status]).toEqual(["api", 500]);
    expect(server.received).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("retries a GET hit by 500, then succeeds", async () => {
    const body = successBody("getMessageById_v1", "200");
    const { server, client, clock } = await setup((_r, i) =>
      i === 0 ? { status: 500, body: { message: "boom" } } : { status: 200, body },
    );
    const data = await client.getMessageById({ id: "AC123" });
    expect(data).toEqual(body);
    expect(server.received.map((r) => r.url)).toEqual(["/v1/messages/AC123", "/v1/messages/AC123"]);
    // First backoff: 0.5 s × (50 % + random()/2) with random() = 0.
    expect(clock.sleeps).toEqual([250]);
  });

  it("gives up after maxRetries on a GET that keeps failing", async () => {
    const { server, client, clock } = await setup(() => ({ status: 503, body: "down" }), { maxRetries: 2 });
    await expect(client.getMessageById({ id: "AC123" })).rejects.toMatchObject({ status: 503 });
    expect(server.received).toHaveLength(3);
    expect(clock.sleeps).toEqual([250, 500]);
  });
});

describe("(e) pagination", () => {
  it("follows nextPageToken over three pages with maxResults at the endpoint's max and %2B-encoded repeated participants", async () => {
    const template = successBody("listMessages_v1", "200");
    const item = (template.data as JsonValue[])[0] as JsonObject;
    const tokens: Record<string, string | null> = { "": "t2", t2: "t3", t3: null };
    const { server, client } = await setup((request) => {
      const token = new URL(request.url, "http://x").searchParams.get("pageToken") ?? "";
      const next = tokens[token];
      if (next === undefined) return { status: 400, body: { message: `unknown token ${token}` } };
      return { status: 200, body: { data: [{ ...item, id: `AC${token || "t1"}` }], nextPageToken: next, totalItems: 99 } };
    });
    const participants = ["+15555550123", "+15555550124"];
    const ids: string[] = [];
    for await (const message of paginate(client.listMessages, { phoneNumberId: "PN1", participants })) ids.push(message.id);
    expect(ids).toEqual(["ACt1", "ACt2", "ACt3"]);
    expect(client.listMessages.maxPageSize).toBe(100);
    expect(server.received).toHaveLength(3);
    server.received.forEach((request, i) => {
      const [path, search = ""] = request.url.split("?");
      expect(path).toBe("/v1/messages");
      // Raw query: "+" must travel as %2B (a bare "+" is a space to the server), once per item.
      expect(search.split("&").filter((p) => p.startsWith("participants="))).toEqual([
        "participants=%2B15555550123",
        "participants=%2B15555550124",
      ]);
      const params = new URL(request.url, "http://x").searchParams;
      expect(params.get("maxResults")).toBe("100");
      expect(params.get("phoneNumberId")).toBe("PN1");
      expect(params.get("pageToken")).toBe(i === 0 ? null : `t${i + 1}`);
    });
  });
});

describe("(f) the API key never leaks into an error", () => {
  const secret = "sk_live_Zx9SECRETkey";
  const echo = (request: Received): Answer => ({
    status: 401,
    body: { message: `bad key ${request.headers.authorization}`, code: "0200401", status: 401, title: `key ${secret}` },
    headers: { "x-echo": String(request.headers.authorization), "www-authenticate": `Key ${secret}` },
  });
  const cases: Array<[string, (request: Received) => Answer, (client: OpenPhoneClient) => Promise<unknown>]> = [
    ["401 echoing the key in body and headers", echo, (c) => c.getMessageById({ id: "AC1" })],
    [
      "200 whose body is not JSON and quotes the key",
      () => ({ status: 200, body: `<html>${secret}</html>` }),
      (c) => c.getMessageById({ id: "AC1" }),
    ],
    ["invalid input holding the key", echo, (c) => c.sendMessage({ from: secret, to: ["+15555550123"], content: "hi" })],
    [
      "500 quoting the key as text",
      () => ({ status: 500, body: `upstream said ${secret}` }),
      (c) => c.sendMessage({ from: "+15555550100", to: ["+15555550123"], content: "hi" }),
    ],
  ];
  it.each(cases)("%s", async (_label, handle, call) => {
    const { client } = await setup(handle, { apiKey: secret, maxRetries: 0 });
    let caught: unknown;
    try {
      await call(client);
    } catch (error) {
      caught = error;
    }
    const error = caught as OpenPhoneError;
    expect(error).toBeInstanceOf(Error);
    expect(typeof error.kind).toBe("string");
    const issues = "issues" in error ? (error as { issues: unknown }).issues : undefined;
    const texts = [
      JSON.stringify(error),
      error.message,
      error.stack,
      JSON.stringify(error.headers),
      JSON.stringify(error.body),
      JSON.stringify(issues),
    ];
    for (const text of texts.map(String)) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(client)).not.toContain(secret);
  });
});
