import type { RetryMessageErrorBodies, RetryMessageInput, RetryMessageResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of retryMessage (POST /messages/{messageId}/retry); requests are always checked strictly. */
export declare const retryMessageRequest: Validator<RetryMessageInput>;
/** Validates the 202 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse202: Validator<RetryMessageResult>;
/** Validates the 400 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse400: Validator<RetryMessageErrorBodies[400]>;
/** Validates the 401 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse401: Validator<RetryMessageErrorBodies[401]>;
/** Validates the 403 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse403: Validator<RetryMessageErrorBodies[403]>;
/** Validates the 404 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse404: Validator<RetryMessageErrorBodies[404]>;
/** Validates the 422 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse422: Validator<RetryMessageErrorBodies[422]>;
/** Validates the 500 response body of retryMessage (POST /messages/{messageId}/retry). */
export declare const retryMessageResponse500: Validator<RetryMessageErrorBodies[500]>;
/** Response body validators of retryMessage by status; absent statuses have no documented body. */
export declare const retryMessageResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 202: Validator<RetryMessageResult>;
    readonly 400: Validator<RetryMessageErrorBodies[400]>;
    readonly 401: Validator<RetryMessageErrorBodies[401]>;
    readonly 403: Validator<RetryMessageErrorBodies[403]>;
    readonly 404: Validator<RetryMessageErrorBodies[404]>;
    readonly 422: Validator<RetryMessageErrorBodies[422]>;
    readonly 500: Validator<RetryMessageErrorBodies[500]>;
};
/** The bare checks the client runs for retryMessage: the input (strict) and the success bodies by status. */
export declare const retryMessageChecks: OperationChecks;
