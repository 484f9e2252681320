import type { DeleteContactErrorBodies, DeleteContactInput } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of deleteContact (DELETE /contacts/{contactId}); requests are always checked strictly. */
export declare const deleteContactRequest: Validator<DeleteContactInput>;
/** Validates the 400 response body of deleteContact (DELETE /contacts/{contactId}). */
export declare const deleteContactResponse400: Validator<DeleteContactErrorBodies[400]>;
/** Validates the 401 response body of deleteContact (DELETE /contacts/{contactId}). */
export declare const deleteContactResponse401: Validator<DeleteContactErrorBodies[401]>;
/** Validates the 403 response body of deleteContact (DELETE /contacts/{contactId}). */
export declare const deleteContactResponse403: Validator<DeleteContactErrorBodies[403]>;
/** Validates the 404 response body of deleteContact (DELETE /contacts/{contactId}). */
export declare const deleteContactResponse404: Validator<DeleteContactErrorBodies[404]>;
/** Validates the 500 response body of deleteContact (DELETE /contacts/{contactId}). */
export declare const deleteContactResponse500: Validator<DeleteContactErrorBodies[500]>;
/** Response body validators of deleteContact by status; absent statuses have no documented body. */
export declare const deleteContactResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 400: Validator<DeleteContactErrorBodies[400]>;
    readonly 401: Validator<DeleteContactErrorBodies[401]>;
    readonly 403: Validator<DeleteContactErrorBodies[403]>;
    readonly 404: Validator<DeleteContactErrorBodies[404]>;
    readonly 500: Validator<DeleteContactErrorBodies[500]>;
};
/** The bare checks the client runs for deleteContact: the input (strict) and the success bodies by status. */
export declare const deleteContactChecks: OperationChecks;
