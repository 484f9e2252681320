import type { CreateContactPropertyErrorBodies, CreateContactPropertyInput, CreateContactPropertyResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of createContactProperty (POST /contacts/{contactId}/properties); requests are always checked strictly. */
export declare const createContactPropertyRequest: Validator<CreateContactPropertyInput>;
/** Validates the 200 response body of createContactProperty (POST /contacts/{contactId}/properties). */
export declare const createContactPropertyResponse200: Validator<CreateContactPropertyResult>;
/** Validates the 400 response body of createContactProperty (POST /contacts/{contactId}/properties). */
export declare const createContactPropertyResponse400: Validator<CreateContactPropertyErrorBodies[400]>;
/** Validates the 401 response body of createContactProperty (POST /contacts/{contactId}/properties). */
export declare const createContactPropertyResponse401: Validator<CreateContactPropertyErrorBodies[401]>;
/** Validates the 403 response body of createContactProperty (POST /contacts/{contactId}/properties). */
export declare const createContactPropertyResponse403: Validator<CreateContactPropertyErrorBodies[403]>;
/** Validates the 404 response body of createContactProperty (POST /contacts/{contactId}/properties). */
export declare const createContactPropertyResponse404: Validator<CreateContactPropertyErrorBodies[404]>;
/** Validates the 500 response body of createContactProperty (POST /contacts/{contactId}/properties). */
export declare const createContactPropertyResponse500: Validator<CreateContactPropertyErrorBodies[500]>;
/** Response body validators of createContactProperty by status; absent statuses have no documented body. */
export declare const createContactPropertyResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<CreateContactPropertyResult>;
    readonly 400: Validator<CreateContactPropertyErrorBodies[400]>;
    readonly 401: Validator<CreateContactPropertyErrorBodies[401]>;
    readonly 403: Validator<CreateContactPropertyErrorBodies[403]>;
    readonly 404: Validator<CreateContactPropertyErrorBodies[404]>;
    readonly 500: Validator<CreateContactPropertyErrorBodies[500]>;
};
/** The bare checks the client runs for createContactProperty: the input (strict) and the success bodies by status. */
export declare const createContactPropertyChecks: OperationChecks;
