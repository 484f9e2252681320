import type { UpdateHeaderVersionedWebhookByIdErrorBodies, UpdateHeaderVersionedWebhookByIdInput, UpdateHeaderVersionedWebhookByIdResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}); requests are always checked strictly. */
export declare const updateHeaderVersionedWebhookByIdRequest: Validator<UpdateHeaderVersionedWebhookByIdInput>;
/** Validates the 200 response body of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}). */
export declare const updateHeaderVersionedWebhookByIdResponse200: Validator<UpdateHeaderVersionedWebhookByIdResult>;
/** Validates the 400 response body of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}). */
export declare const updateHeaderVersionedWebhookByIdResponse400: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[400]>;
/** Validates the 401 response body of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}). */
export declare const updateHeaderVersionedWebhookByIdResponse401: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[401]>;
/** Validates the 403 response body of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}). */
export declare const updateHeaderVersionedWebhookByIdResponse403: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[403]>;
/** Validates the 404 response body of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}). */
export declare const updateHeaderVersionedWebhookByIdResponse404: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[404]>;
/** Validates the 500 response body of updateHeaderVersionedWebhookById (PATCH /webhooks/{webhookId}). */
export declare const updateHeaderVersionedWebhookByIdResponse500: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[500]>;
/** Response body validators of updateHeaderVersionedWebhookById by status; absent statuses have no documented body. */
export declare const updateHeaderVersionedWebhookByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateHeaderVersionedWebhookByIdResult>;
    readonly 400: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[400]>;
    readonly 401: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[401]>;
    readonly 403: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[403]>;
    readonly 404: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[404]>;
    readonly 500: Validator<UpdateHeaderVersionedWebhookByIdErrorBodies[500]>;
};
/** The bare checks the client runs for updateHeaderVersionedWebhookById: the input (strict) and the success bodies by status. */
export declare const updateHeaderVersionedWebhookByIdChecks: OperationChecks;
