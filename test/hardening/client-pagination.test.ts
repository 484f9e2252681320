/**
 * Pages that never end stop with an OpenPhoneError (invalid_response, reason "pagination"):
 * a token handed out twice (it used to be a plain Error), new tokens forever with empty pages
 * (it used to run until aborted: now `maxPages`, default 10,000), and tokens named like
 * Object.prototype members are ordinary tokens (the seen-set was a plain object).
 */
import { afterEach, describe, expect, it } from "vitest";
import { isOpenPhoneError } from "../../templates/runtime/errors.js";
import { createClientCore, request } from "../../templates/runtime/http.js";
import { type PageFunction, pages } from "../../templates/runtime/pagination.js";
import type { CallOptions, OperationDescriptor } from "../../templates/runtime/types.js";
import { type Loopback, loopback, send } from "../helpers/loopback.js";

const listThings: OperationDescriptor = {
  operationId: "listThings_v1",
  method: "GET",
  path: "/v1/things",
  query: ["maxResults", "pageToken"],
  errors: [400],
};
type ThingPage = { data: string[]; nextPageToken: string | null };
type ThingInput = { maxResults?: number; pageToken?: string };

let api: Loopback | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** A loopback list endpoint: `next(token, n)` decides the token after page n (1-based). */
async function listing(next: (token: string | null, n: number) => string | null): Promise<PageFunction<ThingInput, ThingPage>> {
  api = await loopback((req, res, _arrival, self) => {
    const token = new URL(req.url ?? "/", "http://x").searchParams.get("pageToken");
    send(res, 200, { data: [], nextPageToken: next(token, self.seen.length) });
  });
  const client = createClientCore({ apiKey: "sk_test_pages_0123456789", rateLimit: false, maxRetries: 0 }, api.url);
  const fn = (input: ThingInput, options?: CallOptions): Promise<ThingPage> => request<ThingPage>(client, listThings, input, options);
  return Object.assign(fn, { operationId: "listThings_v1" });
}

/** Fetch every page; "ended" when the pages end, else the error. Bounded even if the cap is broken. */
async function drain(fn: PageFunction<ThingInput, ThingPage>, maxPages?: number): Promise<unknown> {
  const bound = (maxPages ?? 10_000) + 5;
  let count = 0;
  try {
    for await (const _page of pages(fn, {}, maxPages === undefined ? {} : { maxPages })) {
      if (++count > bound) return `did not stop after ${bound} pages`;
    }
  } catch (error) {
    return error;
  }
  return "ended";
}

describe("pagination that never ends", () => {
  it("a token returned again: an OpenPhoneError naming the token, after the page that repeated it", async () => {
    const fn = await listing(() => "same");
    const error = await drain(fn);
    expect(isOpenPhoneError(error)).toBe(true);
    expect(error).toMatchObject({ kind: "invalid_response", reason: "pagination", operationId: "listThings_v1" });
    expect((error as Error).message).toContain('nextPageToken "same" was returned twice');
    expect(api?.seen).toHaveLength(2);
  });

  it("tokens named constructor, __proto__, toString are new tokens, not repeats", async () => {
    const tokens = ["constructor", "__proto__", "toString", "hasOwnProperty", null];
    const fn = await listing((_token, n) => tokens[n - 1] ?? null);
    expect(await drain(fn)).toBe("ended");
    expect(api?.seen.map((a) => new URL(a.url, "http://x").searchParams.get("pageToken"))).toEqual([null, ...tokens.slice(0, 4)]);
  });

  it("new tokens forever with empty pages: stops at maxPages with the same error kind", async () => {
    const fn = await listing((_token, n) => `t${n}`);
    const error = await drain(fn, 25);
    expect(error).toMatchObject({ kind: "invalid_response", reason: "pagination" });
    expect((error as Error).message).toContain("more than maxPages (25) pages");
    expect(api?.seen).toHaveLength(25);
  });

  it("the default cap is 10,000 pages", async () => {
    let calls = 0;
    const fn: PageFunction<ThingInput, ThingPage> = async () => ({ data: [], nextPageToken: `t${++calls}` });
    const error = await drain(fn);
    expect(error).toMatchObject({ kind: "invalid_response", reason: "pagination" });
    expect(calls).toBe(10_000);
  });
});
