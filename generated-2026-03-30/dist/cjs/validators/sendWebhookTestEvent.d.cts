import type { SendWebhookTestEventErrorBodies, SendWebhookTestEventInput, SendWebhookTestEventResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test); requests are always checked strictly. */
export declare const sendWebhookTestEventRequest: Validator<SendWebhookTestEventInput>;
/** Validates the 200 response body of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test). */
export declare const sendWebhookTestEventResponse200: Validator<SendWebhookTestEventResult>;
/** Validates the 400 response body of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test). */
export declare const sendWebhookTestEventResponse400: Validator<SendWebhookTestEventErrorBodies[400]>;
/** Validates the 401 response body of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test). */
export declare const sendWebhookTestEventResponse401: Validator<SendWebhookTestEventErrorBodies[401]>;
/** Validates the 403 response body of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test). */
export declare const sendWebhookTestEventResponse403: Validator<SendWebhookTestEventErrorBodies[403]>;
/** Validates the 404 response body of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test). */
export declare const sendWebhookTestEventResponse404: Validator<SendWebhookTestEventErrorBodies[404]>;
/** Validates the 500 response body of sendWebhookTestEvent (POST /webhooks/{webhookId}/events/test). */
export declare const sendWebhookTestEventResponse500: Validator<SendWebhookTestEventErrorBodies[500]>;
/** Response body validators of sendWebhookTestEvent by status; absent statuses have no documented body. */
export declare const sendWebhookTestEventResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<SendWebhookTestEventResult>;
    readonly 400: Validator<SendWebhookTestEventErrorBodies[400]>;
    readonly 401: Validator<SendWebhookTestEventErrorBodies[401]>;
    readonly 403: Validator<SendWebhookTestEventErrorBodies[403]>;
    readonly 404: Validator<SendWebhookTestEventErrorBodies[404]>;
    readonly 500: Validator<SendWebhookTestEventErrorBodies[500]>;
};
/** The bare checks the client runs for sendWebhookTestEvent: the input (strict) and the success bodies by status. */
export declare const sendWebhookTestEventChecks: OperationChecks;
