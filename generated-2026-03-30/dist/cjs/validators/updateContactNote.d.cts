import type { UpdateContactNoteErrorBodies, UpdateContactNoteInput, UpdateContactNoteResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}); requests are always checked strictly. */
export declare const updateContactNoteRequest: Validator<UpdateContactNoteInput>;
/** Validates the 200 response body of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}). */
export declare const updateContactNoteResponse200: Validator<UpdateContactNoteResult>;
/** Validates the 400 response body of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}). */
export declare const updateContactNoteResponse400: Validator<UpdateContactNoteErrorBodies[400]>;
/** Validates the 401 response body of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}). */
export declare const updateContactNoteResponse401: Validator<UpdateContactNoteErrorBodies[401]>;
/** Validates the 403 response body of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}). */
export declare const updateContactNoteResponse403: Validator<UpdateContactNoteErrorBodies[403]>;
/** Validates the 404 response body of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}). */
export declare const updateContactNoteResponse404: Validator<UpdateContactNoteErrorBodies[404]>;
/** Validates the 500 response body of updateContactNote (PATCH /contacts/{contactId}/notes/{noteId}). */
export declare const updateContactNoteResponse500: Validator<UpdateContactNoteErrorBodies[500]>;
/** Response body validators of updateContactNote by status; absent statuses have no documented body. */
export declare const updateContactNoteResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateContactNoteResult>;
    readonly 400: Validator<UpdateContactNoteErrorBodies[400]>;
    readonly 401: Validator<UpdateContactNoteErrorBodies[401]>;
    readonly 403: Validator<UpdateContactNoteErrorBodies[403]>;
    readonly 404: Validator<UpdateContactNoteErrorBodies[404]>;
    readonly 500: Validator<UpdateContactNoteErrorBodies[500]>;
};
/** The bare checks the client runs for updateContactNote: the input (strict) and the success bodies by status. */
export declare const updateContactNoteChecks: OperationChecks;
