import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { MarkConversationAsOpenErrorBodies, MarkConversationAsOpenInput, MarkConversationAsOpenResult } from "../models.cjs";
/** Every way `markConversationAsOpen` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type MarkConversationAsOpenError = ApiError<400, string, MarkConversationAsOpenErrorBodies[400]> | ApiError<401, string, MarkConversationAsOpenErrorBodies[401]> | ApiError<403, string, MarkConversationAsOpenErrorBodies[403]> | ApiError<404, string, MarkConversationAsOpenErrorBodies[404]> | ApiError<500, string, MarkConversationAsOpenErrorBodies[500]> | CommonError;
/**
 * Mark conversation as open
 * Moves a conversation back into the inbox without sending anything and returns the conversation.
 * `POST /conversations/{conversationId}/mark-as-open` (markConversationAsOpen)
 */
export declare function markConversationAsOpen(client: ClientCore, input: MarkConversationAsOpenInput, options?: CallOptions): Promise<MarkConversationAsOpenResult>;
/** Like `markConversationAsOpen`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function markConversationAsOpenSafe(client: ClientCore, input: MarkConversationAsOpenInput, options?: CallOptions): Promise<SafeResult<MarkConversationAsOpenResult, MarkConversationAsOpenError>>;
