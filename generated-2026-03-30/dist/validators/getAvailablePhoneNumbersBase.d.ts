import type { GetAvailablePhoneNumbersBaseErrorBodies, GetAvailablePhoneNumbersBaseInput, GetAvailablePhoneNumbersBaseResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of getAvailablePhoneNumbersBase (GET /phone-numbers/available); requests are always checked strictly. */
export declare const getAvailablePhoneNumbersBaseRequest: Validator<GetAvailablePhoneNumbersBaseInput>;
/** Validates the 200 response body of getAvailablePhoneNumbersBase (GET /phone-numbers/available). */
export declare const getAvailablePhoneNumbersBaseResponse200: Validator<GetAvailablePhoneNumbersBaseResult>;
/** Validates the 400 response body of getAvailablePhoneNumbersBase (GET /phone-numbers/available). */
export declare const getAvailablePhoneNumbersBaseResponse400: Validator<GetAvailablePhoneNumbersBaseErrorBodies[400]>;
/** Validates the 401 response body of getAvailablePhoneNumbersBase (GET /phone-numbers/available). */
export declare const getAvailablePhoneNumbersBaseResponse401: Validator<GetAvailablePhoneNumbersBaseErrorBodies[401]>;
/** Validates the 403 response body of getAvailablePhoneNumbersBase (GET /phone-numbers/available). */
export declare const getAvailablePhoneNumbersBaseResponse403: Validator<GetAvailablePhoneNumbersBaseErrorBodies[403]>;
/** Validates the 404 response body of getAvailablePhoneNumbersBase (GET /phone-numbers/available). */
export declare const getAvailablePhoneNumbersBaseResponse404: Validator<GetAvailablePhoneNumbersBaseErrorBodies[404]>;
/** Validates the 500 response body of getAvailablePhoneNumbersBase (GET /phone-numbers/available). */
export declare const getAvailablePhoneNumbersBaseResponse500: Validator<GetAvailablePhoneNumbersBaseErrorBodies[500]>;
/** Response body validators of getAvailablePhoneNumbersBase by status; absent statuses have no documented body. */
export declare const getAvailablePhoneNumbersBaseResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<GetAvailablePhoneNumbersBaseResult>;
    readonly 400: Validator<GetAvailablePhoneNumbersBaseErrorBodies[400]>;
    readonly 401: Validator<GetAvailablePhoneNumbersBaseErrorBodies[401]>;
    readonly 403: Validator<GetAvailablePhoneNumbersBaseErrorBodies[403]>;
    readonly 404: Validator<GetAvailablePhoneNumbersBaseErrorBodies[404]>;
    readonly 500: Validator<GetAvailablePhoneNumbersBaseErrorBodies[500]>;
};
/** The bare checks the client runs for getAvailablePhoneNumbersBase: the input (strict) and the success bodies by status. */
export declare const getAvailablePhoneNumbersBaseChecks: OperationChecks;
