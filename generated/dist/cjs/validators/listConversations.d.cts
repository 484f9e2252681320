import type { ListConversationsErrorBodies, ListConversationsInput, ListConversationsResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of listConversations (GET /v1/conversations); requests are always checked strictly. */
export declare const listConversationsRequest: Validator<ListConversationsInput>;
/** Validates the 200 response body of listConversations (GET /v1/conversations). */
export declare const listConversationsResponse200: Validator<ListConversationsResult>;
/** Validates the 400 response body of listConversations (GET /v1/conversations). */
export declare const listConversationsResponse400: Validator<ListConversationsErrorBodies[400]>;
/** Validates the 401 response body of listConversations (GET /v1/conversations). */
export declare const listConversationsResponse401: Validator<ListConversationsErrorBodies[401]>;
/** Validates the 403 response body of listConversations (GET /v1/conversations). */
export declare const listConversationsResponse403: Validator<ListConversationsErrorBodies[403]>;
/** Validates the 404 response body of listConversations (GET /v1/conversations). */
export declare const listConversationsResponse404: Validator<ListConversationsErrorBodies[404]>;
/** Validates the 500 response body of listConversations (GET /v1/conversations). */
export declare const listConversationsResponse500: Validator<ListConversationsErrorBodies[500]>;
/** Response body validators of listConversations by status; absent statuses have no documented body. */
export declare const listConversationsResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListConversationsResult>;
    readonly 400: Validator<ListConversationsErrorBodies[400]>;
    readonly 401: Validator<ListConversationsErrorBodies[401]>;
    readonly 403: Validator<ListConversationsErrorBodies[403]>;
    readonly 404: Validator<ListConversationsErrorBodies[404]>;
    readonly 500: Validator<ListConversationsErrorBodies[500]>;
};
/** The bare checks the client runs for listConversations: the input (strict) and the success bodies by status. */
export declare const listConversationsChecks: OperationChecks;
