import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { RotateHeaderVersionedWebhookSecretErrorBodies, RotateHeaderVersionedWebhookSecretInput, RotateHeaderVersionedWebhookSecretResult } from "../models.cjs";
/** Every way `rotateHeaderVersionedWebhookSecret` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type RotateHeaderVersionedWebhookSecretError = ApiError<400, string, RotateHeaderVersionedWebhookSecretErrorBodies[400]> | ApiError<401, string, RotateHeaderVersionedWebhookSecretErrorBodies[401]> | ApiError<403, string, RotateHeaderVersionedWebhookSecretErrorBodies[403]> | ApiError<404, string, RotateHeaderVersionedWebhookSecretErrorBodies[404]> | ApiError<500, string, RotateHeaderVersionedWebhookSecretErrorBodies[500]> | CommonError;
/**
 * Rotate webhook signing secret
 * Issues a new signing key for a webhook and returns it.
 * `POST /webhooks/{webhookId}/rotate` (rotateHeaderVersionedWebhookSecret)
 */
export declare function rotateHeaderVersionedWebhookSecret(client: ClientCore, input: RotateHeaderVersionedWebhookSecretInput, options?: CallOptions): Promise<RotateHeaderVersionedWebhookSecretResult>;
/** Like `rotateHeaderVersionedWebhookSecret`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function rotateHeaderVersionedWebhookSecretSafe(client: ClientCore, input: RotateHeaderVersionedWebhookSecretInput, options?: CallOptions): Promise<SafeResult<RotateHeaderVersionedWebhookSecretResult, RotateHeaderVersionedWebhookSecretError>>;
