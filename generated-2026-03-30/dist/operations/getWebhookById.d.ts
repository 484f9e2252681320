import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { GetWebhookByIdErrorBodies, GetWebhookByIdInput, GetWebhookByIdResult } from "../models.js";
/** Every way `getWebhookById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetWebhookByIdError = ApiError<400, string, GetWebhookByIdErrorBodies[400]> | ApiError<401, string, GetWebhookByIdErrorBodies[401]> | ApiError<403, string, GetWebhookByIdErrorBodies[403]> | ApiError<404, string, GetWebhookByIdErrorBodies[404]> | ApiError<500, string, GetWebhookByIdErrorBodies[500]> | CommonError;
/**
 * Get a webhook by ID
 * Returns one webhook, without its signing key.
 * `GET /webhooks/{webhookId}` (getWebhookById)
 */
export declare function getWebhookById(client: ClientCore, input: GetWebhookByIdInput, options?: CallOptions): Promise<GetWebhookByIdResult>;
/** Like `getWebhookById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getWebhookByIdSafe(client: ClientCore, input: GetWebhookByIdInput, options?: CallOptions): Promise<SafeResult<GetWebhookByIdResult, GetWebhookByIdError>>;
