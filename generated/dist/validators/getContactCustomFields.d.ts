import type { GetContactCustomFieldsErrorBodies, GetContactCustomFieldsInput, GetContactCustomFieldsResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getContactCustomFields (GET /v1/contact-custom-fields); requests are always checked strictly. */
export declare const getContactCustomFieldsRequest: Validator<GetContactCustomFieldsInput>;
/** Validates the 200 response body of getContactCustomFields (GET /v1/contact-custom-fields). */
export declare const getContactCustomFieldsResponse200: Validator<GetContactCustomFieldsResult>;
/** Validates the 400 response body of getContactCustomFields (GET /v1/contact-custom-fields). */
export declare const getContactCustomFieldsResponse400: Validator<GetContactCustomFieldsErrorBodies[400]>;
/** Validates the 401 response body of getContactCustomFields (GET /v1/contact-custom-fields). */
export declare const getContactCustomFieldsResponse401: Validator<GetContactCustomFieldsErrorBodies[401]>;
/** Validates the 403 response body of getContactCustomFields (GET /v1/contact-custom-fields). */
export declare const getContactCustomFieldsResponse403: Validator<GetContactCustomFieldsErrorBodies[403]>;
/** Validates the 404 response body of getContactCustomFields (GET /v1/contact-custom-fields). */
export declare const getContactCustomFieldsResponse404: Validator<GetContactCustomFieldsErrorBodies[404]>;
/** Validates the 500 response body of getContactCustomFields (GET /v1/contact-custom-fields). */
export declare const getContactCustomFieldsResponse500: Validator<GetContactCustomFieldsErrorBodies[500]>;
/** Response body validators of getContactCustomFields by status; absent statuses have no documented body. */
export declare const getContactCustomFieldsResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetContactCustomFieldsResult>;
    readonly 400: Validator<GetContactCustomFieldsErrorBodies[400]>;
    readonly 401: Validator<GetContactCustomFieldsErrorBodies[401]>;
    readonly 403: Validator<GetContactCustomFieldsErrorBodies[403]>;
    readonly 404: Validator<GetContactCustomFieldsErrorBodies[404]>;
    readonly 500: Validator<GetContactCustomFieldsErrorBodies[500]>;
};
/** The bare checks the client runs for getContactCustomFields: the input (strict) and the success bodies by status. */
export declare const getContactCustomFieldsChecks: OperationChecks;
