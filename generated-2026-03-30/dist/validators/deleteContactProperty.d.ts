import type { DeleteContactPropertyErrorBodies, DeleteContactPropertyInput } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of deleteContactProperty (DELETE /contacts/{contactId}/properties/{propertyId}); requests are always checked strictly. */
export declare const deleteContactPropertyRequest: Validator<DeleteContactPropertyInput>;
/** Validates the 400 response body of deleteContactProperty (DELETE /contacts/{contactId}/properties/{propertyId}). */
export declare const deleteContactPropertyResponse400: Validator<DeleteContactPropertyErrorBodies[400]>;
/** Validates the 401 response body of deleteContactProperty (DELETE /contacts/{contactId}/properties/{propertyId}). */
export declare const deleteContactPropertyResponse401: Validator<DeleteContactPropertyErrorBodies[401]>;
/** Validates the 403 response body of deleteContactProperty (DELETE /contacts/{contactId}/properties/{propertyId}). */
export declare const deleteContactPropertyResponse403: Validator<DeleteContactPropertyErrorBodies[403]>;
/** Validates the 404 response body of deleteContactProperty (DELETE /contacts/{contactId}/properties/{propertyId}). */
export declare const deleteContactPropertyResponse404: Validator<DeleteContactPropertyErrorBodies[404]>;
/** Validates the 500 response body of deleteContactProperty (DELETE /contacts/{contactId}/properties/{propertyId}). */
export declare const deleteContactPropertyResponse500: Validator<DeleteContactPropertyErrorBodies[500]>;
/** Response body validators of deleteContactProperty by status; absent statuses have no documented body. */
export declare const deleteContactPropertyResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 400: Validator<DeleteContactPropertyErrorBodies[400]>;
    readonly 401: Validator<DeleteContactPropertyErrorBodies[401]>;
    readonly 403: Validator<DeleteContactPropertyErrorBodies[403]>;
    readonly 404: Validator<DeleteContactPropertyErrorBodies[404]>;
    readonly 500: Validator<DeleteContactPropertyErrorBodies[500]>;
};
/** The bare checks the client runs for deleteContactProperty: the input (strict) and the success bodies by status. */
export declare const deleteContactPropertyChecks: OperationChecks;
