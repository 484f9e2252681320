import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { SendWebhookTestEventErrorBodies, SendWebhookTestEventInput, SendWebhookTestEventResult } from "../models.js";
/** Every way `sendWebhookTestEvent` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type SendWebhookTestEventError = ApiError<400, string, SendWebhookTestEventErrorBodies[400]> | ApiError<401, string, SendWebhookTestEventErrorBodies[401]> | ApiError<403, string, SendWebhookTestEventErrorBodies[403]> | ApiError<404, string, SendWebhookTestEventErrorBodies[404]> | ApiError<500, string, SendWebhookTestEventErrorBodies[500]> | CommonError;
/**
 * Send a test event to a webhook
 * Sends a signed sample of the chosen event type to the webhook URL in the background and returns the sample.
 * `POST /webhooks/{webhookId}/events/test` (sendWebhookTestEvent)
 */
export declare function sendWebhookTestEvent(client: ClientCore, input: SendWebhookTestEventInput, options?: CallOptions): Promise<SendWebhookTestEventResult>;
/** Like `sendWebhookTestEvent`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function sendWebhookTestEventSafe(client: ClientCore, input: SendWebhookTestEventInput, options?: CallOptions): Promise<SafeResult<SendWebhookTestEventResult, SendWebhookTestEventError>>;
