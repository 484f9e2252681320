import type { ListCallsErrorBodies, ListCallsInput, ListCallsResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of listCalls (GET /calls); requests are always checked strictly. */
export declare const listCallsRequest: Validator<ListCallsInput>;
/** Validates the 200 response body of listCalls (GET /calls). */
export declare const listCallsResponse200: Validator<ListCallsResult>;
/** Validates the 400 response body of listCalls (GET /calls). */
export declare const listCallsResponse400: Validator<ListCallsErrorBodies[400]>;
/** Validates the 401 response body of listCalls (GET /calls). */
export declare const listCallsResponse401: Validator<ListCallsErrorBodies[401]>;
/** Validates the 403 response body of listCalls (GET /calls). */
export declare const listCallsResponse403: Validator<ListCallsErrorBodies[403]>;
/** Validates the 404 response body of listCalls (GET /calls). */
export declare const listCallsResponse404: Validator<ListCallsErrorBodies[404]>;
/** Validates the 500 response body of listCalls (GET /calls). */
export declare const listCallsResponse500: Validator<ListCallsErrorBodies[500]>;
/** Response body validators of listCalls by status; absent statuses have no documented body. */
export declare const listCallsResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListCallsResult>;
    readonly 400: Validator<ListCallsErrorBodies[400]>;
    readonly 401: Validator<ListCallsErrorBodies[401]>;
    readonly 403: Validator<ListCallsErrorBodies[403]>;
    readonly 404: Validator<ListCallsErrorBodies[404]>;
    readonly 500: Validator<ListCallsErrorBodies[500]>;
};
/** The bare checks the client runs for listCalls: the input (strict) and the success bodies by status. */
export declare const listCallsChecks: OperationChecks;
