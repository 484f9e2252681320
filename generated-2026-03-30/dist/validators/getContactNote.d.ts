import type { GetContactNoteErrorBodies, GetContactNoteInput, GetContactNoteResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getContactNote (GET /contacts/{contactId}/notes/{noteId}); requests are always checked strictly. */
export declare const getContactNoteRequest: Validator<GetContactNoteInput>;
/** Validates the 200 response body of getContactNote (GET /contacts/{contactId}/notes/{noteId}). */
export declare const getContactNoteResponse200: Validator<GetContactNoteResult>;
/** Validates the 400 response body of getContactNote (GET /contacts/{contactId}/notes/{noteId}). */
export declare const getContactNoteResponse400: Validator<GetContactNoteErrorBodies[400]>;
/** Validates the 401 response body of getContactNote (GET /contacts/{contactId}/notes/{noteId}). */
export declare const getContactNoteResponse401: Validator<GetContactNoteErrorBodies[401]>;
/** Validates the 403 response body of getContactNote (GET /contacts/{contactId}/notes/{noteId}). */
export declare const getContactNoteResponse403: Validator<GetContactNoteErrorBodies[403]>;
/** Validates the 404 response body of getContactNote (GET /contacts/{contactId}/notes/{noteId}). */
export declare const getContactNoteResponse404: Validator<GetContactNoteErrorBodies[404]>;
/** Validates the 500 response body of getContactNote (GET /contacts/{contactId}/notes/{noteId}). */
export declare const getContactNoteResponse500: Validator<GetContactNoteErrorBodies[500]>;
/** Response body validators of getContactNote by status; absent statuses have no documented body. */
export declare const getContactNoteResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetContactNoteResult>;
    readonly 400: Validator<GetContactNoteErrorBodies[400]>;
    readonly 401: Validator<GetContactNoteErrorBodies[401]>;
    readonly 403: Validator<GetContactNoteErrorBodies[403]>;
    readonly 404: Validator<GetContactNoteErrorBodies[404]>;
    readonly 500: Validator<GetContactNoteErrorBodies[500]>;
};
/** The bare checks the client runs for getContactNote: the input (strict) and the success bodies by status. */
export declare const getContactNoteChecks: OperationChecks;
