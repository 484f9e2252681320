import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { CreateMessageWebhookErrorBodies, CreateMessageWebhookInput, CreateMessageWebhookResult } from "../models.cjs";
/** Every way `createMessageWebhook` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateMessageWebhookError = ApiError<400, "0305400", CreateMessageWebhookErrorBodies[400]> | ApiError<401, "0300401", CreateMessageWebhookErrorBodies[401]> | ApiError<403, "0300403", CreateMessageWebhookErrorBodies[403]> | ApiError<404, "0300404", CreateMessageWebhookErrorBodies[404]> | ApiError<500, "0301500", CreateMessageWebhookErrorBodies[500]> | CommonError;
/**
 * Create a new webhook for messages
 * Creates a new webhook that triggers on events from messages.
 * `POST /v1/webhooks/messages` (createMessageWebhook_v1)
 */
export declare function createMessageWebhook(client: ClientCore, input: CreateMessageWebhookInput, options?: CallOptions): Promise<CreateMessageWebhookResult>;
/** Like `createMessageWebhook`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createMessageWebhookSafe(client: ClientCore, input: CreateMessageWebhookInput, options?: CallOptions): Promise<SafeResult<CreateMessageWebhookResult, CreateMessageWebhookError>>;
