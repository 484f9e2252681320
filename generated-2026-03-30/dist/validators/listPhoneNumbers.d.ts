import type { ListPhoneNumbersErrorBodies, ListPhoneNumbersInput, ListPhoneNumbersResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listPhoneNumbers (GET /phone-numbers); requests are always checked strictly. */
export declare const listPhoneNumbersRequest: Validator<ListPhoneNumbersInput>;
/** Validates the 200 response body of listPhoneNumbers (GET /phone-numbers). */
export declare const listPhoneNumbersResponse200: Validator<ListPhoneNumbersResult>;
/** Validates the 400 response body of listPhoneNumbers (GET /phone-numbers). */
export declare const listPhoneNumbersResponse400: Validator<ListPhoneNumbersErrorBodies[400]>;
/** Validates the 401 response body of listPhoneNumbers (GET /phone-numbers). */
export declare const listPhoneNumbersResponse401: Validator<ListPhoneNumbersErrorBodies[401]>;
/** Validates the 403 response body of listPhoneNumbers (GET /phone-numbers). */
export declare const listPhoneNumbersResponse403: Validator<ListPhoneNumbersErrorBodies[403]>;
/** Validates the 500 response body of listPhoneNumbers (GET /phone-numbers). */
export declare const listPhoneNumbersResponse500: Validator<ListPhoneNumbersErrorBodies[500]>;
/** Response body validators of listPhoneNumbers by status; absent statuses have no documented body. */
export declare const listPhoneNumbersResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListPhoneNumbersResult>;
    readonly 400: Validator<ListPhoneNumbersErrorBodies[400]>;
    readonly 401: Validator<ListPhoneNumbersErrorBodies[401]>;
    readonly 403: Validator<ListPhoneNumbersErrorBodies[403]>;
    readonly 500: Validator<ListPhoneNumbersErrorBodies[500]>;
};
/** The bare checks the client runs for listPhoneNumbers: the input (strict) and the success bodies by status. */
export declare const listPhoneNumbersChecks: OperationChecks;
