/**
 * The API key appears in no error message, stack, JSON or util.inspect output, nor in the
 * client's, whatever way the call failed, even when the server echoes the key back.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientCore, safe } from "../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { API_KEY, getContactById, listMessages, sendMessage, testClient } from "./fixtures.js";
import { reply, reset, type Step, stallBody, stallHeaders, startServer, type TestServer } from "./server.js";

/** A server that echoes the Authorization header back in the body and in headers. */
const echo =
  (status: number): Step =>
  (req, res) => {
    const key = String(req.headers.authorization);
    res.writeHead(status, { "content-type": "application/json", "x-echo": key, authorization: key });
    res.end(JSON.stringify({ message: `Invalid key ${key}`, code: key, title: key, trace: key, errors: [{ value: key }] }));
  };

const scenarios: Array<[string, Step, OperationDescriptor, unknown, Record<string, unknown>?]> = [
  ["documented 401 echoing the key", echo(401), getContactById, { id: "CT1" }],
  ["undocumented 418 echoing the key", echo(418), getContactById, { id: "CT1" }],
  ["429 echoing the key", echo(429), getContactById, { id: "CT1" }],
  [
    "2xx HTML echoing the key",
    (req, res) => reply(200, `<p>${req.headers.authorization}</p>`)(req, res, ""),
    getContactById,
    { id: "CT1" },
  ],
  [
    "2xx failing validation echoing the key",
    (req, res) => reply(202, { data: { id: 1, k: req.headers.authorization } })(req, res, ""),
    sendMessage,
    { content: "x", from: "PN1" },
    { validateResponses: "strict" },
  ],
  ["body over the cap", echo(200), getContactById, { id: "CT1" }, { maxResponseBytes: 10 }],
  ["connection reset", reset, getContactById, { id: "CT1" }],
  ["stalled headers", stallHeaders, getContactById, { id: "CT1" }, { timeoutMs: 100 }],
  ["stalled body", stallBody, getContactById, { id: "CT1" }, { timeoutMs: 100 }],
  ["invalid request", echo(200), sendMessage, { content: API_KEY }],
];

function expectNoKey(text: string): void {
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(API_KEY.slice(4, 20));
}

describe("the API key never leaks", () => {
  let server: TestServer;
  let current: Step = reset;
  beforeAll(async () => {
    server = await startServer([(req, res, body) => current(req, res, body)]);
  });
  afterAll(() => server.close());

  for (const [name, step, op, input, options] of scenarios) {
    it(name, async () => {
      current = step;
      const result = await safe(testClient(server.url, { maxRetries: 0, ...options }), op, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const error = result.error;
      expectNoKey(error.message);
      expectNoKey(String(error.stack));
      expectNoKey(JSON.stringify(error));
      expectNoKey(JSON.stringify(result));
      expectNoKey(inspect(error, { depth: 20, showHidden: true }));
      expectNoKey(String(error));
    });
  }

  it("the server did receive the key, raw, without Bearer", () => {
    expect(server.requests.some((r) => r.headers.authorization === API_KEY)).toBe(true);
  });

  it("is absent from the client and its options when logged or serialized", () => {
    const client = createClientCore({ apiKey: API_KEY, baseUrl: "https://api.quo.com" }, "https://api.openphone.com");
    expectNoKey(JSON.stringify(client));
    expectNoKey(inspect(client, { depth: 20, showHidden: true }));
    expectNoKey(inspect(client.options, { depth: 20, showHidden: true }));
    expect(client.options.baseUrl).toBe("https://api.quo.com");
  });

  const badKeys: Array<[string, unknown]> = [
    ["empty", ""],
    ["not a string", 42],
    ["with a newline", `${API_KEY}\n`],
    ["with a space", `Bearer ${API_KEY}`],
  ];
  for (const [name, key] of badKeys) {
    it(`refuses an apiKey ${name} without quoting it`, () => {
      let message = "";
      try {
        createClientCore({ apiKey: key as string }, "https://api.openphone.com");
      } catch (error) {
        message = String((error as Error).message);
      }
      expect(message).toMatch(/apiKey must be/);
      expectNoKey(message);
    });
  }
});

describe("defaults", () => {
  it("uses the default base URL and fetch looked up at call time", async () => {
    const server = await startServer([reply(200, { data: [] })]);
    try {
      const seen: string[] = [];
      const original = globalThis.fetch;
      const client = createClientCore({ apiKey: API_KEY, rateLimit: false }, server.url);
      globalThis.fetch = ((url: string, init: RequestInit) => {
        seen.push(url);
        return original(url, init);
      }) as typeof fetch;
      try {
        await safe(client, listMessages, {});
      } finally {
        globalThis.fetch = original;
      }
      expect(seen).toEqual([`${server.url}/v1/messages`]);
    } finally {
      await server.close();
    }
  });

  it("hooks see every attempt; a throwing hook changes nothing", async () => {
    const server = await startServer([reply(500), reply(200, { data: [] })]);
    try {
      const events: string[] = [];
      const client = testClient(server.url, {
        onRequest: (e) => {
          events.push(`request ${e.method} ${e.attempt}`);
          throw new Error("hook bug");
        },
        onResponse: (e) => {
          events.push(`response ${e.status} ${e.attempt}`);
          expect(JSON.stringify(e)).not.toContain(API_KEY);
        },
      });
      const result = await safe(client, listMessages, {});
      expect(result.ok).toBe(true);
      expect(events).toEqual(["request GET 0", "response 500 0", "request GET 1", "response 200 1"]);
    } finally {
      await server.close();
    }
  });
});
