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
/**
 * A list operation's call function; `maxPageSize` (the endpoint's largest page size),
 * `pagination` (absent: the v1 names) and `operationId` (named in a pagination error) are optional.
 */
export type PageFunction<P, R> = ((params: P, options?: CallOptions) => Promise<R>) & {
    readonly maxPageSize?: number;
    readonly pagination?: Pagination;
    readonly operationId?: string;
};
/** The list operation's input, with the page size and cursor optional (paging fills them). */
export type PageParams<P> = Omit<P, "maxResults" | "pageToken" | "limit" | "after"> & {
    maxResults?: number;
    pageToken?: string;
    limit?: number;
    after?: string;
};
export interface PageOptions extends CallOptions {
    /** Page size (maxResults, limit) per request when `params` has none. Default: the function's `maxPageSize`. */
    pageSize?: number;
    /** Most pages fetched before giving up with a pagination error. Default 10,000. */
    maxPages?: number;
}
/** Every page, following the next cursor (`nextPageToken`, `nextCursor`) until it is null (or empty). */
export declare function pages<P, R extends Page<unknown>>(fn: PageFunction<P, R>, params: PageParams<P>, options?: PageOptions): AsyncGenerator<R, void, undefined>;
/** Every item of every page: `for await (const message of paginate(client.listMessages, { phoneNumberId }))`. */
export declare function paginate<P, R extends Page<unknown>>(fn: PageFunction<P, R>, params: PageParams<P>, options?: PageOptions): AsyncGenerator<R["data"][number], void, undefined>;
