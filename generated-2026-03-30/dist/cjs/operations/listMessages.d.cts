import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListMessagesErrorBodies, ListMessagesInput, ListMessagesResult } from "../models.cjs";
/** Every way `listMessages` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListMessagesError = ApiError<400, string, ListMessagesErrorBodies[400]> | ApiError<401, string, ListMessagesErrorBodies[401]> | ApiError<403, string, ListMessagesErrorBodies[403]> | ApiError<404, string, ListMessagesErrorBodies[404]> | ApiError<422, string, ListMessagesErrorBodies[422]> | ApiError<500, string, ListMessagesErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listMessagesMaxPageSize = 50;
/**
 * List messages
 * Lists messages across the whole workspace, newest first. Every filter is optional.
 * `GET /messages` (listMessages)
 */
export declare function listMessages(client: ClientCore, input?: ListMessagesInput, options?: CallOptions): Promise<ListMessagesResult>;
/** Like `listMessages`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listMessagesSafe(client: ClientCore, input?: ListMessagesInput, options?: CallOptions): Promise<SafeResult<ListMessagesResult, ListMessagesError>>;
