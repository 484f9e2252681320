/** Input object → URL, headers, body; and what actually reaches a server. */
import { afterEach, describe, expect, it } from "vitest";
import { request } from "../../templates/runtime/http.js";
import { serializeRequest } from "../../templates/runtime/serialize.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { API_KEY, getContactById, listMessages, nestedBody, sendMessage, testClient, updateContactById } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

const BASE = "https://api.openphone.com";
const commaJoined: OperationDescriptor = { ...listMessages, explode: [] };

describe("serializeRequest", () => {
  const rows: Array<[string, OperationDescriptor, Record<string, unknown> | undefined, unknown]> = [
    ["no input", listMessages, undefined, { url: `${BASE}/v1/messages`, headers: {} }],
    [
      "query arrays repeat the key; + travels as %2B",
      listMessages,
      { phoneNumberId: "PN1", participants: ["+15555550100", "+15555550101"] },
      { url: `${BASE}/v1/messages?participants=%2B15555550100&participants=%2B15555550101&phoneNumberId=PN1`, headers: {} },
    ],
    [
      "undefined and null are omitted; numbers and booleans as text",
      listMessages,
      { phoneNumberId: undefined, pageToken: null, maxResults: 100 },
      { url: `${BASE}/v1/messages?maxResults=100`, headers: {} },
    ],
    [
      "reserved characters in query values",
      listMessages,
      { createdAfter: "2022-01-01T00:00:00+01:00", pageToken: "a&b=c d" },
      { url: `${BASE}/v1/messages?createdAfter=2022-01-01T00%3A00%3A00%2B01%3A00&pageToken=a%26b%3Dc+d`, headers: {} },
    ],
    [
      "a non-exploded array is comma-joined",
      commaJoined,
      { participants: ["+1", "+2"] },
      { url: `${BASE}/v1/messages?participants=%2B1%2C%2B2`, headers: {} },
    ],
    [
      "path values are encodeURIComponent-ed",
      getContactById,
      { id: "a/b?c#d e" },
      { url: `${BASE}/v1/contacts/a%2Fb%3Fc%23d%20e`, headers: {} },
    ],
    [
      "flat body: every field that is not path/query/header, undefined dropped",
      updateContactById,
      { id: "CT1", defaultFields: { firstName: "Ada" }, customFields: undefined },
      { url: `${BASE}/v1/contacts/CT1`, headers: { "content-type": "application/json" }, body: '{"defaultFields":{"firstName":"Ada"}}' },
    ],
    [
      "nested body and a header parameter",
      nestedBody,
      { id: "CT1", "x-request-id": "r-1", body: ["vip", "lead"] },
      {
        url: `${BASE}/v1/contacts/CT1/tags`,
        headers: { "x-request-id": "r-1", "content-type": "application/json" },
        body: '["vip","lead"]',
      },
    ],
  ];
  for (const [name, op, input, want] of rows) it(name, () => expect(serializeRequest(`${BASE}/`, op, input)).toEqual(want));

  const missing: Array<[string, Record<string, unknown>, string]> = [
    ["absent", {}, "nothing (missing)"],
    ["empty string", { id: "" }, '""'],
    // One segment each: "." and ".." would be dropped by the URL parser (DELETE /v1/contacts/).
    ["dot", { id: "." }, '"."'],
    ["dot dot", { id: ".." }, '".."'],
    ["object", { id: { x: 1 } }, "object"],
  ];
  for (const [name, input, found] of missing) {
    it(`path value ${name} → issue`, () =>
      expect(serializeRequest(BASE, getContactById, input)).toEqual([expect.objectContaining({ pointer: "/id", found })]));
  }
});

describe("on the wire", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("sends the raw key, accept, user agent, and the percent-encoded query", async () => {
    server = await startServer([reply(200, { data: [], nextPageToken: null })]);
    await request(testClient(server.url, { userAgent: "my-app/1.0" }), listMessages, {
      phoneNumberId: "PN1",
      participants: ["+15555550100", "+15555550101"],
    });
    const [sent] = server.requests;
    expect(sent?.url).toBe("/v1/messages?participants=%2B15555550100&participants=%2B15555550101&phoneNumberId=PN1");
    expect(sent?.headers.authorization).toBe(API_KEY);
    expect(sent?.headers.accept).toBe("application/json");
    expect(sent?.headers["user-agent"]).toBe("my-app/1.0");
    expect(new URL(`http://x${sent?.url}`).searchParams.getAll("participants")).toEqual(["+15555550100", "+15555550101"]);
  });

  it("posts JSON", async () => {
    server = await startServer([reply(202, { data: { id: "AC1" } })]);
    const input = { content: "Hello +1", from: "PN1", to: ["+15555550100"] };
    await expect(request(testClient(server.url), sendMessage, input)).resolves.toEqual({ data: { id: "AC1" } });
    const [sent] = server.requests;
    expect(sent?.method).toBe("POST");
    expect(sent?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent?.body ?? "")).toEqual(input);
  });

  it("returns undefined for 204", async () => {
    server = await startServer([reply(204)]);
    await expect(request(testClient(server.url), getContactById, { id: "CT1" })).resolves.toBeUndefined();
  });
});
