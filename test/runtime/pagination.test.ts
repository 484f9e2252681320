/** pages()/paginate() against a server that serves three pages. */
import { afterEach, describe, expect, it } from "vitest";
import { request } from "../../templates/runtime/http.js";
import { type Page, type PageFunction, pages, paginate } from "../../templates/runtime/pagination.js";
import type { CallOptions } from "../../templates/runtime/types.js";
import { listMessages, testClient } from "./fixtures.js";
import { reply, type Step, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface ListInput {
  phoneNumberId: string;
  participants: string[];
  maxResults: number;
  pageToken?: string;
}
type ListResult = { data: Array<{ id: string }>; totalItems: number; nextPageToken: string | null };

/** Three pages; totalItems lies (as documented), and the second page is slow. */
const threePages: Step[] = [
  reply(200, { data: [{ id: "AC1" }, { id: "AC2" }], totalItems: 2, nextPageToken: "t2" }),
  (req, res) => setTimeout(() => reply(200, { data: [{ id: "AC3" }], totalItems: 2, nextPageToken: "t3" })(req, res, ""), 50),
  reply(200, { data: [{ id: "AC4" }], totalItems: 999, nextPageToken: null }),
];

function listFunction(url: string): PageFunction<ListInput, ListResult> {
  const client = testClient(url);
  const fn = (input: ListInput, options?: CallOptions): Promise<ListResult> => request<ListResult>(client, listMessages, input, options);
  return Object.assign(fn, { maxPageSize: 100 });
}

describe("pagination", () => {
  it("follows nextPageToken over three pages and yields every item", async () => {
    server = await startServer(threePages);
    const ids: string[] = [];
    for await (const message of paginate(listFunction(server.url), { phoneNumberId: "PN1", participants: ["+15555550100"] })) {
      ids.push(message.id);
    }
    expect(ids).toEqual(["AC1", "AC2", "AC3", "AC4"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/messages?maxResults=100&participants=%2B15555550100&phoneNumberId=PN1",
      "/v1/messages?maxResults=100&pageToken=t2&participants=%2B15555550100&phoneNumberId=PN1",
      "/v1/messages?maxResults=100&pageToken=t3&participants=%2B15555550100&phoneNumberId=PN1",
    ]);
  });

  it("pages() yields whole pages; the caller's maxResults and pageToken win", async () => {
    server = await startServer(threePages.slice(1));
    const seen: Array<string | null> = [];
    for await (const page of pages(listFunction(server.url), { phoneNumberId: "PN1", participants: [], maxResults: 7, pageToken: "t2" })) {
      seen.push(page.nextPageToken);
    }
    expect(seen).toEqual(["t3", null]);
    expect(server.requests[0]?.url).toBe("/v1/messages?maxResults=7&pageToken=t2&phoneNumberId=PN1");
  });

  it("pageSize option beats maxPageSize; stopping early sends no more requests", async () => {
    server = await startServer(threePages);
    for await (const message of paginate(listFunction(server.url), { phoneNumberId: "PN1", participants: [] }, { pageSize: 2 })) {
      expect(message.id).toBe("AC1");
      break;
    }
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/messages?maxResults=2&phoneNumberId=PN1"]);
  });

  it("stops with an error when the server repeats a token", async () => {
    let calls = 0;
    const looping = async (): Promise<Page<number>> => ({ data: [calls++], nextPageToken: "same" });
    const items: number[] = [];
    await expect(async () => {
      for await (const item of paginate(looping, {})) items.push(item);
    }).rejects.toThrow(/returned twice/);
    expect(items).toEqual([0, 1]);
  });

  it("treats an empty token as the end", async () => {
    const fn = async (): Promise<Page<string>> => ({ data: ["only"], nextPageToken: "" });
    const all: string[] = [];
    for await (const item of paginate(fn, {})) all.push(item);
    expect(all).toEqual(["only"]);
  });
});
