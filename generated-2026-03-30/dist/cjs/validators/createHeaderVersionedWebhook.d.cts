import type { CreateHeaderVersionedWebhookErrorBodies, CreateHeaderVersionedWebhookInput, CreateHeaderVersionedWebhookResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of createHeaderVersionedWebhook (POST /webhooks); requests are always checked strictly. */
export declare const createHeaderVersionedWebhookRequest: Validator<CreateHeaderVersionedWebhookInput>;
/** Validates the 201 response body of createHeaderVersionedWebhook (POST /webhooks). */
export declare const createHeaderVersionedWebhookResponse201: Validator<CreateHeaderVersionedWebhookResult>;
/** Validates the 400 response body of createHeaderVersionedWebhook (POST /webhooks). */
export declare const createHeaderVersionedWebhookResponse400: Validator<CreateHeaderVersionedWebhookErrorBodies[400]>;
/** Validates the 401 response body of createHeaderVersionedWebhook (POST /webhooks). */
export declare const createHeaderVersionedWebhookResponse401: Validator<CreateHeaderVersionedWebhookErrorBodies[401]>;
/** Validates the 403 response body of createHeaderVersionedWebhook (POST /webhooks). */
export declare const createHeaderVersionedWebhookResponse403: Validator<CreateHeaderVersionedWebhookErrorBodies[403]>;
/** Validates the 500 response body of createHeaderVersionedWebhook (POST /webhooks). */
export declare const createHeaderVersionedWebhookResponse500: Validator<CreateHeaderVersionedWebhookErrorBodies[500]>;
/** Response body validators of createHeaderVersionedWebhook by status; absent statuses have no documented body. */
export declare const createHeaderVersionedWebhookResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateHeaderVersionedWebhookResult>;
    readonly 400: Validator<CreateHeaderVersionedWebhookErrorBodies[400]>;
    readonly 401: Validator<CreateHeaderVersionedWebhookErrorBodies[401]>;
    readonly 403: Validator<CreateHeaderVersionedWebhookErrorBodies[403]>;
    readonly 500: Validator<CreateHeaderVersionedWebhookErrorBodies[500]>;
};
/** The bare checks the client runs for createHeaderVersionedWebhook: the input (strict) and the success bodies by status. */
export declare const createHeaderVersionedWebhookChecks: OperationChecks;
