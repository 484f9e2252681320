import type { ListContactSharesErrorBodies, ListContactSharesInput, ListContactSharesResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listContactShares (GET /contacts/{contactId}/shares); requests are always checked strictly. */
export declare const listContactSharesRequest: Validator<ListContactSharesInput>;
/** Validates the 200 response body of listContactShares (GET /contacts/{contactId}/shares). */
export declare const listContactSharesResponse200: Validator<ListContactSharesResult>;
/** Validates the 400 response body of listContactShares (GET /contacts/{contactId}/shares). */
export declare const listContactSharesResponse400: Validator<ListContactSharesErrorBodies[400]>;
/** Validates the 401 response body of listContactShares (GET /contacts/{contactId}/shares). */
export declare const listContactSharesResponse401: Validator<ListContactSharesErrorBodies[401]>;
/** Validates the 403 response body of listContactShares (GET /contacts/{contactId}/shares). */
export declare const listContactSharesResponse403: Validator<ListContactSharesErrorBodies[403]>;
/** Validates the 404 response body of listContactShares (GET /contacts/{contactId}/shares). */
export declare const listContactSharesResponse404: Validator<ListContactSharesErrorBodies[404]>;
/** Validates the 500 response body of listContactShares (GET /contacts/{contactId}/shares). */
export declare const listContactSharesResponse500: Validator<ListContactSharesErrorBodies[500]>;
/** Response body validators of listContactShares by status; absent statuses have no documented body. */
export declare const listContactSharesResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListContactSharesResult>;
    readonly 400: Validator<ListContactSharesErrorBodies[400]>;
    readonly 401: Validator<ListContactSharesErrorBodies[401]>;
    readonly 403: Validator<ListContactSharesErrorBodies[403]>;
    readonly 404: Validator<ListContactSharesErrorBodies[404]>;
    readonly 500: Validator<ListContactSharesErrorBodies[500]>;
};
/** The bare checks the client runs for listContactShares: the input (strict) and the success bodies by status. */
export declare const listContactSharesChecks: OperationChecks;
