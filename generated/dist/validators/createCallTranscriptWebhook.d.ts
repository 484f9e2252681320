import type { CreateCallTranscriptWebhookErrorBodies, CreateCallTranscriptWebhookInput, CreateCallTranscriptWebhookResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts); requests are always checked strictly. */
export declare const createCallTranscriptWebhookRequest: Validator<CreateCallTranscriptWebhookInput>;
/** Validates the 201 response body of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts). */
export declare const createCallTranscriptWebhookResponse201: Validator<CreateCallTranscriptWebhookResult>;
/** Validates the 400 response body of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts). */
export declare const createCallTranscriptWebhookResponse400: Validator<CreateCallTranscriptWebhookErrorBodies[400]>;
/** Validates the 401 response body of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts). */
export declare const createCallTranscriptWebhookResponse401: Validator<CreateCallTranscriptWebhookErrorBodies[401]>;
/** Validates the 403 response body of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts). */
export declare const createCallTranscriptWebhookResponse403: Validator<CreateCallTranscriptWebhookErrorBodies[403]>;
/** Validates the 404 response body of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts). */
export declare const createCallTranscriptWebhookResponse404: Validator<CreateCallTranscriptWebhookErrorBodies[404]>;
/** Validates the 500 response body of createCallTranscriptWebhook (POST /v1/webhooks/call-transcripts). */
export declare const createCallTranscriptWebhookResponse500: Validator<CreateCallTranscriptWebhookErrorBodies[500]>;
/** Response body validators of createCallTranscriptWebhook by status; absent statuses have no documented body. */
export declare const createCallTranscriptWebhookResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateCallTranscriptWebhookResult>;
    readonly 400: Validator<CreateCallTranscriptWebhookErrorBodies[400]>;
    readonly 401: Validator<CreateCallTranscriptWebhookErrorBodies[401]>;
    readonly 403: Validator<CreateCallTranscriptWebhookErrorBodies[403]>;
    readonly 404: Validator<CreateCallTranscriptWebhookErrorBodies[404]>;
    readonly 500: Validator<CreateCallTranscriptWebhookErrorBodies[500]>;
};
/** The bare checks the client runs for createCallTranscriptWebhook: the input (strict) and the success bodies by status. */
export declare const createCallTranscriptWebhookChecks: OperationChecks;
