import type { RotateHeaderVersionedWebhookSecretErrorBodies, RotateHeaderVersionedWebhookSecretInput, RotateHeaderVersionedWebhookSecretResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate); requests are always checked strictly. */
export declare const rotateHeaderVersionedWebhookSecretRequest: Validator<RotateHeaderVersionedWebhookSecretInput>;
/** Validates the 200 response body of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate). */
export declare const rotateHeaderVersionedWebhookSecretResponse200: Validator<RotateHeaderVersionedWebhookSecretResult>;
/** Validates the 400 response body of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate). */
export declare const rotateHeaderVersionedWebhookSecretResponse400: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[400]>;
/** Validates the 401 response body of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate). */
export declare const rotateHeaderVersionedWebhookSecretResponse401: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[401]>;
/** Validates the 403 response body of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate). */
export declare const rotateHeaderVersionedWebhookSecretResponse403: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[403]>;
/** Validates the 404 response body of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate). */
export declare const rotateHeaderVersionedWebhookSecretResponse404: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[404]>;
/** Validates the 500 response body of rotateHeaderVersionedWebhookSecret (POST /webhooks/{webhookId}/rotate). */
export declare const rotateHeaderVersionedWebhookSecretResponse500: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[500]>;
/** Response body validators of rotateHeaderVersionedWebhookSecret by status; absent statuses have no documented body. */
export declare const rotateHeaderVersionedWebhookSecretResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<RotateHeaderVersionedWebhookSecretResult>;
    readonly 400: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[400]>;
    readonly 401: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[401]>;
    readonly 403: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[403]>;
    readonly 404: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[404]>;
    readonly 500: Validator<RotateHeaderVersionedWebhookSecretErrorBodies[500]>;
};
/** The bare checks the client runs for rotateHeaderVersionedWebhookSecret: the input (strict) and the success bodies by status. */
export declare const rotateHeaderVersionedWebhookSecretChecks: OperationChecks;
