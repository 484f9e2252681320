/** Each way a call can fail, driven by a real loopback server: the error's kind, name and fields. */
import { afterEach, describe, expect, it } from "vitest";
import {
  type ApiError,
  type CommonError,
  type ErrorContext,
  type InvalidRequestError,
  OpenPhoneError,
  parseErrorBody,
  type RateLimitError,
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
  // `type`: the variant's name, which `error.name` carries (one class, told apart by kind).
  const rows: Array<{ name: string; step: Step; want: Record<string, unknown>; type: string }> = [
    {
      name: "documented 400, flat body",
      step: reply(400, flat400, { "x-extra": "1" }),
      type: "ApiError",
      want: { kind: "api", status: 400, code: "0206400", title: "Bad Request", traceId: "trace-400", body: flat400 },
    },
    {
      name: "documented 404, live {error:{message,key,trace}} envelope",
      step: reply(404, { error: { message: "Contact not found", key: "not_found", trace: "t-404" } }),
      type: "ApiError",
      want: { kind: "api", status: 404, code: "not_found", traceId: "t-404", title: undefined },
    },
    {
      name: "documented 409",
      step: reply(409, { message: "Conflict", code: "0801409", status: 409, title: "Conflict" }),
      type: "ApiError",
      want: { kind: "api", status: 409, code: "0801409" },
    },
    {
      name: "undocumented 502 with an HTML page",
      step: reply(502, "<html><body>Bad Gateway</body></html>"),
      type: "UnexpectedStatusError",
      want: { kind: "unexpected_status", status: 502, code: undefined, body: "<html><body>Bad Gateway</body></html>" },
    },
    {
      name: "documented 500 with an empty body",
      step: reply(500),
      type: "ApiError",
      want: { kind: "api", status: 500, body: undefined, code: undefined },
    },
    {
      name: "undocumented 418 with JSON that is neither shape",
      step: reply(418, [1, 2]),
      type: "UnexpectedStatusError",
      want: { kind: "unexpected_status", status: 418, body: [1, 2] },
    },
    {
      name: "429 with Retry-After in seconds",
      step: reply(429, { message: "Too many requests" }, { "retry-after": "7" }),
      type: "RateLimitError",
      want: { kind: "rate_limited", status: 429, retryAfterMs: 7000 },
    },
    {
      name: "429 without Retry-After",
      step: reply(429),
      type: "RateLimitError",
      want: { kind: "rate_limited", status: 429, retryAfterMs: undefined },
    },
    {
      name: "connection reset",
      step: reset,
      type: "NetworkError",
      want: { kind: "network", status: undefined, message: expect.stringMatching(/^network error: fetch failed \(\w+\)/) },
    },
    { name: "stalled headers", step: stallHeaders, type: "TimeoutError", want: { kind: "timeout", status: undefined } },
    { name: "stalled body", step: stallBody, type: "TimeoutError", want: { kind: "timeout" } },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const error = await failWith(row.step);
      expect(error.name).toBe(row.type);
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
    expect(error).toMatchObject({ kind: "rate_limited", name: "RateLimitError" });
    expect((error as RateLimitError).retryAfterMs).toBe(5000);
  });
});

