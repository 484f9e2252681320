import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListWebhookDeliveriesErrorBodies, ListWebhookDeliveriesInput, ListWebhookDeliveriesResult } from "../models.js";
/** Every way `listWebhookDeliveries` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListWebhookDeliveriesError = ApiError<400, string, ListWebhookDeliveriesErrorBodies[400]> | ApiError<401, string, ListWebhookDeliveriesErrorBodies[401]> | ApiError<403, string, ListWebhookDeliveriesErrorBodies[403]> | ApiError<404, string, ListWebhookDeliveriesErrorBodies[404]> | ApiError<500, string, ListWebhookDeliveriesErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listWebhookDeliveriesMaxPageSize = 50;
/**
 * List deliveries for a webhook
 * Lists the deliveries of a webhook, newest first, with their event and resource ids.
 * `GET /webhooks/{webhookId}/events` (listWebhookDeliveries)
 */
export declare function listWebhookDeliveries(client: ClientCore, input: ListWebhookDeliveriesInput, options?: CallOptions): Promise<ListWebhookDeliveriesResult>;
/** Like `listWebhookDeliveries`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listWebhookDeliveriesSafe(client: ClientCore, input: ListWebhookDeliveriesInput, options?: CallOptions): Promise<SafeResult<ListWebhookDeliveriesResult, ListWebhookDeliveriesError>>;
