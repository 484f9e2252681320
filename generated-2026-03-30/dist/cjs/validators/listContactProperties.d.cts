import type { ListContactPropertiesErrorBodies, ListContactPropertiesInput, ListContactPropertiesResult } from "../models.cjs";
import type { OperationChecks, Validator } from "../runtime/validation.cjs";
/** Validates the input of listContactProperties (GET /contacts/{contactId}/properties); requests are always checked strictly. */
export declare const listContactPropertiesRequest: Validator<ListContactPropertiesInput>;
/** Validates the 200 response body of listContactProperties (GET /contacts/{contactId}/properties). */
export declare const listContactPropertiesResponse200: Validator<ListContactPropertiesResult>;
/** Validates the 400 response body of listContactProperties (GET /contacts/{contactId}/properties). */
export declare const listContactPropertiesResponse400: Validator<ListContactPropertiesErrorBodies[400]>;
/** Validates the 401 response body of listContactProperties (GET /contacts/{contactId}/properties). */
export declare const listContactPropertiesResponse401: Validator<ListContactPropertiesErrorBodies[401]>;
/** Validates the 403 response body of listContactProperties (GET /contacts/{contactId}/properties). */
export declare const listContactPropertiesResponse403: Validator<ListContactPropertiesErrorBodies[403]>;
/** Validates the 404 response body of listContactProperties (GET /contacts/{contactId}/properties). */
export declare const listContactPropertiesResponse404: Validator<ListContactPropertiesErrorBodies[404]>;
/** Validates the 500 response body of listContactProperties (GET /contacts/{contactId}/properties). */
export declare const listContactPropertiesResponse500: Validator<ListContactPropertiesErrorBodies[500]>;
/** Response body validators of listContactProperties by status; absent statuses have no documented body. */
export declare const listContactPropertiesResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListContactPropertiesResult>;
    readonly 400: Validator<ListContactPropertiesErrorBodies[400]>;
    readonly 401: Validator<ListContactPropertiesErrorBodies[401]>;
    readonly 403: Validator<ListContactPropertiesErrorBodies[403]>;
    readonly 404: Validator<ListContactPropertiesErrorBodies[404]>;
    readonly 500: Validator<ListContactPropertiesErrorBodies[500]>;
};
/** The bare checks the client runs for listContactProperties: the input (strict) and the success bodies by status. */
export declare const listContactPropertiesChecks: OperationChecks;
