/**
 * Input the caller gives, refused or kept before anything is sent:
 * - a path value "", "." or ".." is refused (it used to be normalised away by the URL parser:
 *   `DELETE /v1/contacts/..` went out as `DELETE /v1/`);
 * - body properties named "constructor" or "__proto__" are sent as data (the serializer used
 *   plain objects, so "constructor" was taken as already used and dropped);
 * - `headers` per client and per call are sent, merged; Authorization, Content-Type and
 *   Content-Length cannot be replaced.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createClientCore, request } from "../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { type Loopback, loopback, send } from "../helpers/loopback.js";

const API_KEY = "sk_test_input_0123456789";
const deleteContact: OperationDescriptor = { operationId: "deleteContact_v1", method: "DELETE", path: "/v1/contacts/{id}", errors: [404] };
const createContact: OperationDescriptor = {
  operationId: "createContact_v1",
  method: "POST",
  path: "/v1/contacts",
  body: "flat",
  errors: [400],
};
const updateContact: OperationDescriptor = {
  operationId: "updateContactById_v1",
  method: "PATCH",
  path: "/v1/contacts/{id}",
  body: "nested",
  errors: [404],
};

let api: Loopback | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function ok(): Promise<Loopback> {
  api = await loopback((_req, res) => send(res, 200, { data: { id: "CT1" } }));
  return api;
}

const client = (url: string, options: Record<string, unknown> = {}) =>
  createClientCore({ apiKey: API_KEY, rateLimit: false, maxRetries: 0, ...options }, url);

describe("path values that are not one segment", () => {
  for (const id of ["", ".", ".."]) {
    it(`${JSON.stringify(id)}: invalid_request naming the field, nothing sent`, async () => {
      const server = await ok();
      const error = await request(client(server.url), deleteContact, { id }).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: "invalid_request", issues: [{ pointer: "/id", found: JSON.stringify(id) }] });
      expect(String((error as Error).message)).toContain('not "", "." or ".."');
      expect(server.seen).toEqual([]);
    });
  }

  it("'...' and '.x' are ordinary segments, percent-encoded as needed", async () => {
    const server = await ok();
    await request(client(server.url), deleteContact, { id: "..." });
    await request(client(server.url), deleteContact, { id: "a/.." });
    expect(server.seen.map((a) => a.url)).toEqual(["/v1/contacts/...", "/v1/contacts/a%2F.."]);
  });
});

describe("body properties with Object.prototype names are data", () => {
  it("flat body: constructor, __proto__, toString and hasOwnProperty arrive as sent", async () => {
    const server = await ok();
    const input = JSON.parse('{"firstName":"Ada","constructor":"c","__proto__":{"polluted":true},"toString":"t","hasOwnProperty":1}');
    await request(client(server.url), createContact, input);
    const received = JSON.parse(server.seen[0]?.body ?? "null", (_key, value) => value);
    expect(Object.keys(received).sort()).toEqual(["__proto__", "constructor", "firstName", "hasOwnProperty", "toString"]);
    expect(received.constructor).toBe("c");
    expect(Object.getOwnPropertyDescriptor(received, "__proto__")?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a path field named like a prototype member that is absent is refused, not read from Object.prototype", async () => {
    const server = await ok();
    const byConstructor: OperationDescriptor = { ...deleteContact, path: "/v1/contacts/{constructor}" };
    const error = await request(client(server.url), byConstructor, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "invalid_request", issues: [{ pointer: "/constructor", found: "nothing (missing)" }] });
    expect(server.seen).toEqual([]);
  });

  it("nested body: sent as given", async () => {
    const server = await ok();
    await request(client(server.url), updateContact, { id: "CT1", body: JSON.parse('{"constructor":{"x":1}}') });
    expect(server.seen[0]?.body).toBe('{"constructor":{"x":1}}');
  });
});

describe("the headers option", () => {
  it("client and call headers are sent; the call's win; the key and content-type stay the client's", async () => {
    const server = await ok();
    const c = client(server.url, { headers: { "X-Trace-Id": "client", Prefer: "code=200" } });
    await request(c, createContact, { firstName: "Ada" }, { headers: { "x-trace-id": "call" } });
    await request(c, createContact, { firstName: "Bob" });
    const [first, second] = server.seen;
    expect(first?.headers).toMatchObject({
      "x-trace-id": "call",
      prefer: "code=200",
      authorization: API_KEY,
      "content-type": "application/json",
    });
    expect(second?.headers).toMatchObject({ "x-trace-id": "client", prefer: "code=200" });
  });

  for (const name of ["Authorization", "content-type", "Content-Length"]) {
    it(`${name}: refused at createClient (TypeError) and per call (invalid_request, nothing sent)`, async () => {
      const server = await ok();
      expect(() => client(server.url, { headers: { [name]: "x" } })).toThrow(new RegExp(`"${name}" is set by the client itself`));
      const error = await request(client(server.url), createContact, { firstName: "Ada" }, { headers: { [name]: "x" } }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ kind: "invalid_request" });
      expect((error as Error).message).toContain(`"${name}" is set by the client itself`);
      expect(server.seen).toEqual([]);
    });
  }

  it("a header value with a line break is refused without quoting the value", () => {
    expect(() => client("http://127.0.0.1:9", { headers: { "x-token": "secret\r\nx: y" } })).toThrow(
      /value of "x-token" must be a string without line breaks/,
    );
  });
});
