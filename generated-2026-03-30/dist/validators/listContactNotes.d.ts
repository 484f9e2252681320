import type { ListContactNotesErrorBodies, ListContactNotesInput, ListContactNotesResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listContactNotes (GET /contacts/{contactId}/notes); requests are always checked strictly. */
export declare const listContactNotesRequest: Validator<ListContactNotesInput>;
/** Validates the 200 response body of listContactNotes (GET /contacts/{contactId}/notes). */
export declare const listContactNotesResponse200: Validator<ListContactNotesResult>;
/** Validates the 400 response body of listContactNotes (GET /contacts/{contactId}/notes). */
export declare const listContactNotesResponse400: Validator<ListContactNotesErrorBodies[400]>;
/** Validates the 401 response body of listContactNotes (GET /contacts/{contactId}/notes). */
export declare const listContactNotesResponse401: Validator<ListContactNotesErrorBodies[401]>;
/** Validates the 403 response body of listContactNotes (GET /contacts/{contactId}/notes). */
export declare const listContactNotesResponse403: Validator<ListContactNotesErrorBodies[403]>;
/** Validates the 404 response body of listContactNotes (GET /contacts/{contactId}/notes). */
export declare const listContactNotesResponse404: Validator<ListContactNotesErrorBodies[404]>;
/** Validates the 500 response body of listContactNotes (GET /contacts/{contactId}/notes). */
export declare const listContactNotesResponse500: Validator<ListContactNotesErrorBodies[500]>;
/** Response body validators of listContactNotes by status; absent statuses have no documented body. */
export declare const listContactNotesResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListContactNotesResult>;
    readonly 400: Validator<ListContactNotesErrorBodies[400]>;
    readonly 401: Validator<ListContactNotesErrorBodies[401]>;
    readonly 403: Validator<ListContactNotesErrorBodies[403]>;
    readonly 404: Validator<ListContactNotesErrorBodies[404]>;
    readonly 500: Validator<ListContactNotesErrorBodies[500]>;
};
/** The bare checks the client runs for listContactNotes: the input (strict) and the success bodies by status. */
export declare const listContactNotesChecks: OperationChecks;
