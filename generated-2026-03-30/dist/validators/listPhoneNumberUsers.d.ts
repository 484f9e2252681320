import type { ListPhoneNumberUsersErrorBodies, ListPhoneNumberUsersInput, ListPhoneNumberUsersResult } from "../models.js";
import type { OperationChecks, Validator } from "../runtime/validation.js";
/** Validates the input of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users); requests are always checked strictly. */
export declare const listPhoneNumberUsersRequest: Validator<ListPhoneNumberUsersInput>;
/** Validates the 200 response body of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users). */
export declare const listPhoneNumberUsersResponse200: Validator<ListPhoneNumberUsersResult>;
/** Validates the 400 response body of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users). */
export declare const listPhoneNumberUsersResponse400: Validator<ListPhoneNumberUsersErrorBodies[400]>;
/** Validates the 401 response body of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users). */
export declare const listPhoneNumberUsersResponse401: Validator<ListPhoneNumberUsersErrorBodies[401]>;
/** Validates the 403 response body of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users). */
export declare const listPhoneNumberUsersResponse403: Validator<ListPhoneNumberUsersErrorBodies[403]>;
/** Validates the 404 response body of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users). */
export declare const listPhoneNumberUsersResponse404: Validator<ListPhoneNumberUsersErrorBodies[404]>;
/** Validates the 500 response body of listPhoneNumberUsers (GET /phone-numbers/{phoneNumberId}/users). */
export declare const listPhoneNumberUsersResponse500: Validator<ListPhoneNumberUsersErrorBodies[500]>;
/** Response body validators of listPhoneNumberUsers by status; absent statuses have no documented body. */
export declare const listPhoneNumberUsersResponses: {
    readonly [status: number]: Validator<unknown> | undefined;
    readonly 200: Validator<ListPhoneNumberUsersResult>;
    readonly 400: Validator<ListPhoneNumberUsersErrorBodies[400]>;
    readonly 401: Validator<ListPhoneNumberUsersErrorBodies[401]>;
    readonly 403: Validator<ListPhoneNumberUsersErrorBodies[403]>;
    readonly 404: Validator<ListPhoneNumberUsersErrorBodies[404]>;
    readonly 500: Validator<ListPhoneNumberUsersErrorBodies[500]>;
};
/** The bare checks the client runs for listPhoneNumberUsers: the input (strict) and the success bodies by status. */
export declare const listPhoneNumberUsersChecks: OperationChecks;
