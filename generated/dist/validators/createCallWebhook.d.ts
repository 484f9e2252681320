import type { CreateCallWebhookErrorBodies, CreateCallWebhookInput, CreateCallWebhookResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of createCallWebhook (POST /v1/webhooks/calls); requests are always checked strictly. */
export declare const createCallWebhookRequest: Validator<CreateCallWebhookInput>;
/** Validates the 201 response body of createCallWebhook (POST /v1/webhooks/calls). */
export declare const createCallWebhookResponse201: Validator<CreateCallWebhookResult>;
/** Validates the 400 response body of createCallWebhook (POST /v1/webhooks/calls). */
export declare const createCallWebhookResponse400: Validator<CreateCallWebhookErrorBodies[400]>;
/** Validates the 401 response body of createCallWebhook (POST /v1/webhooks/calls). */
export declare const createCallWebhookResponse401: Validator<CreateCallWebhookErrorBodies[401]>;
/** Validates the 403 response body of createCallWebhook (POST /v1/webhooks/calls). */
export declare const createCallWebhookResponse403: Validator<CreateCallWebhookErrorBodies[403]>;
/** Validates the 404 response body of createCallWebhook (POST /v1/webhooks/calls). */
export declare const createCallWebhookResponse404: Validator<CreateCallWebhookErrorBodies[404]>;
/** Validates the 500 response body of createCallWebhook (POST /v1/webhooks/calls). */
export declare const createCallWebhookResponse500: Validator<CreateCallWebhookErrorBodies[500]>;
/** Response body validators of createCallWebhook by status; absent statuses have no documented body. */
export declare const createCallWebhookResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateCallWebhookResult>;
    readonly 400: Validator<CreateCallWebhookErrorBodies[400]>;
    readonly 401: Validator<CreateCallWebhookErrorBodies[401]>;
    readonly 403: Validator<CreateCallWebhookErrorBodies[403]>;
    readonly 404: Validator<CreateCallWebhookErrorBodies[404]>;
    readonly 500: Validator<CreateCallWebhookErrorBodies[500]>;
};
/** The bare checks the client runs for createCallWebhook: the input (strict) and the success bodies by status. */
export declare const createCallWebhookChecks: OperationChecks;
