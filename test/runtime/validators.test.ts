/**
 * The runtime running checks made the way templates/runtime/validation.ts expects them
 * (hand-written, shaped like the generated ones), through the descriptor's `checks`: the
 * same `runCheck` the generated client uses, so both sides agree on the contract.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type InvalidRequestError, type InvalidResponseError, OpenPhoneError } from "../../templates/runtime/errors.js";
import { request, safe } from "../../templates/runtime/http.js";
import type { OperationDescriptor, UnknownInfo } from "../../templates/runtime/types.js";
import { type Check, fail, missing, own, unknownProperty } from "../../templates/runtime/validation.js";
import { API_KEY, testClient } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

interface Result {
  data: { id: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const checkInput: Check = (value, pointer, ctx) => {
  if (!isObject(value)) return fail(ctx, pointer, "object", value);
  let ok = true;
  for (const key of ["content", "from"]) {
    const v = own(value, key);
    if (v === undefined) ok = missing(ctx, `${pointer}/${key}`, "string");
    else if (typeof v !== "string" || v.length > 10) ok = fail(ctx, `${pointer}/${key}`, "string of at most 10 characters", v);
  }
  for (const key of Object.keys(value)) if (key !== "content" && key !== "from") ok = unknownProperty(ctx, pointer, key, value[key]) && ok;
  return ok;
};

const checkResult: Check = (value, pointer, ctx) => {
  if (!isObject(value)) return fail(ctx, pointer, "object", value);
  const data = own(value, "data");
  if (!isObject(data)) return fail(ctx, `${pointer}/data`, "object", data);
  let ok = typeof own(data, "id") === "string" || fail(ctx, `${pointer}/data/id`, "string", own(data, "id"));
  for (const key of Object.keys(data)) if (key !== "id") ok = unknownProperty(ctx, `${pointer}/data`, key, data[key]) && ok;
  return ok;
};

const sendMessage: OperationDescriptor = {
  operationId: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  body: "flat",
  errors: [400, 401, 402, 403, 404, 500],
  checks: { request: checkInput, responses: { 202: checkResult } },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("validation.ts validators plugged into the runtime", () => {
  it("compatible mode passes undeclared properties and reports them with the operation", async () => {
    server = await startServer([reply(202, { data: { id: "AC1", newField: true } })]);
    const seen: Array<UnknownInfo & { operationId: string }> = [];
    const data = await request<Result>(testClient(server.url, { onUnknown: (i) => seen.push(i) }), sendMessage, {
      content: "hi",
      from: "PN1",
    });
    expect(data.data.id).toBe("AC1");
    expect(seen).toEqual([{ pointer: "/data/newField", kind: "property", value: true, operationId: "sendMessage_v1" }]);
  });

  it("strict mode refuses them", async () => {
    server = await startServer([reply(202, { data: { id: "AC1", newField: true } })]);
    const result = await safe(testClient(server.url, { validateResponses: "strict" }), sendMessage, { content: "hi", from: "PN1" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(OpenPhoneError);
      expect(result.error).toMatchObject({ kind: "invalid_response", name: "InvalidResponseError" });
      expect((result.error as InvalidResponseError).issues).toEqual([expect.objectContaining({ pointer: "/data/newField" })]);
    }
  });

  it("request issues name the field, are redacted, and nothing is sent", async () => {
    server = await startServer([reply(202, { data: { id: "AC1" } })]);
    const result = await safe(testClient(server.url), sendMessage, { content: API_KEY, extra: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(OpenPhoneError);
      expect(result.error).toMatchObject({ kind: "invalid_request", name: "InvalidRequestError" });
      const issues = (result.error as InvalidRequestError).issues;
      expect(issues.map((i) => i.pointer)).toEqual(["/content", "/from", "/extra"]);
      expect(issues[0]?.found).toContain("[redacted]");
      expect(JSON.stringify(result.error)).not.toContain(API_KEY);
      expect(result.error.message).not.toContain(API_KEY);
    }
    expect(server.requests).toHaveLength(0);
  });
});
