import type { GetContactByIdErrorBodies, GetContactByIdInput, GetContactByIdResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getContactById (GET /contacts/{contactId}); requests are always checked strictly. */
export declare const getContactByIdRequest: Validator<GetContactByIdInput>;
/** Validates the 200 response body of getContactById (GET /contacts/{contactId}). */
export declare const getContactByIdResponse200: Validator<GetContactByIdResult>;
/** Validates the 400 response body of getContactById (GET /contacts/{contactId}). */
export declare const getContactByIdResponse400: Validator<GetContactByIdErrorBodies[400]>;
/** Validates the 401 response body of getContactById (GET /contacts/{contactId}). */
export declare const getContactByIdResponse401: Validator<GetContactByIdErrorBodies[401]>;
/** Validates the 403 response body of getContactById (GET /contacts/{contactId}). */
export declare const getContactByIdResponse403: Validator<GetContactByIdErrorBodies[403]>;
/** Validates the 404 response body of getContactById (GET /contacts/{contactId}). */
export declare const getContactByIdResponse404: Validator<GetContactByIdErrorBodies[404]>;
/** Validates the 500 response body of getContactById (GET /contacts/{contactId}). */
export declare const getContactByIdResponse500: Validator<GetContactByIdErrorBodies[500]>;
/** Response body validators of getContactById by status; absent statuses have no documented body. */
export declare const getContactByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetContactByIdResult>;
    readonly 400: Validator<GetContactByIdErrorBodies[400]>;
    readonly 401: Validator<GetContactByIdErrorBodies[401]>;
    readonly 403: Validator<GetContactByIdErrorBodies[403]>;
    readonly 404: Validator<GetContactByIdErrorBodies[404]>;
    readonly 500: Validator<GetContactByIdErrorBodies[500]>;
};
/** The bare checks the client runs for getContactById: the input (strict) and the success bodies by status. */
export declare const getContactByIdChecks: OperationChecks;
