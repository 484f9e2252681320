import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { DeleteWebhookByIdErrorBodies, DeleteWebhookByIdInput, DeleteWebhookByIdResult } from "../models.cjs";
/** Every way `deleteWebhookById` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteWebhookByIdError = ApiError<400, "0305400", DeleteWebhookByIdErrorBodies[400]> | ApiError<401, "0300401", DeleteWebhookByIdErrorBodies[401]> | ApiError<403, "0300403", DeleteWebhookByIdErrorBodies[403]> | ApiError<404, "0300404", DeleteWebhookByIdErrorBodies[404]> | ApiError<500, "0301500", DeleteWebhookByIdErrorBodies[500]> | CommonError;
/**
 * Delete a webhook by ID
 * Delete a webhook by its unique identifier.
 * `DELETE /v1/webhooks/{id}` (deleteWebhookById_v1)
 */
export declare function deleteWebhookById(client: ClientCore, input: DeleteWebhookByIdInput, options?: CallOptions): Promise<DeleteWebhookByIdResult>;
/** Like `deleteWebhookById`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteWebhookByIdSafe(client: ClientCore, input: DeleteWebhookByIdInput, options?: CallOptions): Promise<SafeResult<DeleteWebhookByIdResult, DeleteWebhookByIdError>>;
