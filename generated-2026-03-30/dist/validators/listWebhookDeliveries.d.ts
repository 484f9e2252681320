import type { ListWebhookDeliveriesErrorBodies, ListWebhookDeliveriesInput, ListWebhookDeliveriesResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listWebhookDeliveries (GET /webhooks/{webhookId}/events); requests are always checked strictly. */
export declare const listWebhookDeliveriesRequest: Validator<ListWebhookDeliveriesInput>;
/** Validates the 200 response body of listWebhookDeliveries (GET /webhooks/{webhookId}/events). */
export declare const listWebhookDeliveriesResponse200: Validator<ListWebhookDeliveriesResult>;
/** Validates the 400 response body of listWebhookDeliveries (GET /webhooks/{webhookId}/events). */
export declare const listWebhookDeliveriesResponse400: Validator<ListWebhookDeliveriesErrorBodies[400]>;
/** Validates the 401 response body of listWebhookDeliveries (GET /webhooks/{webhookId}/events). */
export declare const listWebhookDeliveriesResponse401: Validator<ListWebhookDeliveriesErrorBodies[401]>;
/** Validates the 403 response body of listWebhookDeliveries (GET /webhooks/{webhookId}/events). */
export declare const listWebhookDeliveriesResponse403: Validator<ListWebhookDeliveriesErrorBodies[403]>;
/** Validates the 404 response body of listWebhookDeliveries (GET /webhooks/{webhookId}/events). */
export declare const listWebhookDeliveriesResponse404: Validator<ListWebhookDeliveriesErrorBodies[404]>;
/** Validates the 500 response body of listWebhookDeliveries (GET /webhooks/{webhookId}/events). */
export declare const listWebhookDeliveriesResponse500: Validator<ListWebhookDeliveriesErrorBodies[500]>;
/** Response body validators of listWebhookDeliveries by status; absent statuses have no documented body. */
export declare const listWebhookDeliveriesResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListWebhookDeliveriesResult>;
    readonly 400: Validator<ListWebhookDeliveriesErrorBodies[400]>;
    readonly 401: Validator<ListWebhookDeliveriesErrorBodies[401]>;
    readonly 403: Validator<ListWebhookDeliveriesErrorBodies[403]>;
    readonly 404: Validator<ListWebhookDeliveriesErrorBodies[404]>;
    readonly 500: Validator<ListWebhookDeliveriesErrorBodies[500]>;
};
/** The bare checks the client runs for listWebhookDeliveries: the input (strict) and the success bodies by status. */
export declare const listWebhookDeliveriesChecks: OperationChecks;
