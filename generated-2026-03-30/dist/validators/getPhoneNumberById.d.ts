import type { GetPhoneNumberByIdErrorBodies, GetPhoneNumberByIdInput, GetPhoneNumberByIdResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}); requests are always checked strictly. */
export declare const getPhoneNumberByIdRequest: Validator<GetPhoneNumberByIdInput>;
/** Validates the 200 response body of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}). */
export declare const getPhoneNumberByIdResponse200: Validator<GetPhoneNumberByIdResult>;
/** Validates the 400 response body of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}). */
export declare const getPhoneNumberByIdResponse400: Validator<GetPhoneNumberByIdErrorBodies[400]>;
/** Validates the 401 response body of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}). */
export declare const getPhoneNumberByIdResponse401: Validator<GetPhoneNumberByIdErrorBodies[401]>;
/** Validates the 403 response body of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}). */
export declare const getPhoneNumberByIdResponse403: Validator<GetPhoneNumberByIdErrorBodies[403]>;
/** Validates the 404 response body of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}). */
export declare const getPhoneNumberByIdResponse404: Validator<GetPhoneNumberByIdErrorBodies[404]>;
/** Validates the 500 response body of getPhoneNumberById (GET /phone-numbers/{phoneNumberId}). */
export declare const getPhoneNumberByIdResponse500: Validator<GetPhoneNumberByIdErrorBodies[500]>;
/** Response body validators of getPhoneNumberById by status; absent statuses have no documented body. */
export declare const getPhoneNumberByIdResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetPhoneNumberByIdResult>;
    readonly 400: Validator<GetPhoneNumberByIdErrorBodies[400]>;
    readonly 401: Validator<GetPhoneNumberByIdErrorBodies[401]>;
    readonly 403: Validator<GetPhoneNumberByIdErrorBodies[403]>;
    readonly 404: Validator<GetPhoneNumberByIdErrorBodies[404]>;
    readonly 500: Validator<GetPhoneNumberByIdErrorBodies[500]>;
};
/** The bare checks the client runs for getPhoneNumberById: the input (strict) and the success bodies by status. */
export declare const getPhoneNumberByIdChecks: OperationChecks;
