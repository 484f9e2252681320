import type { ListContactsErrorBodies, ListContactsInput, ListContactsResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listContacts (GET /contacts); requests are always checked strictly. */
export declare const listContactsRequest: Validator<ListContactsInput>;
/** Validates the 200 response body of listContacts (GET /contacts). */
export declare const listContactsResponse200: Validator<ListContactsResult>;
/** Validates the 400 response body of listContacts (GET /contacts). */
export declare const listContactsResponse400: Validator<ListContactsErrorBodies[400]>;
/** Validates the 401 response body of listContacts (GET /contacts). */
export declare const listContactsResponse401: Validator<ListContactsErrorBodies[401]>;
/** Validates the 403 response body of listContacts (GET /contacts). */
export declare const listContactsResponse403: Validator<ListContactsErrorBodies[403]>;
/** Validates the 404 response body of listContacts (GET /contacts). */
export declare const listContactsResponse404: Validator<ListContactsErrorBodies[404]>;
/** Validates the 500 response body of listContacts (GET /contacts). */
export declare const listContactsResponse500: Validator<ListContactsErrorBodies[500]>;
/** Response body validators of listContacts by status; absent statuses have no documented body. */
export declare const listContactsResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListContactsResult>;
    readonly 400: Validator<ListContactsErrorBodies[400]>;
    readonly 401: Validator<ListContactsErrorBodies[401]>;
    readonly 403: Validator<ListContactsErrorBodies[403]>;
    readonly 404: Validator<ListContactsErrorBodies[404]>;
    readonly 500: Validator<ListContactsErrorBodies[500]>;
};
/** The bare checks the client runs for listContacts: the input (strict) and the success bodies by status. */
export declare const listContactsChecks: OperationChecks;
