import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { UpdateHeaderVersionedWebhookByIdErrorBodies, UpdateHeaderVersionedWebhookByIdInput, UpdateHeaderVersionedWebhookByIdResult } from "../models.js";
/** Every way `updateHeaderVersionedWebhookById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateHeaderVersionedWebhookByIdError = ApiError<400, string, UpdateHeaderVersionedWebhookByIdErrorBodies[400]> | ApiError<401, string, UpdateHeaderVersionedWebhookByIdErrorBodies[401]> | ApiError<403, string, UpdateHeaderVersionedWebhookByIdErrorBodies[403]> | ApiError<404, string, UpdateHeaderVersionedWebhookByIdErrorBodies[404]> | ApiError<500, string, UpdateHeaderVersionedWebhookByIdErrorBodies[500]> | CommonError;
/**
 * Update a webhook by ID
 * Changes only the fields sent; events replace the whole set.
 * `PATCH /webhooks/{webhookId}` (updateHeaderVersionedWebhookById)
 */
export declare function updateHeaderVersionedWebhookById(client: ClientCore, input: UpdateHeaderVersionedWebhookByIdInput, options?: CallOptions): Promise<UpdateHeaderVersionedWebhookByIdResult>;
/** Like `updateHeaderVersionedWebhookById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateHeaderVersionedWebhookByIdSafe(client: ClientCore, input: UpdateHeaderVersionedWebhookByIdInput, options?: CallOptions): Promise<SafeResult<UpdateHeaderVersionedWebhookByIdResult, UpdateHeaderVersionedWebhookByIdError>>;
