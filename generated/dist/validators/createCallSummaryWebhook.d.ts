import type { CreateCallSummaryWebhookErrorBodies, CreateCallSummaryWebhookInput, CreateCallSummaryWebhookResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of createCallSummaryWebhook (POST /v1/webhooks/call-summaries); requests are always checked strictly. */
export declare const createCallSummaryWebhookRequest: Validator<CreateCallSummaryWebhookInput>;
/** Validates the 201 response body of createCallSummaryWebhook (POST /v1/webhooks/call-summaries). */
export declare const createCallSummaryWebhookResponse201: Validator<CreateCallSummaryWebhookResult>;
/** Validates the 400 response body of createCallSummaryWebhook (POST /v1/webhooks/call-summaries). */
export declare const createCallSummaryWebhookResponse400: Validator<CreateCallSummaryWebhookErrorBodies[400]>;
/** Validates the 401 response body of createCallSummaryWebhook (POST /v1/webhooks/call-summaries). */
export declare const createCallSummaryWebhookResponse401: Validator<CreateCallSummaryWebhookErrorBodies[401]>;
/** Validates the 403 response body of createCallSummaryWebhook (POST /v1/webhooks/call-summaries). */
export declare const createCallSummaryWebhookResponse403: Validator<CreateCallSummaryWebhookErrorBodies[403]>;
/** Validates the 404 response body of createCallSummaryWebhook (POST /v1/webhooks/call-summaries). */
export declare const createCallSummaryWebhookResponse404: Validator<CreateCallSummaryWebhookErrorBodies[404]>;
/** Validates the 500 response body of createCallSummaryWebhook (POST /v1/webhooks/call-summaries). */
export declare const createCallSummaryWebhookResponse500: Validator<CreateCallSummaryWebhookErrorBodies[500]>;
/** Response body validators of createCallSummaryWebhook by status; absent statuses have no documented body. */
export declare const createCallSummaryWebhookResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateCallSummaryWebhookResult>;
    readonly 400: Validator<CreateCallSummaryWebhookErrorBodies[400]>;
    readonly 401: Validator<CreateCallSummaryWebhookErrorBodies[401]>;
    readonly 403: Validator<CreateCallSummaryWebhookErrorBodies[403]>;
    readonly 404: Validator<CreateCallSummaryWebhookErrorBodies[404]>;
    readonly 500: Validator<CreateCallSummaryWebhookErrorBodies[500]>;
};
/** The bare checks the client runs for createCallSummaryWebhook: the input (strict) and the success bodies by status. */
export declare const createCallSummaryWebhookChecks: OperationChecks;
