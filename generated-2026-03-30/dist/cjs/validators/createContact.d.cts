import type { CreateContactErrorBodies, CreateContactInput, CreateContactResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of createContact (POST /contacts); requests are always checked strictly. */
export declare const createContactRequest: Validator<CreateContactInput>;
/** Validates the 201 response body of createContact (POST /contacts). */
export declare const createContactResponse201: Validator<CreateContactResult>;
/** Validates the 400 response body of createContact (POST /contacts). */
export declare const createContactResponse400: Validator<CreateContactErrorBodies[400]>;
/** Validates the 401 response body of createContact (POST /contacts). */
export declare const createContactResponse401: Validator<CreateContactErrorBodies[401]>;
/** Validates the 403 response body of createContact (POST /contacts). */
export declare const createContactResponse403: Validator<CreateContactErrorBodies[403]>;
/** Validates the 404 response body of createContact (POST /contacts). */
export declare const createContactResponse404: Validator<CreateContactErrorBodies[404]>;
/** Validates the 409 response body of createContact (POST /contacts). */
export declare const createContactResponse409: Validator<CreateContactErrorBodies[409]>;
/** Validates the 500 response body of createContact (POST /contacts). */
export declare const createContactResponse500: Validator<CreateContactErrorBodies[500]>;
/** Response body validators of createContact by status; absent statuses have no documented body. */
export declare const createContactResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 201: Validator<CreateContactResult>;
    readonly 400: Validator<CreateContactErrorBodies[400]>;
    readonly 401: Validator<CreateContactErrorBodies[401]>;
    readonly 403: Validator<CreateContactErrorBodies[403]>;
    readonly 404: Validator<CreateContactErrorBodies[404]>;
    readonly 409: Validator<CreateContactErrorBodies[409]>;
    readonly 500: Validator<CreateContactErrorBodies[500]>;
};
/** The bare checks the client runs for createContact: the input (strict) and the success bodies by status. */
export declare const createContactChecks: OperationChecks;