describe("one class, told apart by kind", () => {
  const where = { operationId: "op_v1", method: "GET", path: "/v1/things/{id}" };
  const names: Array<[OpenPhoneError["kind"], string]> = [
    ["api", "ApiError"],
    ["rate_limited", "RateLimitError"],
    ["unexpected_status", "UnexpectedStatusError"],
    ["network", "NetworkError"],
    ["timeout", "TimeoutError"],
    ["aborted", "AbortedError"],
    ["invalid_response", "InvalidResponseError"],
    ["invalid_request", "InvalidRequestError"],
  ];
  for (const [kind, name] of names) {
    it(`${kind} → name ${name}`, () => {
      const error = new OpenPhoneError(kind, "detail", where);
      expect(error).toBeInstanceOf(OpenPhoneError);
      expect(error).toBeInstanceOf(Error);
      expect([error.name, error.kind, String(error).split(":")[0]]).toEqual([name, kind, name]);
    });
  }

  const messages: Array<[string, Partial<ErrorContext>, string]> = [
    ["status and code", { status: 404, code: "0300404" }, "HTTP 404 0300404: detail (GET /v1/things/{id}, op_v1)"],
    ["status only", { status: 502 }, "HTTP 502: detail (GET /v1/things/{id}, op_v1)"],
    ["no response", {}, "detail (GET /v1/things/{id}, op_v1)"],
  ];
  for (const [name, context, want] of messages) {
    it(`message with ${name}`, () => expect(new OpenPhoneError("api", "detail", { ...where, ...context }).message).toBe(want));
  }

  it("has every common field, even undefined, and the kind's fields only on its kind", () => {
    const error = new OpenPhoneError("network", "detail", where);
    for (const field of ["status", "code", "title", "traceId", "operationId", "method", "path", "headers", "body"]) {
      expect(error).toHaveProperty(field);
    }
    expect(error.headers).toEqual({});
    for (const field of ["retryAfterMs", "reason", "issues"]) expect(field in error).toBe(false);
    const limited = new OpenPhoneError("rate_limited", "slow down", { ...where, status: 429, retryAfterMs: undefined });
    expect("retryAfterMs" in limited).toBe(true);
  });

  it("keeps cause out of toJSON and of the enumerable fields", () => {
    const cause = new Error("ECONNRESET");
    const error = new OpenPhoneError("network", "network error: fetch failed", { ...where, cause });
    expect(error.cause).toBe(cause);
    expect(Object.keys(error)).not.toContain("cause");
    const json = JSON.parse(JSON.stringify(error));
    expect(json).not.toHaveProperty("cause");
    expect(json).toMatchObject({ name: "NetworkError", kind: "network", message: error.message, operationId: "op_v1" });
  });

  it("reads the kind's fields after a plain instanceof (compile-time) and narrows by kind", async () => {
    const error: unknown = await failWith(reply(429, "", { "retry-after": "3" }));
    if (!(error instanceof OpenPhoneError)) throw new Error("expected an OpenPhoneError");
    const waitMs: number | undefined = error.retryAfterMs;
    expect(waitMs).toBe(3000);
    expect(error.kind === "rate_limited" && error.name).toBe("RateLimitError");
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
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error).toMatchObject({ kind: "invalid_response", name: "InvalidResponseError", reason: "too_large", status: 200 });
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
    expect(error).toMatchObject({ kind: "invalid_response", reason: "json", status: 200, body: "<html>maintenance</html>", issues: [] });
    expect(error.message).toBe("HTTP 200: body is not JSON (GET /v1/contacts/{id}, getContactById_v1)");
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
      expect(strict.error).toBeInstanceOf(OpenPhoneError);
      expect(strict.error).toMatchObject({
        kind: "invalid_response",
        name: "InvalidResponseError",
        reason: "validation",
        status: 202,
        body,
        issues: [{ pointer: "/data/extra" }],
      });
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
      expect(result.error).toBeInstanceOf(OpenPhoneError);
      expect(result.error).toMatchObject({ kind: "invalid_request", name: "InvalidRequestError", status: undefined });
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

describe("no fetch", () => {
  it("fails with kind network when there is neither options.fetch nor a global fetch", async () => {
    server = await startServer([reply(200, {})]);
    const original = globalThis.fetch;
    // Removed, not set to undefined: a runtime without fetch has no such global at all.
    delete (globalThis as { fetch?: unknown }).fetch;
    let result: Awaited<ReturnType<typeof safe>>;
    try {
      result = await safe(testClient(server.url, { maxRetries: 0 }), getContactById, { id: "CT1" });
    } finally {
      globalThis.fetch = original;
    }
    expect(result).toMatchObject({ ok: false, error: { kind: "network", name: "NetworkError" } });
    if (!result.ok) expect(result.error.message).toMatch(/^network error: fetch is not defined/);
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
    if (!result.ok) expect(result.error).toMatchObject({ kind: "aborted", name: "AbortedError" });
  });

  it("does not send when the signal is already aborted", async () => {
    server = await startServer([reply(200, {})]);
    await expect(request(testClient(server.url), listMessages, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      kind: "aborted",
      name: "AbortedError",
    });
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
