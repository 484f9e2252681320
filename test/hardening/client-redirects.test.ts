/**
 * Redirects are answered by the runtime, not by fetch: a POST is never sent again (a 307 on
 * POST /v1/messages used to be re-POSTed, body and key included, and reported as a success);
 * a bodyless GET/DELETE follows at most 5 same-origin redirects; the key never travels to
 * another origin. Loopback servers only.
 */
import { afterEach, describe, expect, it } from "vitest";
import { isOpenPhoneError, type OpenPhoneError } from "../../templates/runtime/errors.js";
import { createClientCore, request } from "../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { type Loopback, loopback, send } from "../helpers/loopback.js";

const API_KEY = "sk_test_redirects_0123456789";
const sendMessage: OperationDescriptor = {
  operationId: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  body: "flat",
  errors: [400],
};
const getContact: OperationDescriptor = { operationId: "getContactById_v1", method: "GET", path: "/v1/contacts/{id}", errors: [404] };
const deleteContact: OperationDescriptor = { operationId: "deleteContact_v1", method: "DELETE", path: "/v1/contacts/{id}", errors: [404] };
const updateContact: OperationDescriptor = {
  operationId: "updateContactById_v1",
  method: "PATCH",
  path: "/v1/contacts/{id}",
  body: "flat",
  errors: [404],
};

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof loopback>): Promise<Loopback> {
  const started = await loopback(...args);
  servers.push(started);
  return started;
}

function client(url: string) {
  return createClientCore({ apiKey: API_KEY, rateLimit: false, maxRetries: 2, timeoutMs: 5000 }, url);
}

async function failure(promise: Promise<unknown>): Promise<OpenPhoneError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isOpenPhoneError(error)) throw new Error(`expected an OpenPhoneError, got ${String(error)}`);
  return error;
}

describe("a redirect is never followed for a request with a body", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`${status} on POST /v1/messages: the server sees the message exactly once; the error names status and Location`, async () => {
      const api = await server((req, res) =>
        req.url === "/v1/messages" ? send(res, status, "", { location: "/v1/messages-again" }) : send(res, 202, { data: { id: "MSG2" } }),
      );
      const error = await failure(request(client(api.url), sendMessage, { content: "hi", to: ["+15555550101"] }));
      expect(api.seen.map((a) => `${a.method} ${a.url}`)).toEqual(["POST /v1/messages"]);
      expect(error).toMatchObject({ kind: "unexpected_status", status, location: "/v1/messages-again" });
      expect(error.message).toContain("redirect to /v1/messages-again not followed");
    });
  }

  it("307 on PATCH: sent once", async () => {
    const api = await server((_req, res) => send(res, 307, "", { location: "/v1/contacts/CT2" }));
    const error = await failure(request(client(api.url), updateContact, { id: "CT1", firstName: "A" }));
    expect(api.seen).toHaveLength(1);
    expect(error).toMatchObject({ kind: "unexpected_status", status: 307 });
  });
});

describe("bodyless calls follow same-origin redirects, at most 5", () => {
  it("GET: a 301 to another path of the same origin is followed once, and its answer is the result", async () => {
    const api = await server((req, res) =>
      req.url === "/v1/contacts/OLD" ? send(res, 301, "", { location: "/v1/contacts/NEW" }) : send(res, 200, { data: { id: "NEW" } }),
    );
    expect(await request(client(api.url), getContact, { id: "OLD" })).toEqual({ data: { id: "NEW" } });
    expect(api.seen.map((a) => a.url)).toEqual(["/v1/contacts/OLD", "/v1/contacts/NEW"]);
    expect(api.seen.map((a) => a.headers.authorization)).toEqual([API_KEY, API_KEY]);
  });

  it("DELETE: followed like GET", async () => {
    const api = await server((req, res) =>
      req.url === "/v1/contacts/A" ? send(res, 308, "", { location: "/v1/contacts/B" }) : send(res, 204, ""),
    );
    await request(client(api.url), deleteContact, { id: "A" });
    expect(api.seen.map((a) => `${a.method} ${a.url}`)).toEqual(["DELETE /v1/contacts/A", "DELETE /v1/contacts/B"]);
  });

  it("a 307 loop on GET stops after 5 redirects: 6 arrivals, then an error naming the status and Location", async () => {
    const api = await server((req, res) => send(res, 307, "", { location: req.url ?? "/" }));
    const error = await failure(request(client(api.url), getContact, { id: "LOOP" }));
    expect(api.seen).toHaveLength(6);
    expect(error).toMatchObject({ kind: "unexpected_status", status: 307, location: "/v1/contacts/LOOP" });
    expect(error.message).toContain("more than 5 redirects");
  });

  it("a redirect to another origin is not followed: the other server never sees the key", async () => {
    const other = await server((_req, res) => send(res, 200, { data: { id: "elsewhere" } }));
    const api = await server((_req, res) => send(res, 302, "", { location: `${other.url}/v1/contacts/X` }));
    const error = await failure(request(client(api.url), getContact, { id: "X" }));
    expect(other.seen).toEqual([]);
    expect(api.seen).toHaveLength(1);
    expect(error).toMatchObject({ kind: "unexpected_status", status: 302, location: `${other.url}/v1/contacts/X` });
    expect(error.message).toContain("another origin");
  });

  it("a redirect without a Location is an error, not a retry", async () => {
    const api = await server((_req, res) => send(res, 302, ""));
    const error = await failure(request(client(api.url), getContact, { id: "X" }));
    expect(api.seen).toHaveLength(1);
    expect(error).toMatchObject({ kind: "unexpected_status", status: 302, location: undefined });
  });
});
