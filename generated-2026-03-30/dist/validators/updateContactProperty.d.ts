import type { UpdateContactPropertyErrorBodies, UpdateContactPropertyInput, UpdateContactPropertyResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}); requests are always checked strictly. */
export declare const updateContactPropertyRequest: Validator<UpdateContactPropertyInput>;
/** Validates the 200 response body of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}). */
export declare const updateContactPropertyResponse200: Validator<UpdateContactPropertyResult>;
/** Validates the 400 response body of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}). */
export declare const updateContactPropertyResponse400: Validator<UpdateContactPropertyErrorBodies[400]>;
/** Validates the 401 response body of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}). */
export declare const updateContactPropertyResponse401: Validator<UpdateContactPropertyErrorBodies[401]>;
/** Validates the 403 response body of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}). */
export declare const updateContactPropertyResponse403: Validator<UpdateContactPropertyErrorBodies[403]>;
/** Validates the 404 response body of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}). */
export declare const updateContactPropertyResponse404: Validator<UpdateContactPropertyErrorBodies[404]>;
/** Validates the 500 response body of updateContactProperty (PATCH /contacts/{contactId}/properties/{propertyId}). */
export declare const updateContactPropertyResponse500: Validator<UpdateContactPropertyErrorBodies[500]>;
/** Response body validators of updateContactProperty by status; absent statuses have no documented body. */
export declare const updateContactPropertyResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<UpdateContactPropertyResult>;
    readonly 400: Validator<UpdateContactPropertyErrorBodies[400]>;
    readonly 401: Validator<UpdateContactPropertyErrorBodies[401]>;
    readonly 403: Validator<UpdateContactPropertyErrorBodies[403]>;
    readonly 404: Validator<UpdateContactPropertyErrorBodies[404]>;
    readonly 500: Validator<UpdateContactPropertyErrorBodies[500]>;
};
/** The bare checks the client runs for updateContactProperty: the input (strict) and the success bodies by status. */
export declare const updateContactPropertyChecks: OperationChecks;
