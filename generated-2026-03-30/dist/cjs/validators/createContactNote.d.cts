import type { CreateContactNoteErrorBodies, CreateContactNoteInput, CreateContactNoteResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of createContactNote (POST /contacts/{contactId}/notes); requests are always checked strictly. */
export declare const createContactNoteRequest: Validator<CreateContactNoteInput>;
/** Validates the 200 response body of createContactNote (POST /contacts/{contactId}/notes). */
export declare const createContactNoteResponse200: Validator<CreateContactNoteResult>;
/** Validates the 400 response body of createContactNote (POST /contacts/{contactId}/notes). */
export declare const createContactNoteResponse400: Validator<CreateContactNoteErrorBodies[400]>;
/** Validates the 401 response body of createContactNote (POST /contacts/{contactId}/notes). */
export declare const createContactNoteResponse401: Validator<CreateContactNoteErrorBodies[401]>;
/** Validates the 403 response body of createContactNote (POST /contacts/{contactId}/notes). */
export declare const createContactNoteResponse403: Validator<CreateContactNoteErrorBodies[403]>;
/** Validates the 404 response body of createContactNote (POST /contacts/{contactId}/notes). */
export declare const createContactNoteResponse404: Validator<CreateContactNoteErrorBodies[404]>;
/** Validates the 500 response body of createContactNote (POST /contacts/{contactId}/notes). */
export declare const createContactNoteResponse500: Validator<CreateContactNoteErrorBodies[500]>;
/** Response body validators of createContactNote by status; absent statuses have no documented body. */
export declare const createContactNoteResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<CreateContactNoteResult>;
    readonly 400: Validator<CreateContactNoteErrorBodies[400]>;
    readonly 401: Validator<CreateContactNoteErrorBodies[401]>;
    readonly 403: Validator<CreateContactNoteErrorBodies[403]>;
    readonly 404: Validator<CreateContactNoteErrorBodies[404]>;
    readonly 500: Validator<CreateContactNoteErrorBodies[500]>;
};
/** The bare checks the client runs for createContactNote: the input (strict) and the success bodies by status. */
export declare const createContactNoteChecks: OperationChecks;
