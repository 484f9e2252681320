import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { MarkConversationAsReadErrorBodies, MarkConversationAsReadInput, MarkConversationAsReadResult } from "../models.cjs";
/** Every way `markConversationAsRead` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type MarkConversationAsReadError = ApiError<400, string, MarkConversationAsReadErrorBodies[400]> | ApiError<401, string, MarkConversationAsReadErrorBodies[401]> | ApiError<403, string, MarkConversationAsReadErrorBodies[403]> | ApiError<404, string, MarkConversationAsReadErrorBodies[404]> | ApiError<500, string, MarkConversationAsReadErrorBodies[500]> | CommonError;
/**
 * Mark conversation as read
 * Clears the unread indicator of a conversation without sending anything and returns the conversation.
 * `POST /conversations/{conversationId}/mark-as-read` (markConversationAsRead)
 */
export declare function markConversationAsRead(client: ClientCore, input: MarkConversationAsReadInput, options?: CallOptions): Promise<MarkConversationAsReadResult>;
/** Like `markConversationAsRead`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function markConversationAsReadSafe(client: ClientCore, input: MarkConversationAsReadInput, options?: CallOptions): Promise<SafeResult<MarkConversationAsReadResult, MarkConversationAsReadError>>;
