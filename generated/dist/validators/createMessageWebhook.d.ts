import type { CreateMessageWebhookErrorBodies, CreateMessageWebhookInput, CreateMessageWebhookResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of createMessageWebhook (POST /v1/webhooks/messages); requests are always checked strictly. */
export declare const createMessageWebhookRequest: Validator<CreateMessageWebhookInput>;
/** Validates the 201 response body of createMessageWebhook (POST /v1/webhooks/messages). */
export declare const createMessageWebhookResponse201: Validator<CreateMessageWebhookResult>;
/** Validates the 400 response body of createMessageWebhook (POST /v1/webhooks/messages). */
export declare const createMessageWebhookResponse400: Validator<CreateMessageWebhookErrorBodies[400]>;
/** Validates the 401 response body of createMessageWebhook (POST /v1/webhooks/messages). */
export declare const createMessageWebhookResponse401: Validator<CreateMessageWebhookErrorBodies[401]>;
/** Validates the 403 response body of createMessageWebhook (POST /v1/webhooks/messages). */
export declare const createMessageWebhookResponse403: Validator<CreateMessageWebhookErrorBodies[403]>;
/** Validates the 404 response body of createMessageWebhook (POST /v1/webhooks/messages). */
export declare const createMessageWebhookResponse404: Validator<CreateMessageWebhookErrorBodies[404]>;
/** Validates the 500 response body of createMessageWebhook (POST /v1/webhooks/messages). */
export declare const createMessageWebhookResponse500: Validator<CreateMessageWebhookErrorBodies[500]>;
/** Response body validators of createMessageWebhook by status; absent statuses have no documented body. */
export declare const createMessageWebhookResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateMessageWebhookResult>;
    readonly 400: Validator<CreateMessageWebhookErrorBodies[400]>;
    readonly 401: Validator<CreateMessageWebhookErrorBodies[401]>;
    readonly 403: Validator<CreateMessageWebhookErrorBodies[403]>;
    readonly 404: Validator<CreateMessageWebhookErrorBodies[404]>;
    readonly 500: Validator<CreateMessageWebhookErrorBodies[500]>;
};
/** The bare checks the client runs for createMessageWebhook: the input (strict) and the success bodies by status. */
export declare const createMessageWebhookChecks: OperationChecks;
