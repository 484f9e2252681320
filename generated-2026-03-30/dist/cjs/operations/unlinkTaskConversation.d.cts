import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { UnlinkTaskConversationErrorBodies, UnlinkTaskConversationInput, UnlinkTaskConversationResult } from "../models.cjs";
/** Every way `unlinkTaskConversation` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UnlinkTaskConversationError = ApiError<400, string, UnlinkTaskConversationErrorBodies[400]> | ApiError<401, string, UnlinkTaskConversationErrorBodies[401]> | ApiError<403, string, UnlinkTaskConversationErrorBodies[403]> | ApiError<404, string, UnlinkTaskConversationErrorBodies[404]> | ApiError<500, string, UnlinkTaskConversationErrorBodies[500]> | CommonError;
/**
 * Unlink a conversation from a task
 * Unlinks a conversation from a task; the conversation is named in a JSON body.
 * `DELETE /tasks/{taskId}/conversations` (tasks.unlinkConversation)
 */
export declare function unlinkTaskConversation(client: ClientCore, input: UnlinkTaskConversationInput, options?: CallOptions): Promise<UnlinkTaskConversationResult>;
/** Like `unlinkTaskConversation`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function unlinkTaskConversationSafe(client: ClientCore, input: UnlinkTaskConversationInput, options?: CallOptions): Promise<SafeResult<UnlinkTaskConversationResult, UnlinkTaskConversationError>>;
