import type { RetryWebhookDeliveryErrorBodies, RetryWebhookDeliveryInput, RetryWebhookDeliveryResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry); requests are always checked strictly. */
export declare const retryWebhookDeliveryRequest: Validator<RetryWebhookDeliveryInput>;
/** Validates the 202 response body of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry). */
export declare const retryWebhookDeliveryResponse202: Validator<RetryWebhookDeliveryResult>;
/** Validates the 400 response body of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry). */
export declare const retryWebhookDeliveryResponse400: Validator<RetryWebhookDeliveryErrorBodies[400]>;
/** Validates the 401 response body of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry). */
export declare const retryWebhookDeliveryResponse401: Validator<RetryWebhookDeliveryErrorBodies[401]>;
/** Validates the 403 response body of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry). */
export declare const retryWebhookDeliveryResponse403: Validator<RetryWebhookDeliveryErrorBodies[403]>;
/** Validates the 404 response body of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry). */
export declare const retryWebhookDeliveryResponse404: Validator<RetryWebhookDeliveryErrorBodies[404]>;
/** Validates the 500 response body of retryWebhookDelivery (POST /webhooks/{webhookId}/events/{deliveryId}/retry). */
export declare const retryWebhookDeliveryResponse500: Validator<RetryWebhookDeliveryErrorBodies[500]>;
/** Response body validators of retryWebhookDelivery by status; absent statuses have no documented body. */
export declare const retryWebhookDeliveryResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 202: Validator<RetryWebhookDeliveryResult>;
    readonly 400: Validator<RetryWebhookDeliveryErrorBodies[400]>;
    readonly 401: Validator<RetryWebhookDeliveryErrorBodies[401]>;
    readonly 403: Validator<RetryWebhookDeliveryErrorBodies[403]>;
    readonly 404: Validator<RetryWebhookDeliveryErrorBodies[404]>;
    readonly 500: Validator<RetryWebhookDeliveryErrorBodies[500]>;
};
/** The bare checks the client runs for retryWebhookDelivery: the input (strict) and the success bodies by status. */
export declare const retryWebhookDeliveryChecks: OperationChecks;
