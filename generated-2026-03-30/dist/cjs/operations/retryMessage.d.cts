import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { RetryMessageErrorBodies, RetryMessageInput, RetryMessageResult } from "../models.cjs";
/** Every way `retryMessage` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type RetryMessageError = ApiError<400, string, RetryMessageErrorBodies[400]> | ApiError<401, string, RetryMessageErrorBodies[401]> | ApiError<403, string, RetryMessageErrorBodies[403]> | ApiError<404, string, RetryMessageErrorBodies[404]> | ApiError<422, string, RetryMessageErrorBodies[422]> | ApiError<500, string, RetryMessageErrorBodies[500]> | CommonError;
/**
 * Retry a failed message
 * Queues another delivery attempt for a message whose status is failed. Permanent failures and undelivered messages are refused.
 * `POST /messages/{messageId}/retry` (retryMessage)
 */
export declare function retryMessage(client: ClientCore, input: RetryMessageInput, options?: CallOptions): Promise<RetryMessageResult>;
/** Like `retryMessage`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function retryMessageSafe(client: ClientCore, input: RetryMessageInput, options?: CallOptions): Promise<SafeResult<RetryMessageResult, RetryMessageError>>;
