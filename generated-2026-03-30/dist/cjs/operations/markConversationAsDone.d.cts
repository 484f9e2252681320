import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { MarkConversationAsDoneErrorBodies, MarkConversationAsDoneInput, MarkConversationAsDoneResult } from "../models.cjs";
/** Every way `markConversationAsDone` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type MarkConversationAsDoneError = ApiError<400, string, MarkConversationAsDoneErrorBodies[400]> | ApiError<401, string, MarkConversationAsDoneErrorBodies[401]> | ApiError<403, string, MarkConversationAsDoneErrorBodies[403]> | ApiError<404, string, MarkConversationAsDoneErrorBodies[404]> | ApiError<500, string, MarkConversationAsDoneErrorBodies[500]> | CommonError;
/**
 * Mark conversation as done
 * Moves a conversation out of the inbox without sending anything and returns the conversation.
 * `POST /conversations/{conversationId}/mark-as-done` (markConversationAsDone)
 */
export declare function markConversationAsDone(client: ClientCore, input: MarkConversationAsDoneInput, options?: CallOptions): Promise<MarkConversationAsDoneResult>;
/** Like `markConversationAsDone`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function markConversationAsDoneSafe(client: ClientCore, input: MarkConversationAsDoneInput, options?: CallOptions): Promise<SafeResult<MarkConversationAsDoneResult, MarkConversationAsDoneError>>;
