import type { DeleteWebhookByIdErrorBodies, DeleteWebhookByIdInput } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of deleteWebhookById (DELETE /webhooks/{webhookId}); requests are always checked strictly. */
export declare const deleteWebhookByIdRequest: Validator<DeleteWebhookByIdInput>;
/** Validates the 400 response body of deleteWebhookById (DELETE /webhooks/{webhookId}). */
export declare const deleteWebhookByIdResponse400: Validator<DeleteWebhookByIdErrorBodies[400]>;
/** Validates the 401 response body of deleteWebhookById (DELETE /webhooks/{webhookId}). */
export declare const deleteWebhookByIdResponse401: Validator<DeleteWebhookByIdErrorBodies[401]>;
/** Validates the 403 response body of deleteWebhookById (DELETE /webhooks/{webhookId}). */
export declare const deleteWebhookByIdResponse403: Validator<DeleteWebhookByIdErrorBodies[403]>;
/** Validates the 404 response body of deleteWebhookById (DELETE /webhooks/{webhookId}). */
export declare const deleteWebhookByIdResponse404: Validator<DeleteWebhookByIdErrorBodies[404]>;
/** Validates the 500 response body of deleteWebhookById (DELETE /webhooks/{webhookId}). */
export declare const deleteWebhookByIdResponse500: Validator<DeleteWebhookByIdErrorBodies[500]>;
/** Response body validators of deleteWebhookById by status; absent statuses have no documented body. */
export declare const deleteWebhookByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 400: Validator<DeleteWebhookByIdErrorBodies[400]>;
    readonly 401: Validator<DeleteWebhookByIdErrorBodies[401]>;
    readonly 403: Validator<DeleteWebhookByIdErrorBodies[403]>;
    readonly 404: Validator<DeleteWebhookByIdErrorBodies[404]>;
    readonly 500: Validator<DeleteWebhookByIdErrorBodies[500]>;
};
/** The bare checks the client runs for deleteWebhookById: the input (strict) and the success bodies by status. */
export declare const deleteWebhookByIdChecks: OperationChecks;
