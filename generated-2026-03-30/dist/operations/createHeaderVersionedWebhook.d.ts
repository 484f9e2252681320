import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { CreateHeaderVersionedWebhookErrorBodies, CreateHeaderVersionedWebhookInput, CreateHeaderVersionedWebhookResult } from "../models.js";
/** Every way `createHeaderVersionedWebhook` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateHeaderVersionedWebhookError = ApiError<400, string, CreateHeaderVersionedWebhookErrorBodies[400]> | ApiError<401, string, CreateHeaderVersionedWebhookErrorBodies[401]> | ApiError<403, string, CreateHeaderVersionedWebhookErrorBodies[403]> | ApiError<500, string, CreateHeaderVersionedWebhookErrorBodies[500]> | CommonError;
/**
 * Create a new webhook
 * Creates one subscription for any mix of events; the version header of the request pins the payload version. The signing key is returned only here.
 * `POST /webhooks` (createHeaderVersionedWebhook)
 */
export declare function createHeaderVersionedWebhook(client: ClientCore, input: CreateHeaderVersionedWebhookInput, options?: CallOptions): Promise<CreateHeaderVersionedWebhookResult>;
/** Like `createHeaderVersionedWebhook`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createHeaderVersionedWebhookSafe(client: ClientCore, input: CreateHeaderVersionedWebhookInput, options?: CallOptions): Promise<SafeResult<CreateHeaderVersionedWebhookResult, CreateHeaderVersionedWebhookError>>;
