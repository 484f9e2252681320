import type { ListMessagesErrorBodies, ListMessagesInput, ListMessagesResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of listMessages (GET /messages); requests are always checked strictly. */
export declare const listMessagesRequest: Validator<ListMessagesInput>;
/** Validates the 200 response body of listMessages (GET /messages). */
export declare const listMessagesResponse200: Validator<ListMessagesResult>;
/** Validates the 400 response body of listMessages (GET /messages). */
export declare const listMessagesResponse400: Validator<ListMessagesErrorBodies[400]>;
/** Validates the 401 response body of listMessages (GET /messages). */
export declare const listMessagesResponse401: Validator<ListMessagesErrorBodies[401]>;
/** Validates the 403 response body of listMessages (GET /messages). */
export declare const listMessagesResponse403: Validator<ListMessagesErrorBodies[403]>;
/** Validates the 404 response body of listMessages (GET /messages). */
export declare const listMessagesResponse404: Validator<ListMessagesErrorBodies[404]>;
/** Validates the 422 response body of listMessages (GET /messages). */
export declare const listMessagesResponse422: Validator<ListMessagesErrorBodies[422]>;
/** Validates the 500 response body of listMessages (GET /messages). */
export declare const listMessagesResponse500: Validator<ListMessagesErrorBodies[500]>;
/** Response body validators of listMessages by status; absent statuses have no documented body. */
export declare const listMessagesResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListMessagesResult>;
    readonly 400: Validator<ListMessagesErrorBodies[400]>;
    readonly 401: Validator<ListMessagesErrorBodies[401]>;
    readonly 403: Validator<ListMessagesErrorBodies[403]>;
    readonly 404: Validator<ListMessagesErrorBodies[404]>;
    readonly 422: Validator<ListMessagesErrorBodies[422]>;
    readonly 500: Validator<ListMessagesErrorBodies[500]>;
};
/** The bare checks the client runs for listMessages: the input (strict) and the success bodies by status. */
export declare const listMessagesChecks: OperationChecks;
