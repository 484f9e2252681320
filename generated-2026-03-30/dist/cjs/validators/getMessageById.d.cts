import type { GetMessageByIdErrorBodies, GetMessageByIdInput, GetMessageByIdResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getMessageById (GET /messages/{messageId}); requests are always checked strictly. */
export declare const getMessageByIdRequest: Validator<GetMessageByIdInput>;
/** Validates the 200 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse200: Validator<GetMessageByIdResult>;
/** Validates the 400 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse400: Validator<GetMessageByIdErrorBodies[400]>;
/** Validates the 401 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse401: Validator<GetMessageByIdErrorBodies[401]>;
/** Validates the 403 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse403: Validator<GetMessageByIdErrorBodies[403]>;
/** Validates the 404 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse404: Validator<GetMessageByIdErrorBodies[404]>;
/** Validates the 422 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse422: Validator<GetMessageByIdErrorBodies[422]>;
/** Validates the 500 response body of getMessageById (GET /messages/{messageId}). */
export declare const getMessageByIdResponse500: Validator<GetMessageByIdErrorBodies[500]>;
/** Response body validators of getMessageById by status; absent statuses have no documented body. */
export declare const getMessageByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetMessageByIdResult>;
    readonly 400: Validator<GetMessageByIdErrorBodies[400]>;
    readonly 401: Validator<GetMessageByIdErrorBodies[401]>;
    readonly 403: Validator<GetMessageByIdErrorBodies[403]>;
    readonly 404: Validator<GetMessageByIdErrorBodies[404]>;
    readonly 422: Validator<GetMessageByIdErrorBodies[422]>;
    readonly 500: Validator<GetMessageByIdErrorBodies[500]>;
};
/** The bare checks the client runs for getMessageById: the input (strict) and the success bodies by status. */
export declare const getMessageByIdChecks: OperationChecks;
