import type { GetContactPropertyErrorBodies, GetContactPropertyInput, GetContactPropertyResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}); requests are always checked strictly. */
export declare const getContactPropertyRequest: Validator<GetContactPropertyInput>;
/** Validates the 200 response body of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}). */
export declare const getContactPropertyResponse200: Validator<GetContactPropertyResult>;
/** Validates the 400 response body of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}). */
export declare const getContactPropertyResponse400: Validator<GetContactPropertyErrorBodies[400]>;
/** Validates the 401 response body of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}). */
export declare const getContactPropertyResponse401: Validator<GetContactPropertyErrorBodies[401]>;
/** Validates the 403 response body of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}). */
export declare const getContactPropertyResponse403: Validator<GetContactPropertyErrorBodies[403]>;
/** Validates the 404 response body of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}). */
export declare const getContactPropertyResponse404: Validator<GetContactPropertyErrorBodies[404]>;
/** Validates the 500 response body of getContactProperty (GET /contacts/{contactId}/properties/{propertyId}). */
export declare const getContactPropertyResponse500: Validator<GetContactPropertyErrorBodies[500]>;
/** Response body validators of getContactProperty by status; absent statuses have no documented body. */
export declare const getContactPropertyResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetContactPropertyResult>;
    readonly 400: Validator<GetContactPropertyErrorBodies[400]>;
    readonly 401: Validator<GetContactPropertyErrorBodies[401]>;
    readonly 403: Validator<GetContactPropertyErrorBodies[403]>;
    readonly 404: Validator<GetContactPropertyErrorBodies[404]>;
    readonly 500: Validator<GetContactPropertyErrorBodies[500]>;
};
/** The bare checks the client runs for getContactProperty: the input (strict) and the success bodies by status. */
export declare const getContactPropertyChecks: OperationChecks;
