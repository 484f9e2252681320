import type { ListUserPhoneNumbersErrorBodies, ListUserPhoneNumbersInput, ListUserPhoneNumbersResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listUserPhoneNumbers (GET /users/{userId}/phone-numbers); requests are always checked strictly. */
export declare const listUserPhoneNumbersRequest: Validator<ListUserPhoneNumbersInput>;
/** Validates the 200 response body of listUserPhoneNumbers (GET /users/{userId}/phone-numbers). */
export declare const listUserPhoneNumbersResponse200: Validator<ListUserPhoneNumbersResult>;
/** Validates the 400 response body of listUserPhoneNumbers (GET /users/{userId}/phone-numbers). */
export declare const listUserPhoneNumbersResponse400: Validator<ListUserPhoneNumbersErrorBodies[400]>;
/** Validates the 401 response body of listUserPhoneNumbers (GET /users/{userId}/phone-numbers). */
export declare const listUserPhoneNumbersResponse401: Validator<ListUserPhoneNumbersErrorBodies[401]>;
/** Validates the 403 response body of listUserPhoneNumbers (GET /users/{userId}/phone-numbers). */
export declare const listUserPhoneNumbersResponse403: Validator<ListUserPhoneNumbersErrorBodies[403]>;
/** Validates the 500 response body of listUserPhoneNumbers (GET /users/{userId}/phone-numbers). */
export declare const listUserPhoneNumbersResponse500: Validator<ListUserPhoneNumbersErrorBodies[500]>;
/** Response body validators of listUserPhoneNumbers by status; absent statuses have no documented body. */
export declare const listUserPhoneNumbersResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListUserPhoneNumbersResult>;
    readonly 400: Validator<ListUserPhoneNumbersErrorBodies[400]>;
    readonly 401: Validator<ListUserPhoneNumbersErrorBodies[401]>;
    readonly 403: Validator<ListUserPhoneNumbersErrorBodies[403]>;
    readonly 500: Validator<ListUserPhoneNumbersErrorBodies[500]>;
};
/** The bare checks the client runs for listUserPhoneNumbers: the input (strict) and the success bodies by status. */
export declare const listUserPhoneNumbersChecks: OperationChecks;
