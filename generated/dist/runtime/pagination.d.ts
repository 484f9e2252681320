import type { CallOptions } from "./types.js";
export interface Page<T> {
    data: T[];
    nextPageToken?: string | null;
}
/**
 * A list operation's call function; `maxPageSize` (the endpoint's largest maxResults) and
 * `operationId` (named in a pagination error) are optional.
 */
export type PageFunction<P, R> = ((params: P, options?: CallOptions) => Promise<R>) & {
    readonly maxPageSize?: number;
    readonly operationId?: string;
};
/** The list operation's input, with `maxResults` and `pageToken` optional (paging fills them). */
export type PageParams<P> = Omit<P, "maxResults" | "pageToken"> & {
    maxResults?: number;
    pageToken?: string;
};
export interface PageOptions extends CallOptions {
    /** maxResults per request when `params` has none. Default: the function's `maxPageSize`. */
    pageSize?: number;
    /** Most pages fetched before giving up with a pagination error. Default 10,000. */
    maxPages?: number;
}
/** Every page, following nextPageToken until it is null (or empty). */
export declare function pages<P, R extends Page<unknown>>(fn: PageFunction<P, R>, params: PageParams<P>, options?: PageOptions): AsyncGenerator<R, void, undefined>;
/** Every item of every page: `for await (const message of paginate(client.listMessages, { phoneNumberId }))`. */
export declare function paginate<P, R extends Page<unknown>>(fn: PageFunction<P, R>, params: PageParams<P>, options?: PageOptions): AsyncGenerator<R["data"][number], void, undefined>;
