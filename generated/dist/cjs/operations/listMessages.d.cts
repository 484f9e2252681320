import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListMessagesErrorBodies, ListMessagesInput, ListMessagesResult } from "../models.cjs";
/** Every way `listMessages` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListMessagesError = ApiError<400, "0206400", ListMessagesErrorBodies[400]> | ApiError<401, "0200401", ListMessagesErrorBodies[401]> | ApiError<402, "0200402", ListMessagesErrorBodies[402]> | ApiError<403, "0202403", ListMessagesErrorBodies[403]> | ApiError<404, "0200404", ListMessagesErrorBodies[404]> | ApiError<500, "0201500", ListMessagesErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listMessagesMaxPageSize = 100;
/**
 * List messages
 * Retrieve a chronological list of messages exchanged between your OpenPhone number and specified participants, with support for filtering and pagination.
 * `GET /v1/messages` (listMessages_v1)
 */
export declare function listMessages(client: ClientCore, input: ListMessagesInput, options?: CallOptions): Promise<ListMessagesResult>;
/** Like `listMessages`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listMessagesSafe(client: ClientCore, input: ListMessagesInput, options?: CallOptions): Promise<SafeResult<ListMessagesResult, ListMessagesError>>;
