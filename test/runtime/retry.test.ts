/** Retries: which failures are tried again, how often (counted at the server), and how long the waits are. */
import { afterEach, describe, expect, it } from "vitest";
import { type AbortedError, type ApiError, OpenPhoneError, parseRetryAfter, type RateLimitError } from "../../templates/runtime/errors.js";
import { request, safe } from "../../templates/runtime/http.js";
import { isRetryable, retryDelay, systemClock } from "../../templates/runtime/retry.js";
import type { Clock, OperationDescriptor } from "../../templates/runtime/types.js";
import { deleteContact, getContactById, listMessages, sendMessage, testClient, updateContactById } from "./fixtures.js";
import { reply, reset, type Step, stallHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ok200 = reply(200, { data: [], nextPageToken: null });
const ok202 = reply(202, { data: { id: "AC1" } });
const e500 = reply(500, { message: "boom", code: "0000500", status: 500 });

const inputs: Record<string, unknown> = {
  sendMessage_v1: { content: "hi", from: "PN1", to: ["+15555550100"] },
  listMessages_v1: { phoneNumberId: "PN1" },
  getContactById_v1: { id: "CT1" },
  deleteContact_v1: { id: "CT1" },
  updateContactById_v1: { id: "CT1", defaultFields: {} },
};

interface Row {
  name: string;
  op: OperationDescriptor;
  script: Step[];
  retryUnsafe?: boolean;
  wantRequests: number;
  wantOk: boolean;
}

const rows: Row[] = [
  { name: "GET 500, 500, 200 → ok after 3", op: listMessages, script: [e500, e500, ok200], wantRequests: 3, wantOk: true },
  { name: "GET 500 ×3 → fails after maxRetries + 1 = 3", op: listMessages, script: [e500], wantRequests: 3, wantOk: false },
  { name: "GET 502 HTML, 200 → ok after 2", op: getContactById, script: [reply(502, "<html/>"), ok200], wantRequests: 2, wantOk: true },
  { name: "GET 408, 200 → ok after 2", op: getContactById, script: [reply(408), ok200], wantRequests: 2, wantOk: true },
  { name: "GET reset, 200 → ok after 2", op: listMessages, script: [reset, ok200], wantRequests: 2, wantOk: true },
  { name: "GET 404 → not retried", op: getContactById, script: [reply(404)], wantRequests: 1, wantOk: false },
  { name: "GET 400 → not retried", op: listMessages, script: [reply(400)], wantRequests: 1, wantOk: false },
  { name: "DELETE 503, 204 → ok after 2", op: deleteContact, script: [reply(503), reply(204)], wantRequests: 2, wantOk: true },
  { name: "POST 500 → sent exactly once", op: sendMessage, script: [e500, ok202], wantRequests: 1, wantOk: false },
  { name: "POST reset → sent exactly once", op: sendMessage, script: [reset, ok202], wantRequests: 1, wantOk: false },
  {
    name: "POST 429, 202 → ok after 2 (429 was not processed)",
    op: sendMessage,
    script: [reply(429), ok202],
    wantRequests: 2,
    wantOk: true,
  },
  {
    name: "POST 500, 202 with retryUnsafe → ok after 2",
    op: sendMessage,
    script: [e500, ok202],
    retryUnsafe: true,
    wantRequests: 2,
    wantOk: true,
  },
  { name: "PATCH 503 → sent exactly once", op: updateContactById, script: [reply(503), ok200], wantRequests: 1, wantOk: false },
  {
    name: "PATCH 429, 429, 200 → ok after 3",
    op: updateContactById,
    script: [reply(429), reply(429), ok200],
    wantRequests: 3,
    wantOk: true,
  },
];

describe("retry policy, counted at the server", () => {
  for (const row of rows) {
    it(row.name, async () => {
      server = await startServer(row.script);
      const result = await safe(testClient(server.url), row.op, inputs[row.op.operationId], { retryUnsafe: row.retryUnsafe });
      expect(result.ok).toBe(row.wantOk);
      expect(server.requests).toHaveLength(row.wantRequests);
    });
  }

  it("POST hit by a timeout is not sent again", async () => {
    server = await startServer([stallHeaders, ok202]);
    const result = await safe(testClient(server.url, { timeoutMs: 200 }), sendMessage, inputs.sendMessage_v1);
    expect(result.ok ? "ok" : result.error.kind).toBe("timeout");
    expect(server.requests).toHaveLength(1);
  });

  it("maxRetries per call overrides the client's", async () => {
    server = await startServer([e500]);
    await expect(request(testClient(server.url, { maxRetries: 5 }), listMessages, {}, { maxRetries: 1 })).rejects.toMatchObject({
      kind: "api",
      name: "ApiError",
    });
    expect(server.requests).toHaveLength(2);
  });
});

/** A clock that records the waits it is asked for and returns at once. */
function recordingClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, now: () => 0, sleep: async (ms) => void waits.push(ms) };
}

