/**
 * v1's list endpoints page with `maxResults` + `pageToken` and answer `nextPageToken`, null on the
 * last page (`totalItems` is documented as inaccurate, so it is never used to decide anything).
 * Other styles (the dated API's `limit` + `after` -> `nextCursor`) are read from the document and
 * bound to the client's method as its `pagination`; a function without one pages the v1 way.
 *
 * A server that never says "last page" (a token handed out twice, or new tokens forever) ends in
 * an OpenPhoneError (invalid_response, reason "pagination") rather than a loop: tokens seen are
 * kept in a Set (so "constructor" is a token like any other) and `maxPages` caps the count.
 */
import { OpenPhoneError } from "./errors.js";
import type { CallOptions } from "./types.js";

export interface Page<T> {
  data: T[];
  nextPageToken?: string | null;
  nextCursor?: string | null;
}

/** Which query parameters carry the cursor and page size, and which body property the next cursor. */
export interface Pagination {
  readonly cursorParam: string;
  readonly nextField: string;
  readonly sizeParam?: string;
}

const V1_PAGINATION: Pagination = { cursorParam: "pageToken", nextField: "nextPageToken", sizeParam: "maxResults" };

/**
 * A list operation's call function; `maxPageSize` (the endpoint's largest page size),
 * `pagination` (absent: the v1 names) and `operationId` (named in a pagination error) are optional.
 */
export type PageFunction<P, R> = ((params: P, options?: CallOptions) => Promise<R>) & {
  readonly maxPageSize?: number;
  readonly pagination?: Pagination;
  readonly operationId?: string;
};

type PagingKey = "maxResults" | "pageToken" | "limit" | "after";

/** The list operation's input, with its own page size and cursor fields optional (paging fills them). */
export type PageParams<P> = Omit<P, PagingKey> & Partial<Pick<P, Extract<keyof P, PagingKey>>>;

export interface PageOptions extends CallOptions {
  /** Page size (maxResults, limit) per request when `params` has none. Default: the function's `maxPageSize`. */
  pageSize?: number;
  /** Most pages fetched before giving up with a pagination error. Default 10,000. */
  maxPages?: number;
}

/** Every page, following the next cursor (`nextPageToken`, `nextCursor`) until it is null (or empty). */
export async function* pages<P, R extends Page<unknown>>(
  fn: PageFunction<P, R>,
  params: PageParams<P>,
  options?: PageOptions,
): AsyncGenerator<R, void, undefined> {
  const style = fn.pagination || V1_PAGINATION;
  const given = params as Record<string, unknown>;
  const sizeParam = style.sizeParam;
  const size = (sizeParam && given[sizeParam]) ?? options?.pageSize ?? fn.maxPageSize;
  let token = given[style.cursorParam] as string | undefined;
  const seen = new Set<string>();
  const maxPages = options?.maxPages ?? 10000;
  const stop = (detail: string): OpenPhoneError =>
    new OpenPhoneError("invalid_response", `pagination stopped: ${detail}`, {
      operationId: fn.operationId || fn.name || "paginate",
      method: "GET",
      path: "(pages)",
      reason: "pagination",
      issues: [],
    });
  for (let count = 1; ; count++) {
    const query: Record<string, unknown> = { ...params };
    if (size !== undefined && sizeParam) query[sizeParam] = size;
    if (token !== undefined) query[style.cursorParam] = token;
    const page = await fn(query as P, options);
    yield page;
    const next = (page as unknown as Record<string, unknown>)[style.nextField];
    if (typeof next !== "string" || next === "") return;
    // A server that hands out the same token twice, or new ones forever, would otherwise loop forever.
    if (seen.has(next)) throw stop(`${style.nextField} ${JSON.stringify(next).slice(0, 100)} was returned twice`);
    if (count >= maxPages) throw stop(`more than maxPages (${maxPages}) pages`);
    seen.add(next);
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
