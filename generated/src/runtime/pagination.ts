/**
 * List endpoints page with `maxResults` + `pageToken` and answer `nextPageToken`, null on the
 * last page. `totalItems` is documented as inaccurate, so it is never used to decide anything.
 */
import type { CallOptions } from "./types.js";

export interface Page<T> {
  data: T[];
  nextPageToken?: string | null;
}

/** A list operation's call function; `maxPageSize` (the endpoint's largest maxResults) is optional. */
export type PageFunction<P, R> = ((params: P, options?: CallOptions) => Promise<R>) & { readonly maxPageSize?: number };

/** The list operation's input, with `maxResults` and `pageToken` optional (paging fills them). */
export type PageParams<P> = Omit<P, "maxResults" | "pageToken"> & { maxResults?: number; pageToken?: string };

export interface PageOptions extends CallOptions {
  /** maxResults per request when `params` has none. Default: the function's `maxPageSize`. */
  pageSize?: number;
}

/** Every page, following nextPageToken until it is null (or empty). */
export async function* pages<P, R extends Page<unknown>>(
  fn: PageFunction<P, R>,
  params: PageParams<P>,
  options?: PageOptions,
): AsyncGenerator<R, void, undefined> {
  const size = params.maxResults ?? options?.pageSize ?? fn.maxPageSize;
  let token = params.pageToken;
  const seen: Record<string, true> = {};
  for (;;) {
    const query: Record<string, unknown> = { ...params };
    if (size !== undefined) query.maxResults = size;
    if (token !== undefined) query.pageToken = token;
    const page = await fn(query as P, options);
    yield page;
    const next = page.nextPageToken;
    if (next == null || next === "") return;
    // A server that hands out the same token twice would otherwise loop forever.
    if (seen[next]) throw new Error(`pagination stopped: nextPageToken ${JSON.stringify(next)} was returned twice`);
    seen[next] = true;
    token = next;
  }
}

/** Every item of every page: `for await (const message of paginate(client.listMessages, { phoneNumberId }))`. */
export async function* paginate<P, R extends Page<unknown>>(
  fn: PageFunction<P, R>,
  params: PageParams<P>,
  options?: PageOptions,
): AsyncGenerator<R["data"][number], void, undefined> {
  for await (const page of pages(fn, params, options)) yield* page.data as Array<R["data"][number]>;
}
