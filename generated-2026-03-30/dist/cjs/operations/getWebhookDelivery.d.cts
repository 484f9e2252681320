import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetWebhookDeliveryErrorBodies, GetWebhookDeliveryInput, GetWebhookDeliveryResult } from "../models.cjs";
/** Every way `getWebhookDelivery` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetWebhookDeliveryError = ApiError<400, string, GetWebhookDeliveryErrorBodies[400]> | ApiError<401, string, GetWebhookDeliveryErrorBodies[401]> | ApiError<403, string, GetWebhookDeliveryErrorBodies[403]> | ApiError<404, string, GetWebhookDeliveryErrorBodies[404]> | ApiError<500, string, GetWebhookDeliveryErrorBodies[500]> | CommonError;
/**
 * Get a webhook delivery
 * Returns one delivery with the payload sent and every attempt.
 * `GET /webhooks/{webhookId}/events/{deliveryId}` (getWebhookDelivery)
 */
export declare function getWebhookDelivery(client: ClientCore, input: GetWebhookDeliveryInput, options?: CallOptions): Promise<GetWebhookDeliveryResult>;
/** Like `getWebhookDelivery`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getWebhookDeliverySafe(client: ClientCore, input: GetWebhookDeliveryInput, options?: CallOptions): Promise<SafeResult<GetWebhookDeliveryResult, GetWebhookDeliveryError>>;
