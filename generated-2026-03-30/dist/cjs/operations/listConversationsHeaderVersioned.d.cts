import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListConversationsHeaderVersionedErrorBodies, ListConversationsHeaderVersionedInput, ListConversationsHeaderVersionedResult } from "../models.cjs";
/** Every way `listConversationsHeaderVersioned` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListConversationsHeaderVersionedError = ApiError<400, string, ListConversationsHeaderVersionedErrorBodies[400]> | ApiError<401, string, ListConversationsHeaderVersionedErrorBodies[401]> | ApiError<403, string, ListConversationsHeaderVersionedErrorBodies[403]> | ApiError<404, string, ListConversationsHeaderVersionedErrorBodies[404]> | ApiError<500, string, ListConversationsHeaderVersionedErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listConversationsHeaderVersionedMaxPageSize = 50;
/**
 * List conversations
 * Lists the workspace's conversations, most recently created first unless sorted otherwise.
 * `GET /conversations` (listConversationsHeaderVersioned)
 */
export declare function listConversationsHeaderVersioned(client: ClientCore, input?: ListConversationsHeaderVersionedInput, options?: CallOptions): Promise<ListConversationsHeaderVersionedResult>;
/** Like `listConversationsHeaderVersioned`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listConversationsHeaderVersionedSafe(client: ClientCore, input?: ListConversationsHeaderVersionedInput, options?: CallOptions): Promise<SafeResult<ListConversationsHeaderVersionedResult, ListConversationsHeaderVersionedError>>;
