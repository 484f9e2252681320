/**
 * `createClientFor(options, { ...operations })`, the client that binds only the operations it is
 * given, against a scripted node:http server on 127.0.0.1: the same wire, errors, `.safe`,
 * retry rule and pagination as the full client, and nothing bound that was not asked for.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  createClientFor,
  getMessageById,
  listMessages,
  type OpenPhoneError,
  paginate,
  type SendMessageError,
  sendMessage,
} from "../../generated/src/index.js";
import type { JsonObject } from "../../generator/core.js";
import { buildExample, responseSchema } from "../../scripts/bench/example.js";
import { type Answer, type Received, type ScriptedServer, startScriptedServer } from "./server.js";

const spec = JSON.parse(readFileSync(resolve(process.cwd(), "generated/openapi.json"), "utf8")) as JsonObject;
const KEY = "test-key-bound";
const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handle: (request: Received, index: number) => Answer) {
  const server = await startScriptedServer(handle);
  servers.push(server);
  const options = { apiKey: KEY, baseUrl: server.url, rateLimit: false as const, random: () => 0, timeoutMs: 5000 };
  const client = createClientFor(options, { sendMessage, listMessages, getMessageById });
  return { server, client };
}

describe("createClientFor", () => {
  it("binds exactly the operations given, and sends what the full client sends", async () => {
    const body = buildExample(responseSchema(spec, "sendMessage_v1", "202"), spec) as JsonObject;
    const { server, client } = await setup(() => ({ status: 202, body }));
    expect(Object.keys(client).sort()).toEqual(["core", "getMessageById", "listMessages", "sendMessage"]);
    expect(client.sendMessage.name).toBe("sendMessage");
    const data = await client.sendMessage({ content: "hi", from: "+15555550100", to: ["+15555550123"] });
    expect(data).toEqual(body);
    const [request] = server.received;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/messages");
    expect(request?.headers.authorization).toBe(KEY);
    expect(JSON.parse(request?.body ?? "")).toEqual({ content: "hi", from: "+15555550100", to: ["+15555550123"] });
  });

  it("`.safe` resolves to the result with the response, or to the typed error, never throwing it", async () => {
    const body = buildExample(responseSchema(spec, "sendMessage_v1", "202"), spec) as JsonObject;
    const { client } = await setup((_request, i) =>
      i === 0 ? { status: 202, body } : { status: 404, body: { message: `no such ${KEY}`, code: "0200404", status: 404 } },
    );
    const input = { content: "hi", from: "+15555550100", to: ["+15555550123"] };
    const ok = await client.sendMessage.safe(input);
    expect(ok.ok && ok.data).toEqual(body);
    expect(ok.ok && ok.response.status).toBe(202);
    const failed = await client.sendMessage.safe(input);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    // The error union is the operation's own, as on the full client.
    const error: SendMessageError = failed.error;
    expect(error.kind).toBe("api");
    expect(error.status).toBe(404);
    expect(error.code).toBe("0200404");
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it("throws the redacted error and sends a POST once on a 500", async () => {
    const { server, client } = await setup(() => ({ status: 500, body: { message: `boom ${KEY}`, code: "0201500", status: 500 } }));
    const error = (await client
      .sendMessage({ content: "hi", from: "+15555550100", to: ["+15555550123"] })
      .catch((e) => e)) as OpenPhoneError;
    expect(error.kind).toBe("api");
    expect(error.status).toBe(500);
    expect(error.message).not.toContain(KEY);
    expect(server.received).toHaveLength(1);
  });

  it("refuses bad input before sending, as the full client does", async () => {
    const { server, client } = await setup(() => ({ status: 202, body: {} }));
    const result = await client.sendMessage.safe({ content: "hi", from: "+15555550100", to: "+15555550123" } as never);
    expect(!result.ok && result.error.kind).toBe("invalid_request");
    expect(server.received).toHaveLength(0);
  });

  it("keeps the list operation's largest page size for paginate", async () => {
    const item = (buildExample(responseSchema(spec, "listMessages_v1", "200"), spec) as { data: JsonObject[] }).data[0];
    const { server, client } = await setup((request) => {
      const token = new URL(request.url, "http://x").searchParams.get("pageToken");
      return { status: 200, body: { data: [{ ...item, id: `AC${token ?? "t1"}` }], nextPageToken: token ? null : "t2", totalItems: 2 } };
    });
    expect(client.listMessages.maxPageSize).toBe(100);
    expect(client.sendMessage.maxPageSize).toBeUndefined();
    const ids: string[] = [];
    for await (const message of paginate(client.listMessages, { phoneNumberId: "PN1", participants: ["+15555550123"] }))
      ids.push(message.id);
    expect(ids).toEqual(["ACt1", "ACt2"]);
    expect(new URL(server.received[0]?.url ?? "", "http://x").searchParams.get("maxResults")).toBe("100");
  });
});
