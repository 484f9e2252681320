import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListConversationsErrorBodies, ListConversationsInput, ListConversationsResult } from "../models.js";
/** Every way `listConversations` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListConversationsError = ApiError<400, "1000400", ListConversationsErrorBodies[400]> | ApiError<401, "1000401", ListConversationsErrorBodies[401]> | ApiError<403, "1001403", ListConversationsErrorBodies[403]> | ApiError<404, "1000404", ListConversationsErrorBodies[404]> | ApiError<500, "1001500", ListConversationsErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listConversationsMaxPageSize = 100;
/**
 * List Conversations
 * Fetch a paginated list of conversations of OpenPhone conversations. Can be filtered by user and/or phone numbers. Defaults to all conversations in the OpenPhone organization. Results are returned in descending order based on the most recent conversation.
 * `GET /v1/conversations` (listConversations_v1)
 */
export declare function listConversations(client: ClientCore, input?: ListConversationsInput, options?: CallOptions): Promise<ListConversationsResult>;
/** Like `listConversations`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listConversationsSafe(client: ClientCore, input?: ListConversationsInput, options?: CallOptions): Promise<SafeResult<ListConversationsResult, ListConversationsError>>;
