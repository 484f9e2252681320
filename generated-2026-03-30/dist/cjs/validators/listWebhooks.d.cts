import type { ListWebhooksErrorBodies, ListWebhooksInput, ListWebhooksResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of listWebhooks (GET /webhooks); requests are always checked strictly. */
export declare const listWebhooksRequest: Validator<ListWebhooksInput>;
/** Validates the 200 response body of listWebhooks (GET /webhooks). */
export declare const listWebhooksResponse200: Validator<ListWebhooksResult>;
/** Validates the 401 response body of listWebhooks (GET /webhooks). */
export declare const listWebhooksResponse401: Validator<ListWebhooksErrorBodies[401]>;
/** Validates the 403 response body of listWebhooks (GET /webhooks). */
export declare const listWebhooksResponse403: Validator<ListWebhooksErrorBodies[403]>;
/** Validates the 500 response body of listWebhooks (GET /webhooks). */
export declare const listWebhooksResponse500: Validator<ListWebhooksErrorBodies[500]>;
/** Response body validators of listWebhooks by status; absent statuses have no documented body. */
export declare const listWebhooksResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListWebhooksResult>;
    readonly 401: Validator<ListWebhooksErrorBodies[401]>;
    readonly 403: Validator<ListWebhooksErrorBodies[403]>;
    readonly 500: Validator<ListWebhooksErrorBodies[500]>;
};
/** The bare checks the client runs for listWebhooks: the input (strict) and the success bodies by status. */
export declare const listWebhooksChecks: OperationChecks;
