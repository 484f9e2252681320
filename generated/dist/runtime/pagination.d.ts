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
export declare function pages<P, R extends Page<unknown>>(fn: PageFunction<P, R>, params: PageParams<P>, options?: PageOptions): AsyncGenerator<R, void, undefined>;
/** Every item of every page: `for await (const message of paginate(client.listMessages, { phoneNumberId }))`. */
export declare function paginate<P, R extends Page<unknown>>(fn: PageFunction<P, R>, params: PageParams<P>, options?: PageOptions): AsyncGenerator<R["data"][number], void, undefined>;
export {};
