import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { LinkTaskConversationErrorBodies, LinkTaskConversationInput, LinkTaskConversationResult } from "../models.js";
/** Every way `linkTaskConversation` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type LinkTaskConversationError = ApiError<400, string, LinkTaskConversationErrorBodies[400]> | ApiError<401, string, LinkTaskConversationErrorBodies[401]> | ApiError<403, string, LinkTaskConversationErrorBodies[403]> | ApiError<404, string, LinkTaskConversationErrorBodies[404]> | ApiError<500, string, LinkTaskConversationErrorBodies[500]> | CommonError;
/**
 * Link a conversation to a task
 * Links a conversation to a task.
 * `POST /tasks/{taskId}/conversations` (tasks.linkConversation)
 */
export declare function linkTaskConversation(client: ClientCore, input: LinkTaskConversationInput, options?: CallOptions): Promise<LinkTaskConversationResult>;
/** Like `linkTaskConversation`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function linkTaskConversationSafe(client: ClientCore, input: LinkTaskConversationInput, options?: CallOptions): Promise<SafeResult<LinkTaskConversationResult, LinkTaskConversationError>>;
