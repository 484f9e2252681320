/**
 * The dated API's client (generated-2026-03-30/src) against a scripted server on 127.0.0.1:
 * the version header sent on every call without being in any input, cursor pagination through
 * `paginate` to a null `nextCursor`, the dated error body typed and parsed, a 204 with no body.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient as createV1Client, DEFAULT_BASE_URL as V1_BASE_URL } from "../../generated/src/index.js";
import { createClientCore as createV1Core } from "../../generated/src/runtime/http.js";
import {
  createClient,
  DEFAULT_BASE_URL as DATED_BASE_URL,
  type GetTaskError,
  type ListCallsInput,
  type ListTasksInput,
  type OpenPhoneClient,
  paginate,
} from "../../generated-2026-03-30/src/index.js";
import { createClientCore as createDatedCore } from "../../generated-2026-03-30/src/runtime/http.js";
import type { JsonObject } from "../../generator/core.js";
import { buildExample, responseSchema } from "../../scripts/bench/example.js";
import { type Answer, type Received, type ScriptedServer, startScriptedServer } from "../client/server.js";

const spec = JSON.parse(readFileSync(resolve(process.cwd(), "generated-2026-03-30/openapi.json"), "utf8")) as JsonObject;
const successBody = (operationId: string, status: string): JsonObject =>
  buildExample(responseSchema(spec, operationId, status), spec) as JsonObject;

const v1Spec = JSON.parse(readFileSync(resolve(process.cwd(), "generated/openapi.json"), "utf8")) as JsonObject;
const v1Message = buildExample(responseSchema(v1Spec, "sendMessage_v1", "202"), v1Spec) as JsonObject;

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handle: (request: Received, index: number) => Answer): Promise<{ server: ScriptedServer; client: OpenPhoneClient }> {
  const server = await startScriptedServer(handle);
  servers.push(server);
  const client = createClient({ apiKey: "test-key", baseUrl: server.url, rateLimit: false, maxRetries: 0, timeoutMs: 5000 });
  return { server, client };
}

describe("the dated API through its generated client", () => {
  it("paginate follows nextCursor with limit + after until it is null, sending the version header each time", async () => {
    const example = successBody("tasks.list", "200");
    const item = (example.data as JsonObject[])[0] as JsonObject;
    const pages = [
      {
        ...example,
        data: [
          { ...item, taskId: "TK1" },
          { ...item, taskId: "TK2" },
        ],
        nextCursor: "c2",
      },
      { ...example, data: [{ ...item, taskId: "TK3" }], nextCursor: "c3" },
      { ...example, data: [{ ...item, taskId: "TK4" }], nextCursor: null },
    ];
    const { server, client } = await setup((_, index) => ({ status: 200, body: pages[index] }));
    const ids: string[] = [];
    for await (const task of paginate(client.listTasks, {})) ids.push(task.taskId);
    expect(ids).toEqual(["TK1", "TK2", "TK3", "TK4"]);
    expect(client.listTasks.maxPageSize).toBe(100);
    expect(server.received).toHaveLength(3);
    server.received.forEach((request, i) => {
      const url = new URL(request.url, "http://x");
      expect(url.pathname).toBe("/tasks");
      expect(url.searchParams.get("limit")).toBe("100");
      expect(url.searchParams.get("after")).toBe(i === 0 ? null : `c${i + 1}`);
      // The v1 names never reach the dated API.
      expect(url.searchParams.has("maxResults") || url.searchParams.has("pageToken")).toBe(false);
      expect(request.headers["quo-api-version"]).toBe("2026-03-30");
      expect(request.headers.authorization).toBe("test-key");
    });
  });

  it("a caller's limit and starting cursor are kept", async () => {
    const example = successBody("listUsers", "200");
    const { server, client } = await setup(() => ({ status: 200, body: { ...example, nextCursor: null } }));
    for await (const _ of paginate(client.listUsers, { limit: 5, after: "start" })) void _;
    const url = new URL(server.received[0]?.url ?? "", "http://x");
    expect(url.searchParams.get("limit")).toBe("5");
    expect(url.searchParams.get("after")).toBe("start");
  });

  it("the version header is not part of any input type, and a caller's header cannot replace it", async () => {
    // @ts-expect-error The client sends Quo-Api-Version itself: it is not an input field.
    const input: ListTasksInput = { "Quo-Api-Version": "2026-03-30" };
    void input;
    const { server, client } = await setup(() => ({ status: 200, body: { data: [], nextCursor: null } }));
    await client.listTasks({}, { headers: { "quo-api-version": "1999-01-01" } });
    expect(server.received[0]?.headers["quo-api-version"]).toBe("2026-03-30");
  });

  it("a 404 with the dated error body: typed by the document (title, message, docs, errors[]), no code promised", async () => {
    const body = {
      title: "Not Found",
      message: "The task was not found",
      docs: "https://quo.com/docs",
      trace: "6897907457496870895",
      errors: [{ path: "/path/taskId", message: "unknown task", schema: { type: "string" } }],
    };
    const { client } = await setup(() => ({ status: 404, body }));
    const result = await client.getTask.safe({ taskId: "TK1" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error: GetTaskError = result.error;
    if (error.kind !== "api" || error.status !== 404) throw new Error(`expected the documented 404, got ${error.kind}`);
    expect(error.title).toBe("Not Found");
    expect(error.traceId).toBe("6897907457496870895");
    expect(error.code).toBeUndefined();
    expect(error.message).toContain("The task was not found");
    if (typeof error.body !== "object" || error.body === null) throw new Error("expected a JSON body");
    // Typed by the document's 404 body: `title` is its const, `errors` its item shape.
    const title: "Not Found" = error.body.title;
    const firstPath: string | undefined = error.body.errors?.[0]?.path;
    expect(title).toBe("Not Found");
    expect(firstPath).toBe("/path/taskId");
  });

  it("deepObject filters travel as name[key]=value, as the document declares", async () => {
    const { server, client } = await setup(() => ({ status: 200, body: { data: [], nextCursor: null } }));
    const input: ListCallsInput = {
      phoneNumberId: "PN1",
      createdAt: { gte: "2026-01-01T00:00:00Z", lte: "2026-02-01T00:00:00Z" },
      include: ["summary", "voicemail"],
    };
    await client.listCalls(input);
    const search = new URL(server.received[0]?.url ?? "", "http://x").searchParams;
    expect(search.get("createdAt[gte]")).toBe("2026-01-01T00:00:00Z");
    expect(search.get("createdAt[lte]")).toBe("2026-02-01T00:00:00Z");
    expect(search.has("createdAt")).toBe(false);
    // `include` is style form, explode false: one comma-separated value.
    expect(search.getAll("include")).toEqual(["summary,voicemail"]);
  });

  it("one program, both APIs: a v1 client and a dated client share one rate limiter (the vendor limits per key)", async () => {
    const acquired: string[] = [];
    const limiter = { acquire: async () => void acquired.push("start") };
    const server = await startScriptedServer((request) =>
      request.url.startsWith("/v1/") ? { status: 202, body: v1Message } : { status: 200, body: { data: [], nextCursor: null } },
    );
    servers.push(server);
    const common = { apiKey: "one-key", baseUrl: server.url, rateLimiter: limiter, maxRetries: 0 };
    const v1 = createV1Client(common);
    const dated = createClient(common);
    await v1.sendMessage({ content: "hi", from: "+15555550100", to: ["+15555550123"] });
    await dated.listTasks();
    expect(acquired).toHaveLength(2);
    expect(server.received.map((r) => [r.url.split("?")[0], r.headers["quo-api-version"]])).toEqual([
      ["/v1/messages", undefined],
      ["/tasks", "2026-03-30"],
    ]);
  });

  it("clients of both packages on the vendor's hosts share one limiter per key without being told to", () => {
    // Each package's own default host: different hosts, one vendor, one limit per key.
    expect(V1_BASE_URL).not.toBe(DATED_BASE_URL);
    const v1 = createV1Core({ apiKey: "shared-key-a" }, V1_BASE_URL);
    const dated = createDatedCore({ apiKey: "shared-key-a" }, DATED_BASE_URL);
    expect(v1.limiter).toBeDefined();
    expect(dated.limiter).toBe(v1.limiter);
    // Another key is another limit; another place (a proxy, a test server) is its own too.
    expect(createDatedCore({ apiKey: "shared-key-b" }, DATED_BASE_URL).limiter).not.toBe(v1.limiter);
    expect(createDatedCore({ apiKey: "shared-key-a", baseUrl: "http://127.0.0.1:9" }, DATED_BASE_URL).limiter).not.toBe(v1.limiter);
  });

  it("an operation the document marks `security: []` is sent without the key; the others carry it", async () => {
    const { server, client } = await setup((request) =>
      request.url.startsWith("/phone-numbers/available")
        ? { status: 200, body: successBody("getAvailablePhoneNumbersBase", "200") }
        : { status: 200, body: successBody("getOrganization", "200") },
    );
    await client.getAvailablePhoneNumbersBase({ areaCode: "415" });
    await client.getOrganization();
    expect(server.received.map((r) => [r.url.split("?")[0], r.headers.authorization])).toEqual([
      ["/phone-numbers/available", undefined],
      ["/organization", "test-key"],
    ]);
  });

  it("a 204 with an empty body resolves", async () => {
    const { server, client } = await setup(() => ({ status: 204 }));
    await expect(client.deleteTask({ taskId: "TK1" })).resolves.toBeUndefined();
    expect(server.received[0]?.method).toBe("DELETE");
    expect(server.received[0]?.headers["quo-api-version"]).toBe("2026-03-30");
  });
});
