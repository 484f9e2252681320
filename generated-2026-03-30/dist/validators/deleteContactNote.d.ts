import type { DeleteContactNoteErrorBodies, DeleteContactNoteInput } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of deleteContactNote (DELETE /contacts/{contactId}/notes/{noteId}); requests are always checked strictly. */
export declare const deleteContactNoteRequest: Validator<DeleteContactNoteInput>;
/** Validates the 400 response body of deleteContactNote (DELETE /contacts/{contactId}/notes/{noteId}). */
export declare const deleteContactNoteResponse400: Validator<DeleteContactNoteErrorBodies[400]>;
/** Validates the 401 response body of deleteContactNote (DELETE /contacts/{contactId}/notes/{noteId}). */
export declare const deleteContactNoteResponse401: Validator<DeleteContactNoteErrorBodies[401]>;
/** Validates the 403 response body of deleteContactNote (DELETE /contacts/{contactId}/notes/{noteId}). */
export declare const deleteContactNoteResponse403: Validator<DeleteContactNoteErrorBodies[403]>;
/** Validates the 404 response body of deleteContactNote (DELETE /contacts/{contactId}/notes/{noteId}). */
export declare const deleteContactNoteResponse404: Validator<DeleteContactNoteErrorBodies[404]>;
/** Validates the 500 response body of deleteContactNote (DELETE /contacts/{contactId}/notes/{noteId}). */
export declare const deleteContactNoteResponse500: Validator<DeleteContactNoteErrorBodies[500]>;
/** Response body validators of deleteContactNote by status; absent statuses have no documented body. */
export declare const deleteContactNoteResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 400: Validator<DeleteContactNoteErrorBodies[400]>;
    readonly 401: Validator<DeleteContactNoteErrorBodies[401]>;
    readonly 403: Validator<DeleteContactNoteErrorBodies[403]>;
    readonly 404: Validator<DeleteContactNoteErrorBodies[404]>;
    readonly 500: Validator<DeleteContactNoteErrorBodies[500]>;
};
/** The bare checks the client runs for deleteContactNote: the input (strict) and the success bodies by status. */
export declare const deleteContactNoteChecks: OperationChecks;
