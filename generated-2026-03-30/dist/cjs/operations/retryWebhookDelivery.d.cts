import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { RetryWebhookDeliveryErrorBodies, RetryWebhookDeliveryInput, RetryWebhookDeliveryResult } from "../models.cjs";
/** Every way `retryWebhookDelivery` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type RetryWebhookDeliveryError = ApiError<400, string, RetryWebhookDeliveryErrorBodies[400]> | ApiError<401, string, RetryWebhookDeliveryErrorBodies[401]> | ApiError<403, string, RetryWebhookDeliveryErrorBodies[403]> | ApiError<404, string, RetryWebhookDeliveryErrorBodies[404]> | ApiError<500, string, RetryWebhookDeliveryErrorBodies[500]> | CommonError;
/**
 * Retry a webhook delivery
 * Queues a new attempt for a delivery; the attempt runs in the background.
 * `POST /webhooks/{webhookId}/events/{deliveryId}/retry` (retryWebhookDelivery)
 */
export declare function retryWebhookDelivery(client: ClientCore, input: RetryWebhookDeliveryInput, options?: CallOptions): Promise<RetryWebhookDeliveryResult>;
/** Like `retryWebhookDelivery`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function retryWebhookDeliverySafe(client: ClientCore, input: RetryWebhookDeliveryInput, options?: CallOptions): Promise<SafeResult<RetryWebhookDeliveryResult, RetryWebhookDeliveryError>>;