describe("waits between attempts", () => {
  it("honours Retry-After (seconds)", async () => {
    server = await startServer([reply(429, "", { "retry-after": "3" }), reply(503, "", { "retry-after": "0" }), ok200]);
    const clock = recordingClock();
    await request(testClient(server.url, { clock }), listMessages, {});
    expect(clock.waits).toEqual([3000, 0]);
  });

  it("gives up at once when Retry-After is longer than maxRetryAfterMs", async () => {
    server = await startServer([reply(429, "", { "retry-after": "120" }), ok200]);
    const clock = recordingClock();
    const error = await request(testClient(server.url, { clock, maxRetryAfterMs: 60_000 }), listMessages, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "rate_limited", name: "RateLimitError" });
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(clock.waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("backs off exponentially with jitter when there is no Retry-After", async () => {
    server = await startServer([e500]);
    const clock = recordingClock();
    await request(testClient(server.url, { clock, maxRetries: 3, random: () => 0.5 }), listMessages, {}).catch(() => {});
    expect(clock.waits).toEqual([375, 750, 1500]);
  });

  /** A clock whose sleep ends only by the abort; `started` resolves once a wait has begun. */
  function abortOnlyClock(): { clock: Clock; started: Promise<void> } {
    let sleeping: () => void = () => {};
    const started = new Promise<void>((resolve) => (sleeping = resolve));
    const clock: Clock = {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          sleeping();
          signal?.addEventListener("abort", () => reject(signal.reason));
        }),
    };
    return { clock, started };
  }

  it("an abort during the backoff wait ends the call at once", async () => {
    server = await startServer([e500, ok200]);
    const { clock, started } = abortOnlyClock();
    const controller = new AbortController();
    const pending = request(testClient(server.url, { clock }), listMessages, {}, { signal: controller.signal });
    await started;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: "aborted", name: "AbortedError" });
    expect(server.requests).toHaveLength(1);
  });

  it("aborted with another call's OpenPhoneError as the reason, the waiting call still ends as aborted", async () => {
    server = await startServer([e500, ok200]);
    const { clock, started } = abortOnlyClock();
    const sibling = new OpenPhoneError("api", "not found", {
      operationId: "getMessageById_v1",
      method: "GET",
      path: "/v1/messages/{id}",
      status: 404,
    });
    const controller = new AbortController();
    const pending = request(testClient(server.url, { clock }), listMessages, {}, { signal: controller.signal });
    await started;
    controller.abort(sibling);
    await expect(pending).rejects.toMatchObject({ kind: "aborted", operationId: "listMessages_v1", cause: sibling });
  });

  it("network errors on GET are retried, then reported as NetworkError", async () => {
    server = await startServer([reset]);
    await expect(request(testClient(server.url), listMessages, {})).rejects.toMatchObject({ kind: "network", name: "NetworkError" });
    expect(server.requests).toHaveLength(3);
  });
});

describe("retryDelay", () => {
  const rows: Array<[attempt: number, retryAfterMs: number | undefined, random: number, want: number | undefined]> = [
    [0, undefined, 0, 250],
    [0, undefined, 0.999, 499.75],
    [1, undefined, 0.5, 750],
    [4, undefined, 1, 8000],
    [10, undefined, 1, 8000],
    [0, 2500, 0.3, 2500],
    [0, 60_000, 0.3, 60_000],
    [0, 60_001, 0.3, undefined],
  ];
  for (const [attempt, after, random, want] of rows) {
    it(`attempt ${attempt}, Retry-After ${after}, random ${random} → ${want}`, () =>
      expect(retryDelay(attempt, after, 60_000, () => random)).toBe(want));
  }
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  const rows: Array<[string | undefined, number | undefined]> = [
    [undefined, undefined],
    ["", undefined],
    ["0", 0],
    ["5", 5000],
    ["1.5", 1500],
    ["-1", undefined],
    ["Thu, 01 Jan 2026 00:00:10 GMT", 10_000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
    ["soon", undefined],
  ];
  for (const [given, want] of rows) it(`${JSON.stringify(given)} → ${want}`, () => expect(parseRetryAfter(given, now)).toBe(want));
});

describe("isRetryable", () => {
  const error = (kind: string, status?: number): ApiError => ({ kind, status }) as unknown as ApiError;
  const rows: Array<[string, number | undefined, "GET" | "POST", boolean, boolean]> = [
    ["rate_limited", 429, "POST", false, true],
    ["api", 500, "GET", false, true],
    ["api", 500, "POST", false, false],
    ["api", 500, "POST", true, true],
    ["unexpected_status", 503, "GET", false, true],
    ["unexpected_status", 408, "GET", false, true],
    ["api", 404, "GET", false, false],
    ["network", undefined, "GET", false, true],
    ["network", undefined, "POST", false, false],
    ["timeout", undefined, "GET", false, true],
    ["aborted", undefined, "GET", false, false],
    ["invalid_response", 200, "GET", false, false],
  ];
  for (const [kind, status, method, unsafe, want] of rows) {
    it(`${kind} ${status ?? ""} ${method}${unsafe ? " retryUnsafe" : ""} → ${want}`, () =>
      expect(isRetryable(error(kind, status), method, unsafe)).toBe(want));
  }
});

describe("systemClock.sleep", () => {
  it("resolves after the delay", async () => {
    await expect(systemClock.sleep(5)).resolves.toBeUndefined();
  });

  it("rejects as soon as the signal aborts, and at once when already aborted", async () => {
    const controller = new AbortController();
    const pending = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    await expect(systemClock.sleep(60_000, AbortSignal.abort(new Error("early")))).rejects.toThrow("early");
  });

  it("an abort during a real backoff wait ends the call with AbortedError carrying the reason", async () => {
    server = await startServer([reply(503, "", { "retry-after": "30" }), ok200]);
    const controller = new AbortController();
    const client = testClient(server.url, { clock: systemClock });
    const pending = request(client, listMessages, {}, { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort(new Error("user left"));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "aborted", name: "AbortedError" });
    expect((error as AbortedError).cause).toEqual(new Error("user left"));
    expect(server.requests).toHaveLength(1);
  });
});
