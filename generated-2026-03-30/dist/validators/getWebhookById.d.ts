import type { GetWebhookByIdErrorBodies, GetWebhookByIdInput, GetWebhookByIdResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getWebhookById (GET /webhooks/{webhookId}); requests are always checked strictly. */
export declare const getWebhookByIdRequest: Validator<GetWebhookByIdInput>;
/** Validates the 200 response body of getWebhookById (GET /webhooks/{webhookId}). */
export declare const getWebhookByIdResponse200: Validator<GetWebhookByIdResult>;
/** Validates the 400 response body of getWebhookById (GET /webhooks/{webhookId}). */
export declare const getWebhookByIdResponse400: Validator<GetWebhookByIdErrorBodies[400]>;
/** Validates the 401 response body of getWebhookById (GET /webhooks/{webhookId}). */
export declare const getWebhookByIdResponse401: Validator<GetWebhookByIdErrorBodies[401]>;
/** Validates the 403 response body of getWebhookById (GET /webhooks/{webhookId}). */
export declare const getWebhookByIdResponse403: Validator<GetWebhookByIdErrorBodies[403]>;
/** Validates the 404 response body of getWebhookById (GET /webhooks/{webhookId}). */
export declare const getWebhookByIdResponse404: Validator<GetWebhookByIdErrorBodies[404]>;
/** Validates the 500 response body of getWebhookById (GET /webhooks/{webhookId}). */
export declare const getWebhookByIdResponse500: Validator<GetWebhookByIdErrorBodies[500]>;
/** Response body validators of getWebhookById by status; absent statuses have no documented body. */
export declare const getWebhookByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetWebhookByIdResult>;
    readonly 400: Validator<GetWebhookByIdErrorBodies[400]>;
    readonly 401: Validator<GetWebhookByIdErrorBodies[401]>;
    readonly 403: Validator<GetWebhookByIdErrorBodies[403]>;
    readonly 404: Validator<GetWebhookByIdErrorBodies[404]>;
    readonly 500: Validator<GetWebhookByIdErrorBodies[500]>;
};
/** The bare checks the client runs for getWebhookById: the input (strict) and the success bodies by status. */
export declare const getWebhookByIdChecks: OperationChecks;
