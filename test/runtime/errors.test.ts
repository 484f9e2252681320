/** Each way a call can fail, driven by a real loopback server: the error class and its fields. */
import { afterEach, describe, expect, it } from "vitest";
import {
  AbortedError,
  ApiError,
  type CommonError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  OpenPhoneError,
  parseErrorBody,
  RateLimitError,
  TimeoutError,
  UnexpectedStatusError,
} from "../../templates/runtime/errors.js";
import { request, safe } from "../../templates/runtime/http.js";
import { getContactById, listMessages, sendMessage, testClient } from "./fixtures.js";
import { reply, reset, type Step, stallBody, stallHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failWith(step: Step, options = {}): Promise<OpenPhoneError> {
  server = await startServer([step]);
  const client = testClient(server.url, { maxRetries: 0, timeoutMs: 300, ...options });
  const result = await safe(client, getContactById, { id: "CT1" });
  if (result.ok) throw new Error("expected a failure");
  return result.error;
}

const flat400 = {
  message: "Invalid phone number",
  code: "0206400",
  status: 400,
  docs: "https://openphone.com/docs",
  title: "Bad Request",
  description: "Bad Request",
  trace: "trace-400",
  errors: [{ path: "/to", message: "bad", schema: { type: "string" } }],
};

describe("status → error (one factory)", () => {
  const rows: Array<{ name: string; step: Step; want: Record<string, unknown>; type: new (...args: never[]) => OpenPhoneError }> = [
    {
      name: "documented 400, flat body",
      step: reply(400, flat400, { "x-extra": "1" }),
      type: ApiError,
      want: { kind: "api", status: 400, code: "0206400", title: "Bad Request", traceId: "trace-400", body: flat400 },
    },
    {
      name: "documented 404, live {error:{message,key,trace}} envelope",
      step: reply(404, { error: { message: "Contact not found", key: "not_found", trace: "t-404" } }),
      type: ApiError,
      want: { kind: "api", status: 404, code: "not_found", traceId: "t-404", title: undefined },
    },
    {
      name: "documented 409",
      step: reply(409, { message: "Conflict", code: "0801409", status: 409, title: "Conflict" }),
      type: ApiError,
      want: { kind: "api", status: 409, code: "0801409" },
    },
    {
      name: "undocumented 502 with an HTML page",
      step: reply(502, "<html><body>Bad Gateway</body></html>"),
      type: UnexpectedStatusError,
      want: { kind: "unexpected_status", status: 502, code: undefined, body: "<html><body>Bad Gateway</body></html>" },
    },
    {
      name: "documented 500 with an empty body",
      step: reply(500),
      type: ApiError,
      want: { kind: "api", status: 500, body: undefined, code: undefined },
    },
    {
      name: "undocumented 418 with JSON that is neither shape",
      step: reply(418, [1, 2]),
      type: UnexpectedStatusError,
      want: { kind: "unexpected_status", status: 418, body: [1, 2] },
    },
    {
      name: "429 with Retry-After in seconds",
      step: reply(429, { message: "Too many requests" }, { "retry-after": "7" }),
      type: RateLimitError,
      want: { kind: "rate_limited", status: 429, retryAfterMs: 7000 },
    },
    {
      name: "429 without Retry-After",
      step: reply(429),
      type: RateLimitError,
      want: { kind: "rate_limited", status: 429, retryAfterMs: undefined },
    },
    {
      name: "connection reset",
      step: reset,
      type: NetworkError,
      want: { kind: "network", status: undefined, message: expect.stringMatching(/^network error: fetch failed \(\w+\)/) },
    },
    { name: "stalled headers", step: stallHeaders, type: TimeoutError, want: { kind: "timeout", status: undefined } },
    { name: "stalled body", step: stallBody, type: TimeoutError, want: { kind: "timeout" } },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const error = await failWith(row.step);
      expect(error).toBeInstanceOf(row.type);
      expect(error).toBeInstanceOf(OpenPhoneError);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ operationId: "getContactById_v1", method: "GET", path: "/v1/contacts/{id}", ...row.want });
      expect(error.message).toContain("getContactById_v1");
    });
  }

  it("puts the API's message in the error message", async () => {
    const error = await failWith(reply(400, flat400));
    expect(error.message).toBe("HTTP 400 0206400: Invalid phone number (GET /v1/contacts/{id}, getContactById_v1)");
    const envelope = await failWith(reply(401, { error: { message: "Unauthorized", key: "auth" } }));
    expect(envelope.message).toMatch(/^HTTP 401 auth: Unauthorized/);
  });

  it("copies response headers into a plain object without authorization", async () => {
    const error = await failWith(reply(400, flat400, { "x-request-id": "r1", authorization: "echoed" }));
    expect(Object.getPrototypeOf(error.headers)).toBe(Object.prototype);
    expect(error.headers["x-request-id"]).toBe("r1");
    expect(error.headers).not.toHaveProperty("authorization");
  });

  it("reads Retry-After as an HTTP date", async () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const error = await failWith(reply(429, "", { "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), {
      clock: { now: () => now, sleep: async () => {} },
    });
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(5000);
  });
});

