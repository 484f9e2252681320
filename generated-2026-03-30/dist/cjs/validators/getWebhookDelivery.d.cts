import type { GetWebhookDeliveryErrorBodies, GetWebhookDeliveryInput, GetWebhookDeliveryResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}); requests are always checked strictly. */
export declare const getWebhookDeliveryRequest: Validator<GetWebhookDeliveryInput>;
/** Validates the 200 response body of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}). */
export declare const getWebhookDeliveryResponse200: Validator<GetWebhookDeliveryResult>;
/** Validates the 400 response body of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}). */
export declare const getWebhookDeliveryResponse400: Validator<GetWebhookDeliveryErrorBodies[400]>;
/** Validates the 401 response body of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}). */
export declare const getWebhookDeliveryResponse401: Validator<GetWebhookDeliveryErrorBodies[401]>;
/** Validates the 403 response body of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}). */
export declare const getWebhookDeliveryResponse403: Validator<GetWebhookDeliveryErrorBodies[403]>;
/** Validates the 404 response body of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}). */
export declare const getWebhookDeliveryResponse404: Validator<GetWebhookDeliveryErrorBodies[404]>;
/** Validates the 500 response body of getWebhookDelivery (GET /webhooks/{webhookId}/events/{deliveryId}). */
export declare const getWebhookDeliveryResponse500: Validator<GetWebhookDeliveryErrorBodies[500]>;
/** Response body validators of getWebhookDelivery by status; absent statuses have no documented body. */
export declare const getWebhookDeliveryResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetWebhookDeliveryResult>;
    readonly 400: Validator<GetWebhookDeliveryErrorBodies[400]>;
    readonly 401: Validator<GetWebhookDeliveryErrorBodies[401]>;
    readonly 403: Validator<GetWebhookDeliveryErrorBodies[403]>;
    readonly 404: Validator<GetWebhookDeliveryErrorBodies[404]>;
    readonly 500: Validator<GetWebhookDeliveryErrorBodies[500]>;
};
/** The bare checks the client runs for getWebhookDelivery: the input (strict) and the success bodies by status. */
export declare const getWebhookDeliveryChecks: OperationChecks;
