import type { UpdateContactByIdErrorBodies, UpdateContactByIdInput, UpdateContactByIdResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of updateContactById (PATCH /contacts/{contactId}); requests are always checked strictly. */
export declare const updateContactByIdRequest: Validator<UpdateContactByIdInput>;
/** Validates the 200 response body of updateContactById (PATCH /contacts/{contactId}). */
export declare const updateContactByIdResponse200: Validator<UpdateContactByIdResult>;
/** Validates the 400 response body of updateContactById (PATCH /contacts/{contactId}). */
export declare const updateContactByIdResponse400: Validator<UpdateContactByIdErrorBodies[400]>;
/** Validates the 401 response body of updateContactById (PATCH /contacts/{contactId}). */
export declare const updateContactByIdResponse401: Validator<UpdateContactByIdErrorBodies[401]>;
/** Validates the 403 response body of updateContactById (PATCH /contacts/{contactId}). */
export declare const updateContactByIdResponse403: Validator<UpdateContactByIdErrorBodies[403]>;
/** Validates the 404 response body of updateContactById (PATCH /contacts/{contactId}). */
export declare const updateContactByIdResponse404: Validator<UpdateContactByIdErrorBodies[404]>;
/** Validates the 500 response body of updateContactById (PATCH /contacts/{contactId}). */
export declare const updateContactByIdResponse500: Validator<UpdateContactByIdErrorBodies[500]>;
/** Response body validators of updateContactById by status; absent statuses have no documented body. */
export declare const updateContactByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateContactByIdResult>;
    readonly 400: Validator<UpdateContactByIdErrorBodies[400]>;
    readonly 401: Validator<UpdateContactByIdErrorBodies[401]>;
    readonly 403: Validator<UpdateContactByIdErrorBodies[403]>;
    readonly 404: Validator<UpdateContactByIdErrorBodies[404]>;
    readonly 500: Validator<UpdateContactByIdErrorBodies[500]>;
};
/** The bare checks the client runs for updateContactById: the input (strict) and the success bodies by status. */
export declare const updateContactByIdChecks: OperationChecks;