describe("parseErrorBody never throws", () => {
  const rows: Array<[string, Record<string, unknown>]> = [
    ["", { body: undefined }],
    ["<html>502</html>", { body: "<html>502</html>" }],
    ["{not json", { body: "{not json" }],
    ["null", { body: null }],
    ['"text"', { body: "text" }],
    ['{"error":"flat string"}', { message: undefined, code: undefined }],
    ['{"error":{"message":"m","key":"k","trace":"t"}}', { message: "m", code: "k", traceId: "t" }],
    ['{"message":"m","code":"c","title":"T","trace":"t"}', { message: "m", code: "c", title: "T", traceId: "t" }],
    ['{"message":5,"code":null}', { message: undefined, code: undefined }],
  ];
  for (const [given, want] of rows) it(JSON.stringify(given), () => expect(parseErrorBody(given)).toMatchObject(want));
});

describe("response body", () => {
  it("refuses a body over maxResponseBytes announced by content-length", async () => {
    const error = await failWith(reply(200, { data: "x".repeat(5000) }), { maxResponseBytes: 1000 });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ kind: "invalid_response", reason: "too_large", status: 200 });
  });

  it("stops reading a chunked body once it passes maxResponseBytes", async () => {
    let written = 0;
    const error = await failWith(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = "x".repeat(64 * 1024);
        // Write a lot without content-length; the client must give up long before the end.
        const pump = (): void => {
          while (written < 64 * 1024 * 1024) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => {});
        pump();
      },
      { maxResponseBytes: 256 * 1024, timeoutMs: 10_000 },
    );
    expect(error).toMatchObject({ kind: "invalid_response", reason: "too_large" });
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses a 2xx that is not JSON", async () => {
    const error = await failWith(reply(200, "<html>maintenance</html>"));
    expect(error).toMatchObject({ kind: "invalid_response", reason: "json", status: 200, body: "<html>maintenance</html>" });
  });

  it("validates the success body: compatible reports unknowns, strict refuses them, off skips", async () => {
    const body = { data: { id: "AC1", status: "sent", extra: 1 } };
    server = await startServer([reply(202, body)]);
    const unknown: unknown[] = [];
    const compatible = testClient(server.url, { onUnknown: (info) => unknown.push(info) });
    await expect(request(compatible, sendMessage, { content: "hi", from: "PN1", to: ["+1"] })).resolves.toEqual(body);
    expect(unknown).toEqual([{ pointer: "/data/extra", kind: "property", value: 1, operationId: "sendMessage_v1" }]);

    const strict = await safe(testClient(server.url, { validateResponses: "strict" }), sendMessage, { content: "hi", from: "PN1" });
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(strict.error).toBeInstanceOf(InvalidResponseError);
      expect(strict.error).toMatchObject({ reason: "validation", status: 202, body, issues: [{ pointer: "/data/extra" }] });
    }
    const off = await safe(testClient(server.url, { validateResponses: "off" }), sendMessage, { content: "hi", from: "PN1" });
    expect(off).toMatchObject({ ok: true, data: body, response: { status: 202 } });
  });
});

describe("request refused locally", () => {
  it("reports the validator's issues and sends nothing", async () => {
    server = await startServer([reply(202, { data: { id: "x" } })]);
    const result = await safe(testClient(server.url), sendMessage, { content: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(InvalidRequestError);
      expect(result.error).toMatchObject({ kind: "invalid_request", status: undefined });
      expect((result.error as InvalidRequestError).issues.map((i) => i.pointer)).toEqual(["/content", "/from"]);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a missing path value even without a validator", async () => {
    server = await startServer([reply(200, {})]);
    await expect(request(testClient(server.url), getContactById, {})).rejects.toMatchObject({
      kind: "invalid_request",
      issues: [{ pointer: "/id" }],
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe("abort", () => {
  it("turns the caller's abort during the request into AbortedError", async () => {
    server = await startServer([stallHeaders]);
    const controller = new AbortController();
    const pending = safe(testClient(server.url, { timeoutMs: 10_000 }), listMessages, {}, { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(AbortedError);
  });

  it("does not send when the signal is already aborted", async () => {
    server = await startServer([reply(200, {})]);
    await expect(request(testClient(server.url), listMessages, {}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortedError);
    expect(server.requests).toHaveLength(0);
  });
});

/** A switch over the union needs no cast and no default to be exhaustive (checked by tsc). */
function describeFailure(error: ApiError<400 | 404> | CommonError): string {
  switch (error.kind) {
    case "api":
      return error.status === 400 ? `bad request ${error.code}` : "not found";
    case "rate_limited":
      return `retry in ${error.retryAfterMs}`;
    case "unexpected_status":
      return `status ${error.status}`;
    case "network":
    case "timeout":
    case "aborted":
      return error.kind;
    case "invalid_response":
      return error.reason;
    case "invalid_request":
      return `${error.issues.length} issues`;
  }
}

describe("the error union", () => {
  it("is told apart by kind", async () => {
    const seen: string[] = [];
    for (const step of [reply(400, flat400), reply(429, "", { "retry-after": "2" }), reply(502, "<html/>"), reset]) {
      const error = await failWith(step);
      await server?.close();
      server = undefined;
      seen.push(describeFailure(error as ApiError<400 | 404> | CommonError));
    }
    expect(seen).toEqual(["bad request 0206400", "retry in 2000", "status 502", "network"]);
  });
});
