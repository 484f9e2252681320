import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListCallsErrorBodies, ListCallsInput, ListCallsResult } from "../models.cjs";
/** Every way `listCalls` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListCallsError = ApiError<400, "0100400", ListCallsErrorBodies[400]> | ApiError<401, "0100401", ListCallsErrorBodies[401]> | ApiError<403, "0101403", ListCallsErrorBodies[403]> | ApiError<404, "0100404", ListCallsErrorBodies[404]> | ApiError<500, "0101500", ListCallsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listCallsMaxPageSize = 100;
/**
 * List calls
 * Fetch a paginated list of calls associated with a specific OpenPhone number and another number.
 * `GET /v1/calls` (listCalls_v1)
 */
export declare function listCalls(client: ClientCore, input: ListCallsInput, options?: CallOptions): Promise<ListCallsResult>;
/** Like `listCalls`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listCallsSafe(client: ClientCore, input: ListCallsInput, options?: CallOptions): Promise<SafeResult<ListCallsResult, ListCallsError>>;
