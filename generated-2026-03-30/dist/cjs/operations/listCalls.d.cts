import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListCallsErrorBodies, ListCallsInput, ListCallsResult } from "../models.cjs";
/** Every way `listCalls` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListCallsError = ApiError<400, string, ListCallsErrorBodies[400]> | ApiError<401, string, ListCallsErrorBodies[401]> | ApiError<403, string, ListCallsErrorBodies[403]> | ApiError<404, string, ListCallsErrorBodies[404]> | ApiError<500, string, ListCallsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listCallsMaxPageSize = 50;
/**
 * List calls
 * Lists calls in the workspace, newest first. Every filter is optional.
 * `GET /calls` (listCalls)
 */
export declare function listCalls(client: ClientCore, input?: ListCallsInput, options?: CallOptions): Promise<ListCallsResult>;
/** Like `listCalls`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listCallsSafe(client: ClientCore, input?: ListCallsInput, options?: CallOptions): Promise<SafeResult<ListCallsResult, ListCallsError>>;
