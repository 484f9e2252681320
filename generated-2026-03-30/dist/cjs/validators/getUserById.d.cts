import type { GetUserByIdErrorBodies, GetUserByIdInput, GetUserByIdResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getUserById (GET /users/{userId}); requests are always checked strictly. */
export declare const getUserByIdRequest: Validator<GetUserByIdInput>;
/** Validates the 200 response body of getUserById (GET /users/{userId}). */
export declare const getUserByIdResponse200: Validator<GetUserByIdResult>;
/** Validates the 400 response body of getUserById (GET /users/{userId}). */
export declare const getUserByIdResponse400: Validator<GetUserByIdErrorBodies[400]>;
/** Validates the 401 response body of getUserById (GET /users/{userId}). */
export declare const getUserByIdResponse401: Validator<GetUserByIdErrorBodies[401]>;
/** Validates the 403 response body of getUserById (GET /users/{userId}). */
export declare const getUserByIdResponse403: Validator<GetUserByIdErrorBodies[403]>;
/** Validates the 404 response body of getUserById (GET /users/{userId}). */
export declare const getUserByIdResponse404: Validator<GetUserByIdErrorBodies[404]>;
/** Validates the 500 response body of getUserById (GET /users/{userId}). */
export declare const getUserByIdResponse500: Validator<GetUserByIdErrorBodies[500]>;
/** Response body validators of getUserById by status; absent statuses have no documented body. */
export declare const getUserByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetUserByIdResult>;
    readonly 400: Validator<GetUserByIdErrorBodies[400]>;
    readonly 401: Validator<GetUserByIdErrorBodies[401]>;
    readonly 403: Validator<GetUserByIdErrorBodies[403]>;
    readonly 404: Validator<GetUserByIdErrorBodies[404]>;
    readonly 500: Validator<GetUserByIdErrorBodies[500]>;
};
/** The bare checks the client runs for getUserById: the input (strict) and the success bodies by status. */
export declare const getUserByIdChecks: OperationChecks;
