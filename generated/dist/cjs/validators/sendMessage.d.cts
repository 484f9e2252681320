import type { SendMessageErrorBodies, SendMessageInput, SendMessageResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of sendMessage (POST /v1/messages); requests are always checked strictly. */
export declare const sendMessageRequest: Validator<SendMessageInput>;
/** Validates the 202 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse202: Validator<SendMessageResult>;
/** Validates the 400 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse400: Validator<SendMessageErrorBodies[400]>;
/** Validates the 401 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse401: Validator<SendMessageErrorBodies[401]>;
/** Validates the 402 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse402: Validator<SendMessageErrorBodies[402]>;
/** Validates the 403 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse403: Validator<SendMessageErrorBodies[403]>;
/** Validates the 404 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse404: Validator<SendMessageErrorBodies[404]>;
/** Validates the 500 response body of sendMessage (POST /v1/messages). */
export declare const sendMessageResponse500: Validator<SendMessageErrorBodies[500]>;
/** Response body validators of sendMessage by status; absent statuses have no documented body. */
export declare const sendMessageResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 202: Validator<SendMessageResult>;
    readonly 400: Validator<SendMessageErrorBodies[400]>;
    readonly 401: Validator<SendMessageErrorBodies[401]>;
    readonly 402: Validator<SendMessageErrorBodies[402]>;
    readonly 403: Validator<SendMessageErrorBodies[403]>;
    readonly 404: Validator<SendMessageErrorBodies[404]>;
    readonly 500: Validator<SendMessageErrorBodies[500]>;
};
/** The bare checks the client runs for sendMessage: the input (strict) and the success bodies by status. */
export declare const sendMessageChecks: OperationChecks;
