import type { ListUsersErrorBodies, ListUsersInput, ListUsersResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listUsers (GET /users); requests are always checked strictly. */
export declare const listUsersRequest: Validator<ListUsersInput>;
/** Validates the 200 response body of listUsers (GET /users). */
export declare const listUsersResponse200: Validator<ListUsersResult>;
/** Validates the 400 response body of listUsers (GET /users). */
export declare const listUsersResponse400: Validator<ListUsersErrorBodies[400]>;
/** Validates the 401 response body of listUsers (GET /users). */
export declare const listUsersResponse401: Validator<ListUsersErrorBodies[401]>;
/** Validates the 403 response body of listUsers (GET /users). */
export declare const listUsersResponse403: Validator<ListUsersErrorBodies[403]>;
/** Validates the 500 response body of listUsers (GET /users). */
export declare const listUsersResponse500: Validator<ListUsersErrorBodies[500]>;
/** Response body validators of listUsers by status; absent statuses have no documented body. */
export declare const listUsersResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListUsersResult>;
    readonly 400: Validator<ListUsersErrorBodies[400]>;
    readonly 401: Validator<ListUsersErrorBodies[401]>;
    readonly 403: Validator<ListUsersErrorBodies[403]>;
    readonly 500: Validator<ListUsersErrorBodies[500]>;
};
/** The bare checks the client runs for listUsers: the input (strict) and the success bodies by status. */
export declare const listUsersChecks: OperationChecks;
