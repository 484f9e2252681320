/** The call contract end to end, through a hand-written "generated" operation and client. */
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { paginate } from "../../templates/runtime/pagination.js";
import type { ClientOptions } from "../../templates/runtime/types.js";
import { createClient } from "./example/client.js";
import type { ListMessagesError } from "./example/listMessages.js";
import { API_KEY } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function message(error: ListMessagesError): string {
  switch (error.kind) {
    case "api":
      return `api ${error.status} ${error.code}`;
    case "rate_limited":
      return "slow down";
    default:
      return error.kind;
  }
}

// Compile-time: the platform fetch fits the `fetch` option as is.
const platformFetch: ClientOptions["fetch"] = globalThis.fetch;

describe("generated-style client", () => {
  it("paginates client.listMessages with the endpoint's max page size", async () => {
    server = await startServer([
      reply(200, { data: [{ id: "AC1", text: "a" }], totalItems: 0, nextPageToken: "p2" }),
      reply(200, { data: [{ id: "AC2", text: "b" }], totalItems: 0, nextPageToken: null }),
    ]);
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false });
    const texts: string[] = [];
    for await (const m of paginate(client.listMessages, { phoneNumberId: "PN1", participants: ["+15555550100"] })) texts.push(m.text);
    expect(texts).toEqual(["a", "b"]);
    expect(server.requests[1]?.url).toBe("/v1/messages?maxResults=100&pageToken=p2&participants=%2B15555550100&phoneNumberId=PN1");
    expect(inspect(client, { depth: 10 })).not.toContain(API_KEY);
    expect(typeof platformFetch).toBe("function");
  });

  it("safe form returns the typed error union", async () => {
    server = await startServer([reply(402, { message: "Payment required", code: "0206402", status: 402, title: "Payment Required" })]);
    const client = createClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false });
    const result = await client.safe.listMessages({ phoneNumberId: "PN1", participants: [], maxResults: 10 });
    expect(result.ok ? "ok" : message(result.error)).toBe("api 402 0206402");
  });
});
